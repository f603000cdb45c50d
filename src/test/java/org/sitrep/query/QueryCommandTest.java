package org.sitrep.query;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.atlas.json.JSON;
import org.apache.jena.atlas.json.JsonObject;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import org.sitrep.rdf.ArticleMapper;
import org.sitrep.rdf.SampleExtraction;
import picocli.CommandLine;

class QueryCommandTest {
    @TempDir static Path tmp;
    private static Path store;

    /** A store with two article graphs that both mention Mosul. */
    @BeforeAll static void store() {
        store = tmp.resolve("store");
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(store.toString());
        Txn.executeWrite(dsg, () -> {
            for (String f : List.of("001_a.txt", "002_b.txt")) {
                dsg.addGraph(NodeFactory.createURI(ArticleMapper.graphIri(f)), SampleExtraction.model(f).getGraph());
            }
        });
    }

    private record Run(int code, String out, String err) { }

    private static Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("query", "--store", store.toString()));
        all.addAll(List.of(args));
        int code = cl.execute(all.toArray(String[]::new));
        return new Run(code, out.toString(), err.toString());
    }

    private static final String ARTICLES_ABOUT_MOSUL =
            "SELECT ?id WHERE { ?a a sr:Article ; dcterms:identifier ?id ; sr:mentions id:place\\/mosul } ORDER BY ?id";

    @Test void selectOverTheUnionAsCsvTsvJsonAndTable() {
        Run csv = run("--format", "csv", ARTICLES_ABOUT_MOSUL);
        assertEquals(0, csv.code(), csv.err());
        assertEquals(List.of("id", "001_a.txt", "002_b.txt"), csv.out().lines().toList());

        Run tsv = run("--format", "tsv", ARTICLES_ABOUT_MOSUL);
        assertEquals(List.of("?id", "\"001_a.txt\"", "\"002_b.txt\""), tsv.out().lines().toList());

        Run json = run("--format", "json", ARTICLES_ABOUT_MOSUL);
        JsonObject o = JSON.parse(json.out());
        assertEquals(2, o.get("results").getAsObject().get("bindings").getAsArray().size());

        Run table = run(ARTICLES_ABOUT_MOSUL);
        assertEquals(0, table.code());
        assertTrue(table.out().contains("| \"001_a.txt\" |"), table.out());
    }

    @Test void namedGraphsStayReachable() {
        Run r = run("--format", "csv", "SELECT (COUNT(DISTINCT ?g) AS ?n) { GRAPH ?g { ?c a sr:Claim } }");
        assertEquals(List.of("n", "2"), r.out().lines().toList(), r.err());
    }

    @Test void askAndConstruct() {
        Run yes = run("--format", "json", "ASK { id:operation\\/mosul-offensive sr:target id:place\\/mosul }");
        assertEquals(0, yes.code());
        assertTrue(JSON.parse(yes.out()).get("boolean").getAsBoolean().value());
        Run no = run("--format", "csv", "ASK { id:place\\/mosul a sr:Force }");
        assertEquals(List.of("_askResult", "false"), no.out().lines().toList());

        Run construct = run("CONSTRUCT { ?p rdfs:label ?l } WHERE { ?p a sr:Place ; rdfs:label ?l }");
        assertEquals(0, construct.code(), construct.err());
        Graph g = RDFParser.fromString(construct.out(), Lang.TURTLE).toGraph();
        assertEquals(1, g.size());
        Run nt = run("--format", "csv", "DESCRIBE id:force\\/isis");
        assertTrue(nt.out().lines().allMatch(l -> l.startsWith("<https://w3id.org/sitrep/id/force/isis> ")), nt.out());
    }

    @Test void queryFromFile() throws IOException {
        Path rq = tmp.resolve("q.rq");
        Files.writeString(rq, "PREFIX s: <https://w3id.org/sitrep/ontology#>\nSELECT (COUNT(*) AS ?n) { ?f a s:Figure }");
        Run r = run("--format", "csv", "--file", rq.toString());
        assertEquals(List.of("n", "2"), r.out().lines().toList(), r.err());
    }

    @Test void syntaxErrorIsOneLineAndExit1() {
        Run r = run("SELEC ?x WHERE { ?x ?p }");
        assertEquals(1, r.code());
        assertEquals(1, r.err().strip().lines().count(), r.err());
        assertTrue(r.err().contains("syntax error"), r.err());
    }

    @Test void badUsageExit2() {
        assertEquals(2, run().code(), "no query");
        assertEquals(2, run("--file", "x.rq", "ASK {}").code(), "both a query and a file");
        assertEquals(2, run("--format", "xml", "ASK {}").code(), "unknown format");
    }

    @Test void missingFileOrStoreExit1() {
        Run noFile = run("--file", tmp.resolve("absent.rq").toString());
        assertEquals(1, noFile.code());
        assertTrue(noFile.err().contains("absent.rq"), noFile.err());
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(1, cl.execute("query", "--store", tmp.resolve("nostore").toString(), "ASK {}"));
        assertTrue(err.toString().contains("nostore"), err.toString());
    }
}
