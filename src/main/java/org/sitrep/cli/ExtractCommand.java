package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "extract", description = "(not yet implemented)")
public final class ExtractCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UnsupportedOperationException("extract: not implemented yet");
    }
}
