package org.sitrep.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.sitrep.serve.SitrepServer;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;
import picocli.CommandLine.Model.CommandSpec;

/** {@code sitrep serve [--store DIR] [--port N] [--passwd FILE]}: serves the store with Fuseki until Ctrl-C. */
@Command(name = "serve", mixinStandardHelpOptions = true,
        description = {"Serves the store with Fuseki: /sitrep/sparql and /sitrep/query (read), /sitrep/data (graph"
                + " store read), /sitrep/update and /sitrep/gsp only with credentials, the Fuseki UI at /.",
                "Blocks until Ctrl-C."})
public final class ServeCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;
    @Mixin ServerOptions serverOptions;

    @Override public Integer call() {
        Stores.openExisting(storeOption.store);
        serve(spec, storeOption.store, serverOptions);
        return 0;
    }

    /** Starts the server, prints its endpoints and blocks until the JVM is stopped. */
    static void serve(CommandSpec spec, Path store, ServerOptions options) {
        SitrepServer server = SitrepServer.create(store, options.port, options.passwd());
        server.start();
        Runtime.getRuntime().addShutdownHook(new Thread(server::stop, "sitrep-serve-stop"));
        PrintWriter out = spec.commandLine().getOut();
        out.println("Serving " + store + " — Ctrl-C stops.");
        server.endpointLines().forEach(l -> out.println("  " + l));
        out.flush();
        server.join();
    }

    /** The {@code --port} and {@code --passwd} options of {@code serve} and {@code demo}. */
    public static final class ServerOptions {
        @Option(names = "--port", paramLabel = "N", defaultValue = "3030", description = "HTTP port (default: ${DEFAULT-VALUE}).")
        int port;

        @Option(names = "--passwd", paramLabel = "FILE",
                description = "Password file (Jetty realm format, lines 'user: password') for /sitrep/update and"
                        + " /sitrep/gsp. Default: fuseki-config/passwd when it exists; else the server is read-only.")
        Path passwd;

        Path passwd() {
            return passwd != null ? passwd : SitrepServer.defaultPasswd();
        }
    }
}
