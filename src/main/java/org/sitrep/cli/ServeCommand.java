package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "serve", description = "(not yet implemented)")
public final class ServeCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UnsupportedOperationException("serve: not implemented yet");
    }
}
