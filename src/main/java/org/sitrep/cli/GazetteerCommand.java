package org.sitrep.cli;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import org.sitrep.gazetteer.GazetteerBuilder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code sitrep gazetteer build}: regenerates {@code ontology/gazetteer.ttl}. */
@Command(name = "gazetteer", description = "Gazetteer maintenance.", subcommands = GazetteerCommand.Build.class)
public final class GazetteerCommand implements Callable<Integer> {
    @picocli.CommandLine.Spec picocli.CommandLine.Model.CommandSpec spec;

    @Override public Integer call() {
        throw new picocli.CommandLine.ParameterException(spec.commandLine(), "a subcommand is required (build)");
    }

    /** {@code sitrep gazetteer build [--from DIR] [--out FILE] | --endpoint URL --country Q...}. */
    @Command(name = "build", mixinStandardHelpOptions = true,
            description = "Regenerates the gazetteer from the shared TSV files (or from a Wikidata-compatible SPARQL endpoint).")
    public static final class Build implements Callable<Integer> {
        @Option(names = "--from", paramLabel = "DIR", defaultValue = "../shared/gazetteer",
                description = "Directory of places.tsv, places-wof*.tsv, entities.tsv (default: ${DEFAULT-VALUE}).")
        Path from;

        @Option(names = "--out", paramLabel = "FILE", defaultValue = "ontology/gazetteer.ttl",
                description = "Turtle file to write (default: ${DEFAULT-VALUE}).")
        Path out;

        @Option(names = "--endpoint", paramLabel = "URL",
                description = "Build from this Wikidata-compatible SPARQL endpoint instead of the TSV files.")
        String endpoint;

        @Option(names = "--country", paramLabel = "QID", description = "Country whose places to fetch (with --endpoint; repeatable).")
        List<String> countries = new ArrayList<>();

        @Override public Integer call() throws Exception {
            if (endpoint != null) {
                throw new UnsupportedOperationException("gazetteer build --endpoint: not implemented yet");
            }
            int n = GazetteerBuilder.write(from, out);
            System.out.println("gazetteer: " + n + " entries written to " + out);
            return 0;
        }
    }
}
