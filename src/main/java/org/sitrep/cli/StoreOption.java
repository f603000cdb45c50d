package org.sitrep.cli;

import java.nio.file.Path;
import picocli.CommandLine.Option;

/** The {@code --store DIR} option shared by the commands that use the TDB2 store. */
public final class StoreOption {
    @Option(names = "--store", paramLabel = "DIR", defaultValue = "data/store",
            description = "TDB2 store directory (default: ${DEFAULT-VALUE}).")
    public Path store;
}
