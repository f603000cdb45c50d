package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "demo", description = "(not yet implemented)")
public final class DemoCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UnsupportedOperationException("demo: not implemented yet");
    }
}
