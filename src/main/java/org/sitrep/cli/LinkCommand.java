package org.sitrep.cli;

import java.util.concurrent.Callable;
import picocli.CommandLine.Command;

@Command(name = "link", description = "(not yet implemented)")
public final class LinkCommand implements Callable<Integer> {
    @Override public Integer call() {
        throw new UnsupportedOperationException("link: not implemented yet");
    }
}
