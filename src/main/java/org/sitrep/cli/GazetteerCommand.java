package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "gazetteer", description = "(not yet implemented)")
public final class GazetteerCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UnsupportedOperationException("gazetteer: not implemented yet");
    }
}
