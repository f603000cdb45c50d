package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.Callable;
import org.apache.commons.io.output.WriterOutputStream;
import org.apache.jena.query.Query;
import org.apache.jena.query.QueryParseException;
import org.sitrep.query.SparqlRunner;
import org.sitrep.store.Stores;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep query}: SPARQL over the union of the store's graphs. */
@Command(name = "query", mixinStandardHelpOptions = true,
        description = {"Runs a SPARQL query (SELECT, ASK, CONSTRUCT, DESCRIBE) against the store; the default graph is the union of all named graphs.",
                "The prefixes sr: wd: rdf: rdfs: owl: skos: dcterms: xsd: prov: geo: are predeclared."})
public final class QueryCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;
    @Mixin StoreOption storeOption;

    @Option(names = "--format", defaultValue = "table", paramLabel = "table|csv|tsv|json",
            description = "Result format (default: ${DEFAULT-VALUE}).")
    String format;

    @Option(names = "--file", paramLabel = "F.rq", description = "Read the query from this file.")
    Path file;

    @Parameters(arity = "0..1", paramLabel = "QUERY", description = "The query text.")
    String text;

    @Override public Integer call() throws IOException {
        if ((text == null) == (file == null)) {
            throw new CommandLine.ParameterException(spec.commandLine(), "give either a QUERY or --file F.rq (exactly one)");
        }
        SparqlRunner.Format f;
        try {
            f = SparqlRunner.Format.parse(format);
        } catch (IllegalArgumentException e) {
            throw new CommandLine.ParameterException(spec.commandLine(), e.getMessage());
        }
        if (file != null && !Files.isRegularFile(file)) throw new IllegalStateException(file + ": no such file");
        String source = file != null ? file.toString() : "query";
        Query query;
        try {
            query = SparqlRunner.parse(file != null ? Files.readString(file, StandardCharsets.UTF_8) : text);
        } catch (QueryParseException e) {
            spec.commandLine().getErr().println("sitrep: " + source + ": syntax error: " + Failures.oneLine(e));
            return 1;
        }
        var dsg = Stores.openExisting(storeOption.store);
        var writer = spec.commandLine().getOut();
        try (var out = WriterOutputStream.builder().setWriter(writer).setCharset(StandardCharsets.UTF_8).get()) {
            SparqlRunner.run(dsg, query, f, out);
        }
        writer.flush();
        return 0;
    }
}
