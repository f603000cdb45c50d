package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "query", description = "(not yet implemented)")
public final class QueryCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UnsupportedOperationException("query: not implemented yet");
    }
}
