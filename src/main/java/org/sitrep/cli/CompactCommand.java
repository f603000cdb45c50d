package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "compact", description = "(not yet implemented)")
public final class CompactCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UnsupportedOperationException("compact: not implemented yet");
    }
}
