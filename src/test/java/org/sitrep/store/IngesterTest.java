package org.sitrep.store;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.sitrep.store.StoreFixtures.SEEDS;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Triple;
import org.apache.jena.graph.impl.GraphBase;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.sys.TDBInternal;
import org.apache.jena.util.iterator.ExtendedIterator;
import org.apache.jena.util.iterator.WrappedIterator;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.rdf.ArticleMapper;

class IngesterTest {
    @TempDir Path tmp;
    Path store;
    DatasetGraph dsg;
    List<String> seedNames;

    @BeforeEach void setUp() throws IOException {
        store = tmp.resolve("store");
        try (Stream<Path> s = Files.list(SEEDS)) {
            seedNames = s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().toList();
        }
        assertTrue(seedNames.size() >= 2, "the repository ships seed articles");
    }

    @AfterEach void release() {
        if (dsg != null) TDBInternal.expel(dsg);
    }

    private IngestReport ingest(ArticleMapper mapper, boolean force, Path... paths) {
        IngestReport r = StoreFixtures.ingester(mapper, Compaction.standard())
                .ingestInto(store, List.of(paths), force, IngestListener.NONE);
        dsg = Stores.open(store);
        return r;
    }

    private static String graphOf(String fileName) {
        return "<" + ArticleMapper.graphIri(fileName) + ">";
    }

    @Test void everySeedArticleIsStoredOnceInItsOwnGraph() {
        IngestReport r = ingest(ArticleMapper.standard(), false, SEEDS);
        assertEquals(new IngestReport(seedNames.size(), 0, List.of()), r);

        List<String> rows = StoreFixtures.select(dsg,
                "SELECT ?id (COUNT(*) AS ?n) { ?a a sr:Article ; dcterms:identifier ?id } GROUP BY ?id ORDER BY ?id");
        assertEquals(seedNames.stream().map(n -> "id=" + n + " n=1").toList(), rows);
        for (String name : seedNames) {
            assertTrue(StoreFixtures.ask(dsg, "ASK { GRAPH " + graphOf(name) + " { ?a dcterms:identifier \"" + name + "\" } }"),
                    name + " in its own graph");
        }
    }

    @Test void reIngestingTheSameFilesChangesNothing() {
        ingest(ArticleMapper.standard(), false, SEEDS);
        String before = StoreFixtures.sortedNQuads(dsg);
        long quads = StoreFixtures.quads(dsg);

        IngestReport again = ingest(ArticleMapper.standard(), false, SEEDS);
        assertEquals(new IngestReport(0, seedNames.size(), List.of()), again);
        assertEquals(before, StoreFixtures.sortedNQuads(dsg));

        IngestReport forced = ingest(ArticleMapper.standard(), true, SEEDS);
        assertEquals(seedNames.size(), forced.ingested());
        assertEquals(quads, StoreFixtures.quads(dsg), "replacing graphs leaves no duplicates");
        assertEquals(before, StoreFixtures.sortedNQuads(dsg), "same input, same clock: same store");
    }

    @Test void aChangedFileOrANewExtractorVersionIsIngestedAgain() throws IOException {
        Path dir = Files.createDirectory(tmp.resolve("one"));
        Path file = Files.copy(SEEDS.resolve(seedNames.get(0)), dir.resolve(seedNames.get(0)));
        assertEquals(1, ingest(ArticleMapper.standard(), false, dir).ingested());
        assertEquals(1, ingest(ArticleMapper.standard(), false, dir).unchanged());

        Files.writeString(file, "\nUne ligne de plus.\n", java.nio.file.StandardOpenOption.APPEND);
        assertEquals(1, ingest(ArticleMapper.standard(), false, dir).ingested(), "changed bytes");

        org.sitrep.extract.Extractor standard = org.sitrep.annotate.Extractors.standard();
        org.sitrep.extract.Extractor next = new org.sitrep.extract.Extractor() {
            @Override public org.sitrep.extract.Extraction extract(org.sitrep.doc.Article a) { return standard.extract(a); }
            @Override public String version() { return standard.version() + "-next"; }
        };
        IngestReport r = new Ingester(next, ArticleMapper.standard(), ReferenceGraphs.none(), java.time.Instant::now,
                Compaction.standard()).ingestInto(store, List.of(dir), false, IngestListener.NONE);
        assertEquals(1, r.ingested(), "new extractor version");
    }

    @Test void aFailingArticleLeavesNothingBehindAndTheBatchGoesOn() {
        String bad = seedNames.get(1);
        ArticleMapper throwing = (x, at, v) -> {
            if (x.article().fileName().equals(bad)) throw new IllegalStateException("mapper exploded");
            return ArticleMapper.standard().toModel(x, at, v);
        };
        Path missing = tmp.resolve("missing.txt");
        IngestReport r = ingest(throwing, false, SEEDS, missing);

        assertEquals(seedNames.size() - 1, r.ingested());
        assertEquals(2, r.failures().size(), r.failures().toString());
        assertEquals(missing + ": no such file or directory", r.failures().get(0).message());
        assertEquals(SEEDS.resolve(bad) + ": mapper exploded", r.failures().get(1).message());
        assertFalse(StoreFixtures.ask(dsg, "ASK { GRAPH " + graphOf(bad) + " { ?s ?p ?o } }"));
        assertEquals(seedNames.size() - 1,
                StoreFixtures.select(dsg, "SELECT ?a { ?a a sr:Article }").size());
    }

