package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "eval", description = "(not yet implemented)")
public final class EvalCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UnsupportedOperationException("eval: not implemented yet");
    }
}
