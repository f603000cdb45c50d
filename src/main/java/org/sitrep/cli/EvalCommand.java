package org.sitrep.cli;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sitrep.eval.Gold;
import org.sitrep.eval.Report;
import org.sitrep.eval.Scorer;
import org.sitrep.eval.SystemGraph;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code sitrep eval}: precision/recall/F1 of the store (or a Turtle dump) against gold annotations. */
@Command(name = "eval", mixinStandardHelpOptions = true,
        description = "Scores the store's union graph (or a Turtle file) against gold annotations "
                + "(format of ../shared/gold/FORMAT.md), with the reference scorer's rules and output.")
public final class EvalCommand implements Callable<Integer> {
    @Spec CommandSpec spec;
    @Mixin StoreOption storeOption;

    @Option(names = "--gold", paramLabel = "DIR", required = true, description = "Directory of gold *.json files.")
    Path gold;

    @Option(names = "--ttl", paramLabel = "FILE", description = "Score this RDF file instead of the store.")
    Path ttl;

    @Option(names = "--json", paramLabel = "OUT", description = "Also write the scores as JSON to OUT.")
    Path json;

    @Option(names = "--verbose", description = "First print, per article, the misses, extras and wrong links.")
    boolean verbose;

    @Override public Integer call() throws IOException {
        Map<String, Gold> golds = Gold.readDir(gold);
        SystemGraph graph;
        if (ttl != null) {
            if (!Files.isRegularFile(ttl)) throw new IllegalArgumentException(ttl + ": no such file");
            graph = SystemGraph.fromFile(ttl);
        } else {
            DatasetGraph store = Stores.openExisting(storeOption.store);
            graph = SystemGraph.fromUnion(store);
        }
        Report report = new Scorer().score(graph, golds);
        spec.commandLine().getOut().print(report.text(verbose));
        spec.commandLine().getOut().flush();
        if (json != null) Files.writeString(json, report.toJson(), StandardCharsets.UTF_8);
        return 0;
    }
}
