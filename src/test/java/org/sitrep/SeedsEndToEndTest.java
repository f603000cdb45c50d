package org.sitrep;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import picocli.CommandLine;

/** The analyst's view: the seeds, ingested through the command line, answer the questions the product promises. */
class SeedsEndToEndTest {
    @TempDir static Path tmp;
    static Path store;

    static final String PFX = """
            PREFIX sr: <https://w3id.org/sitrep/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX xsd: <http://www.w3.org/2001/XMLSchema#>
            """;

    static int run(String... args) {
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(new ByteArrayOutputStream(), true));
        cl.setErr(new PrintWriter(new ByteArrayOutputStream(), true));
        return cl.execute(args);
    }

    @BeforeAll static void ingestSeeds() {
        store = tmp.resolve("store");
        assertEquals(0, run("ingest", "--store", store.toString(), "seeds"));
    }

    static List<QuerySolution> select(String query) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        List<QuerySolution> rows = new ArrayList<>();
        Txn.executeRead(dsg, () -> {
            Dataset union = DatasetFactory.wrap(DatasetGraphFactory.wrap(dsg.getUnionGraph()));
            try (QueryExecution qe = QueryExecution.create(PFX + query, union)) {
                qe.execSelect().forEachRemaining(rows::add);
            }
        });
        return rows;
    }

    @Test void bashiqaIsAPlaceMentionedInTheEuronewsArticleOfSevenNovember2016() {
        List<QuerySolution> rows = select("""
                SELECT ?a WHERE {
                  ?a a sr:Article ; dcterms:identifier "000_66abe3c82fbe29ae.txt" ;
                     dcterms:issued "2016-11-07"^^xsd:date ; sr:publisher ?pub ; sr:mentions ?p .
                  ?pub rdfs:label|skos:altLabel ?pn . FILTER(LCASE(STR(?pn)) = "euronews")
                  ?p a sr:Place ; rdfs:label|skos:altLabel ?l . FILTER(STR(?l) = "Bashiqa")
                }""");
        assertFalse(rows.isEmpty(), "Bashiqa should be a Place mentioned by the Euronews article of 2016-11-07");
    }

    @Test void peshmergaTakePartInTheOperationOnBashiqa() {
        List<QuerySolution> rows = select("""
                SELECT ?op WHERE {
                  ?op a sr:Operation ; sr:target ?p ; sr:participant ?f .
                  ?p rdfs:label|skos:altLabel ?pl . FILTER(STR(?pl) = "Bashiqa")
                  ?f a sr:Force ; rdfs:label|skos:altLabel ?fl . FILTER(CONTAINS(LCASE(STR(?fl)), "peshmerga"))
                }""");
        assertFalse(rows.isEmpty(), "the Peshmerga should take part in the operation on Bashiqa");
    }

    @Test void aClaimOfKhalilGardiPointsAtHisWords() {
        List<QuerySolution> rows = select("""
                SELECT ?text ?s ?e ?clean WHERE {
                  ?c a sr:Claim ; sr:claimant ?who ; sr:reportedIn ?a ; sr:text ?text ;
                     sr:evidenceStart ?s ; sr:evidenceEnd ?e .
                  ?who rdfs:label|skos:altLabel ?n . FILTER(STR(?n) = "Khalil Gardi")
                  ?a sr:cleanedText ?clean .
                }""");
        assertFalse(rows.isEmpty(), "a claim should be attributed to Khalil Gardi");
        boolean found = false;
        for (QuerySolution r : rows) {
            String clean = r.getLiteral("clean").getString();
            String at = clean.substring(r.getLiteral("s").getInt(), r.getLiteral("e").getInt());
            assertEquals(r.getLiteral("text").getString(), at, "evidence offsets must point at the claim's text");
            found |= at.contains("il n’y a plus de civils à Bashiqa");
        }
        assertTrue(found, "one of his claims is 'il n’y a plus de civils à Bashiqa'");
    }

    @Test void allFiveClassesArePresent() {
        for (String c : List.of("Article", "Place", "Force", "Source", "Operation", "Claim")) {
            assertFalse(select("SELECT ?x WHERE { ?x a sr:" + c + " } LIMIT 1").isEmpty(), "no sr:" + c);
        }
    }

    @Test void reingestLeavesTheExportUnchanged() throws Exception {
        Path first = tmp.resolve("first.ttl");
        Path second = tmp.resolve("second.ttl");
        assertEquals(0, run("export", "--store", store.toString(), "--format", "turtle", "--out", first.toString()));
        assertEquals(0, run("ingest", "--store", store.toString(), "seeds"));
        assertEquals(0, run("export", "--store", store.toString(), "--format", "turtle", "--out", second.toString()));
        assertEquals(Files.readString(first), Files.readString(second));
    }

    @Test void everyExampleQueryOfTheReadmeAnswersOnTheSeeds() throws Exception {
        try (var files = Files.list(Path.of("queries"))) {
            List<Path> queries = files.filter(f -> f.toString().endsWith(".rq")).sorted().toList();
            assertTrue(queries.size() >= 5, "the README promises at least five example queries");
            for (Path q : queries) {
                ByteArrayOutputStream out = new ByteArrayOutputStream();
                CommandLine cl = Main.commandLine();
                cl.setOut(new PrintWriter(out, true));
                cl.setErr(new PrintWriter(new ByteArrayOutputStream(), true));
                assertEquals(0, cl.execute("query", "--store", store.toString(), "--format", "csv", "--file", q.toString()), q.toString());
                long rows = out.toString(java.nio.charset.StandardCharsets.UTF_8).lines().count() - 1;
                assertTrue(rows > 0, q + " returned no rows on the seeds");
            }
        }
    }

    @Test void theSeedsConformToTheShapes() {
        assertEquals(0, run("validate", "--store", store.toString()));
    }
}
