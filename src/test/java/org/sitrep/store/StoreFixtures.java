package org.sitrep.store;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.exec.QueryExec;
import org.apache.jena.sparql.exec.RowSet;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.TDB2;
import org.sitrep.annotate.Extractors;
import org.sitrep.rdf.ArticleMapper;

/** Helpers shared by the store and serve tests. */
public final class StoreFixtures {
    private StoreFixtures() { }

    /** The repository's seed articles. */
    public static final Path SEEDS = Path.of("seeds");

    public static final String PREFIXES = "PREFIX sr: <https://w3id.org/sitrep/ontology#>\n"
            + "PREFIX dcterms: <http://purl.org/dc/terms/>\n";

    /** The standard pipeline with a fixed clock and no reference graphs. */
    public static Ingester ingester(ArticleMapper mapper, Compaction compaction) {
        return new Ingester(Extractors.standard(), mapper, ReferenceGraphs.none(),
                () -> Instant.parse("2024-01-01T00:00:00Z"), compaction);
    }

    /** The standard pipeline, extracting each file only once (tests that ingest the same files many times). */
    public static Ingester cachingIngester(Compaction compaction) {
        org.sitrep.extract.Extractor standard = Extractors.standard();
        java.util.Map<String, org.sitrep.extract.Extraction> cache = new java.util.HashMap<>();
        org.sitrep.extract.Extractor caching = new org.sitrep.extract.Extractor() {
            @Override public org.sitrep.extract.Extraction extract(org.sitrep.doc.Article a) {
                return cache.computeIfAbsent(a.path(), k -> standard.extract(a));
            }

            @Override public String version() { return standard.version(); }
        };
        return new Ingester(caching, ArticleMapper.standard(), ReferenceGraphs.none(),
                () -> Instant.parse("2024-01-01T00:00:00Z"), compaction);
    }

    /** The file name of the first seed article. */
    public static String firstSeedName() {
        try (var s = java.nio.file.Files.list(SEEDS)) {
            return s.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".txt")).sorted().findFirst().orElseThrow();
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
    }

    /** Rows of a SELECT over the union of all named graphs, each row as "var=value" pairs in variable order. */
    public static List<String> select(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> {
            List<String> rows = new ArrayList<>();
            RowSet rs = QueryExec.dataset(dsg).query(PREFIXES + query).set(TDB2.symUnionDefaultGraph, true).select();
            List<org.apache.jena.sparql.core.Var> vars = rs.getResultVars();
            rs.forEachRemaining(b -> {
                StringBuilder sb = new StringBuilder();
                for (var v : vars) {
                    var n = b.get(v);
                    sb.append(sb.isEmpty() ? "" : " ").append(v.getVarName()).append('=')
                            .append(n == null ? "" : n.isLiteral() ? n.getLiteralLexicalForm() : n.toString());
                }
                rows.add(sb.toString());
            });
            return rows;
        });
    }

    /** ASK in the dataset as stored (named graphs addressable with GRAPH). */
    public static boolean ask(DatasetGraph dsg, String query) {
        return Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg).query(PREFIXES + query).ask());
    }

    /** The whole store as sorted N-Quads lines. */
    public static String sortedNQuads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            RDFDataMgr.write(out, dsg, Lang.NQUADS);
            String[] lines = out.toString(StandardCharsets.UTF_8).split("\n");
            Arrays.sort(lines);
            return String.join("\n", lines);
        });
    }

    /** Number of quads in the store. */
    public static long quads(DatasetGraph dsg) {
        return Txn.calculateRead(dsg, () -> {
            long n = 0;
            for (var it = dsg.find(); it.hasNext(); it.next()) n++;
            return n;
        });
    }
}
