package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;

/** {@code sitrep link} on a temporary store, and the GeoSPARQL query over what it writes. */
class LinkCommandTest {
    private static int run(String... args) {
        return Main.commandLine().execute(args);
    }

    private static String captured(Runnable r) {
        PrintStream old = System.out;
        ByteArrayOutputStream buf = new ByteArrayOutputStream();
        System.setOut(new PrintStream(buf, true, StandardCharsets.UTF_8));
        try {
            r.run();
        } finally {
            System.setOut(old);
        }
        return buf.toString(StandardCharsets.UTF_8);
    }

    @Test
    void linkCommandWritesTheLinksGraphAndDryRunWritesNothing(@TempDir Path tmp) {
        Path dir = tmp.resolve("store");
        DatasetGraph dsg = LiveLinkingTest.store(dir);
        String dry = captured(() -> assertEquals(0, run("link", "--store", dir.toString(), "--dry-run")));
        assertTrue(dry.contains("linked   place/mossoul -> wd:Q83317"), dry);
        assertTrue(dry.contains("dry run"), dry);
        assertFalse(LiveLinkingTest.ask(dsg, "ASK { GRAPH <https://w3id.org/sitrep/graph/links> { ?s ?p ?o } }"));

        String out = captured(() -> assertEquals(0, run("link", "--store", dir.toString())));
        assertTrue(out.contains("link: 1 linked"), out);
        assertTrue(LiveLinkingTest.ask(dsg, "ASK { GRAPH <https://w3id.org/sitrep/graph/links> { place:mossoul owl:sameAs wd:Q83317 ;"
                + " sr:country wd:Q796 ; geo:hasGeometry/geo:asWKT ?w } }"));
        String again = captured(() -> assertEquals(0, run("link", "--store", dir.toString())));
        assertTrue(again.contains("link: 0 linked"), again);
    }

    @Test
    void linkWithoutStoreFailsWithExitCode1(@TempDir Path tmp) {
        assertEquals(1, run("link", "--store", tmp.resolve("none").toString()));
    }

    @Test
    void documentedQueryIsTheOneTheCommandRuns() throws Exception {
        String file = Files.readString(Path.of("queries/unlinked-entities.rq"));
        assertTrue(file.startsWith("# "));
        try (var in = StoreLinker.class.getResourceAsStream("unlinked-entities.rq")) {
            assertEquals(file, new String(in.readAllBytes(), StandardCharsets.UTF_8));
        }
    }

    @Test
    void operationsNearMosul(@TempDir Path tmp) throws Exception {
        Geo.init();
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(tmp.resolve("s").toString());
        Txn.executeWrite(dsg, () -> org.apache.jena.update.UpdateAction.parseExecute("""
                PREFIX sr: <https://w3id.org/sitrep/ontology#>
                PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
                PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
                INSERT DATA { GRAPH <https://w3id.org/sitrep/graph/article/b.txt> {
                  <https://w3id.org/sitrep/id/operation/op-qaraqosh> a sr:Operation ; rdfs:label "offensive sur Qaraqosh"@fr ;
                      sr:target <https://w3id.org/sitrep/id/place/qaraqoch> .
                  <https://w3id.org/sitrep/id/operation/op-raqqa> a sr:Operation ; rdfs:label "offensive sur Raqqa"@fr ;
                      sr:target <https://w3id.org/sitrep/id/place/raqqa> .
                  <https://w3id.org/sitrep/id/place/qaraqoch> a sr:Place ; rdfs:label "Qaraqoch"@fr .
                  <https://w3id.org/sitrep/id/place/raqqa> a sr:Place ; rdfs:label "Racca"@fr .
                  <https://w3id.org/sitrep/id/place/mossoul> a sr:Place ; rdfs:label "Mossoul"@fr .
                } }""", dsg));
        assertEquals(0, run("link", "--store", tmp.resolve("s").toString()), "link must succeed");
        Dataset ds = DatasetFactory.wrap(dsg);
        List<String> ops = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            try (QueryExecution qe = QueryExecution.create(Files.readString(Path.of("queries/near-mosul.rq")),
                    DatasetFactory.wrap(ds.getUnionModel()))) {
                qe.execSelect().forEachRemaining(s -> ops.add(s.getResource("operation").getLocalName()));
            } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        assertEquals(List.of("op-qaraqosh"), ops);
    }
}
