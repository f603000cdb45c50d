package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "ingest", description = "(not yet implemented)")
public final class IngestCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UnsupportedOperationException("ingest: not implemented yet");
    }
}
