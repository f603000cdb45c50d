package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.serve.ExampleQueries;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep demo [--port N]}: ingests {@code seeds/} into {@code data/store}, prints example queries, serves. */
@Command(name = "demo", mixinStandardHelpOptions = true,
        description = "Ingests seeds/ into data/store, prints the example queries of queries/*.rq and serves the"
                + " store with Fuseki (UI at http://localhost:3030/). Ctrl-C stops it.")
public final class DemoCommand implements Callable<Integer> {
    static final Path SEEDS = Path.of("seeds");
    static final Path STORE = Path.of("data", "store");
    static final Path QUERIES = Path.of("queries");

    @Spec CommandSpec spec;
    @Mixin ServeCommand.ServerOptions serverOptions;

    @Override public Integer call() {
        int ingest = IngestCommand.run(spec, STORE, List.of(SEEDS), false);
        if (ingest != 0) return ingest;
        PrintWriter out = spec.commandLine().getOut();
        List<ExampleQueries.Example> examples = ExampleQueries.in(QUERIES);
        if (!examples.isEmpty()) {
            out.println();
            out.println("Example queries (paste into the UI's query editor, or run './sitrep query --file FILE'):");
            for (ExampleQueries.Example e : examples) {
                out.println();
                out.println("## " + e.title() + "   (" + e.file() + ")");
                out.println(e.body());
            }
            out.println();
        }
        out.flush();
        ServeCommand.serve(spec, STORE, serverOptions);
        return 0;
    }
}