    @Test void aWriteFailingHalfwayIsRolledBack() {
        String bad = seedNames.get(0);
        ArticleMapper halfway = (x, at, v) -> {
            Model m = ArticleMapper.standard().toModel(x, at, v);
            if (!x.article().fileName().equals(bad)) return m;
            m.add(m.createResource("urn:x:a"), m.createProperty("urn:x:p"), "one more triple");
            return ModelFactory.createModelForGraph(failingAfterFirstTriple(m.getGraph()));
        };
        IngestReport r = ingest(halfway, false, SEEDS);
        assertEquals(1, r.failures().size());
        assertTrue(r.failures().get(0).message().startsWith(SEEDS.resolve(bad) + ": "), r.failures().toString());
        assertFalse(StoreFixtures.ask(dsg, "ASK { GRAPH " + graphOf(bad) + " { ?s ?p ?o } }"),
                "the aborted transaction left no triple of the article");
        assertEquals(seedNames.size() - 1, r.ingested());
    }

    /** A graph whose iteration fails after the first triple: the store write breaks inside its transaction. */
    private static Graph failingAfterFirstTriple(Graph base) {
        return new GraphBase() {
            @Override protected ExtendedIterator<Triple> graphBaseFind(Triple pattern) {
                Iterator<Triple> it = base.find(pattern);
                return WrappedIterator.create(new Iterator<Triple>() {
                    int n;
                    @Override public boolean hasNext() { return it.hasNext(); }
                    @Override public Triple next() {
                        if (n++ >= 1) throw new IllegalStateException("disk on fire");
                        return it.next();
                    }
                });
            }
        };
    }

    @Test void forcedReIngestsKeepTheStoreSizeBounded() throws IOException {
        Path batch = Files.createDirectory(tmp.resolve("batch"));
        for (String name : seedNames.subList(0, 2)) Files.copy(SEEDS.resolve(name), batch.resolve(name));
        Ingester ingester = StoreFixtures.cachingIngester(new Compaction(1.9, 0));
        ingester.ingestInto(store, List.of(batch), false, IngestListener.NONE);
        dsg = Stores.open(store);
        long quads = StoreFixtures.quads(dsg);
        long first = Compaction.size(store);
        long max = first;
        for (int i = 0; i < 30; i++) {
            IngestReport r = ingester.ingestInto(store, List.of(batch), true, IngestListener.NONE);
            assertEquals(2, r.ingested());
            max = Math.max(max, Compaction.size(store));
        }
        assertTrue(max < 2 * first + (256 << 10), "store grew from " + first + " to " + max + " bytes");
        assertEquals(quads, StoreFixtures.quads(dsg), "compaction keeps the data");
    }

    @Test void replacedGraphsGrowTheStoreUntilCompacted() throws IOException {
        Ingester ingester = StoreFixtures.cachingIngester(new Compaction(Double.MAX_VALUE, Long.MAX_VALUE));
        ingester.ingestInto(store, List.of(SEEDS), false, IngestListener.NONE);
        dsg = Stores.open(store);
        long first = Compaction.size(store);
        for (int i = 0; i < 3; i++) ingester.ingestInto(store, List.of(SEEDS), true, IngestListener.NONE);
        assertTrue(Compaction.size(store) > first * 3 / 2, "TDB2 keeps replaced data: the measure sees it");
        Compaction.compact(dsg, store);
        assertTrue(Compaction.size(store) < first + (64 << 10), "compacted back to about " + first);
    }

    @Test void referenceGraphsAreLoadedOnceAndReplacedWhenTheirFileChanges() throws IOException {
        Path base = tmp.resolve("base");
        Path ontology = Files.createDirectories(base.resolve("ontology")).resolve("sitrep.ttl");
        Files.writeString(ontology, "<urn:x:Term> <http://www.w3.org/2000/01/rdf-schema#label> \"one\" .\n");
        Ingester ingester = new Ingester(org.sitrep.annotate.Extractors.standard(), ArticleMapper.standard(),
                new ReferenceGraphs(base), () -> java.time.Instant.EPOCH, Compaction.standard());
        String graph = "<" + ReferenceGraphs.ONTOLOGY_GRAPH + ">";
        String label = "SELECT ?l { GRAPH " + graph + " { <urn:x:Term> ?p ?l } }";

        ingester.ingestInto(store, List.of(), false, IngestListener.NONE);
        dsg = Stores.open(store);
        assertEquals(List.of("l=one"), StoreFixtures.select(dsg, label));
        String before = StoreFixtures.sortedNQuads(dsg);
        ingester.ingestInto(store, List.of(), false, IngestListener.NONE);
        assertEquals(before, StoreFixtures.sortedNQuads(dsg));

        Files.writeString(ontology, "<urn:x:Term> <http://www.w3.org/2000/01/rdf-schema#label> \"two\" .\n");
        ingester.ingestInto(store, List.of(), false, IngestListener.NONE);
        assertEquals(List.of("l=two"), StoreFixtures.select(dsg, label));
    }
}
