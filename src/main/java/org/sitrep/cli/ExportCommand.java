package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "export", description = "(not yet implemented)")
public final class ExportCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UnsupportedOperationException("export: not implemented yet");
    }
}
