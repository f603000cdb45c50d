package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "validate", description = "(not yet implemented)")
public final class ValidateCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UnsupportedOperationException("validate: not implemented yet");
    }
}
