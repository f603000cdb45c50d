package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.store.IngestReport;
import org.sitrep.store.Ingester;
import org.sitrep.store.ProgressDisplay;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep ingest [--store DIR] [--force] PATH...}: reads, extracts and loads articles, one graph each. */
@Command(name = "ingest", mixinStandardHelpOptions = true,
        description = {"Reads .txt/.html/.htm files (a directory: every such file below it), extracts and loads them,"
                + " one named graph per article. Re-ingesting a file replaces its graph; an unchanged file is skipped.",
                "Exit code 1 when any file failed (each named on stderr), 0 otherwise."})
public final class IngestCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;

    @Option(names = "--force", description = "Re-ingest files even when they are recorded as unchanged.")
    boolean force;

    @Parameters(arity = "1..*", paramLabel = "PATH", description = "Files or directories to ingest.")
    List<Path> paths;

    @Override public Integer call() {
        return run(spec, storeOption.store, paths, force);
    }

    /** Ingests and reports like {@code sitrep ingest}; returns the exit code. */
    static int run(CommandSpec spec, Path store, List<Path> paths, boolean force) {
        IngestReport report = Ingester.standard().ingestInto(store, paths, force, ProgressDisplay.onStderr());
        PrintWriter err = spec.commandLine().getErr();
        for (IngestReport.Failure f : report.failures()) err.println("sitrep: " + f.message());
        err.flush();
        PrintWriter out = spec.commandLine().getOut();
        out.println(report.summary() + " \u2192 " + store);
        out.flush();
        return report.failures().isEmpty() ? 0 : 1;
    }
}
