package org.sitrep.cli;

import java.util.concurrent.Callable;
import org.apache.jena.sparql.core.DatasetGraph;
import org.sitrep.link.Linker;
import org.sitrep.link.StoreLinker;
import org.sitrep.link.WikidataClient;
import org.sitrep.link.WikidataLinker;
import org.sitrep.store.Stores;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code sitrep link}: links the stored entities that have no Wikidata id yet, without re-extraction. */
@Command(name = "link", mixinStandardHelpOptions = true,
        description = "Links stored entities without owl:sameAs (queries/unlinked-entities.rq) through the gazetteer, "
                + "then a Wikidata-compatible SPARQL endpoint when --endpoint is given; writes into graph "
                + "https://w3id.org/sitrep/graph/links.")
public final class LinkCommand implements Callable<Integer> {
    @Mixin StoreOption store;

    @Option(names = "--endpoint", paramLabel = "URL", arity = "0..1", fallbackValue = WikidataClient.WIKIDATA,
            description = "Also ask this SPARQL endpoint (no value: " + WikidataClient.WIKIDATA + "); answers are cached in data/cache/wikidata.")
    String endpoint;

    @Option(names = "--cache", paramLabel = "DIR", defaultValue = "data/cache/wikidata",
            description = "Cache of endpoint answers (default: ${DEFAULT-VALUE}).")
    java.nio.file.Path cache;

    @Option(names = "--dry-run", description = "Print what would be linked; write nothing.")
    boolean dryRun;

    @Override public Integer call() {
        Linker linker = Linker.standard();
        if (endpoint != null) linker = linker.then(new WikidataLinker(
                new WikidataClient(endpoint, cache, java.time.Duration.ofSeconds(1), 5, java.time.Duration.ofSeconds(2))));
        DatasetGraph dsg = Stores.openExisting(store.store);
        StoreLinker.Result r = StoreLinker.run(dsg, linker, dryRun);
        r.lines().forEach(System.out::println);
        System.out.println("link: " + r.linked() + " linked, " + r.enriched() + " enriched, " + r.unlinked() + " left unlinked"
                + (dryRun ? " (dry run: nothing written)" : ""));
        return 0;
    }
}
