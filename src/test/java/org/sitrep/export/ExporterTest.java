package org.sitrep.export;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.zip.GZIPInputStream;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import org.sitrep.rdf.ArticleMapper;
import org.sitrep.rdf.SampleExtraction;
import picocli.CommandLine;

class ExporterTest {
    private static final List<String> FILES = List.of("001_a.txt", "002_b.txt");
    @TempDir static Path tmp;
    private static Path forward;
    private static Path backward;
    private static List<Quad> quads;

    /** Two stores with the same two article graphs, quads inserted in opposite orders. */
    @BeforeAll static void stores() {
        quads = new ArrayList<>();
        for (String f : FILES) {
            Node g = NodeFactory.createURI(ArticleMapper.graphIri(f));
            SampleExtraction.model(f).getGraph().find().forEachRemaining(t -> quads.add(Quad.create(g, t)));
        }
        forward = load("forward", quads);
        List<Quad> reversed = new ArrayList<>(quads);
        Collections.reverse(reversed);
        backward = load("backward", reversed);
    }

    private static Path load(String name, List<Quad> qs) {
        Path dir = tmp.resolve(name);
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        Txn.executeWrite(dsg, () -> qs.forEach(dsg::add));
        return dir;
    }

    private static String export(Path store, String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        cl.setErr(new PrintWriter(err));
        List<String> all = new ArrayList<>(List.of("export", "--store", store.toString()));
        all.addAll(List.of(args));
        assertEquals(0, cl.execute(all.toArray(String[]::new)), err::toString);
        return out.toString();
    }

    private static Set<Triple> triples(Graph g) {
        Set<Triple> s = new HashSet<>();
        g.find().forEachRemaining(s::add);
        return s;
    }

    private static <T> Set<T> difference(Set<T> a, Set<T> b) {
        Set<T> d = new HashSet<>(a);
        d.removeAll(b);
        return d;
    }

    @Test void turtleIsByteIdenticalWhateverTheInsertionOrder() {
        String a = export(forward, "--format", "turtle");
        assertEquals(a, export(backward, "--format", "turtle"));
        assertTrue(a.startsWith("@prefix dcterms: <http://purl.org/dc/terms/> .\n"), a);
        assertTrue(a.contains("\n<https://w3id.org/sitrep/id/place/mosul> a sr:Place ;\n    geo:hasGeometry"), a);
    }

    @Test void turtleReadsBackAsTheUnionOfTheGraphs() {
        Graph read = RDFParser.fromString(export(forward, "--format", "turtle"), Lang.TURTLE).toGraph();
        Set<Triple> expected = new HashSet<>();
        quads.forEach(q -> expected.add(q.asTriple()));
        assertEquals(Set.of(), difference(expected, triples(read)), "triples lost");
        assertEquals(Set.of(), difference(triples(read), expected), "triples added");
    }

    @Test void trigAndNQuadsReadBackAsTheSameQuads() {
        for (String[] f : new String[][] {{"trig", "TRIG"}, {"nquads", "NQUADS"}}) {
            String a = export(forward, "--format", f[0]);
            assertEquals(a, export(backward, "--format", f[0]), f[0]);
            Lang lang = f[0].equals("trig") ? Lang.TRIG : Lang.NQUADS;
            DatasetGraph read = RDFParser.fromString(a, lang).toDatasetGraph();
            Set<Quad> got = new HashSet<>();
            read.find().forEachRemaining(got::add);
            assertEquals(Set.of(), difference(new HashSet<>(quads), got), f[0] + ": quads lost");
            assertEquals(Set.of(), difference(got, new HashSet<>(quads)), f[0] + ": quads added");
        }
    }

    @Test void oneGraph() {
        String iri = ArticleMapper.graphIri(FILES.get(0));
        String nq = export(forward, "--format", "nquads", "--graph", iri);
        assertTrue(nq.lines().allMatch(l -> l.endsWith("<" + iri + "> .")), nq);
        assertEquals(quads.stream().filter(q -> q.getGraph().getURI().equals(iri)).count(), nq.lines().count());
    }

    @Test void unknownGraphFails() {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(1, cl.execute("export", "--store", forward.toString(), "--format", "trig", "--graph", "urn:x:nothing"));
        assertTrue(err.toString().contains("no graph <urn:x:nothing>"), err.toString());
        Path out = tmp.resolve("nothing.trig");
        assertEquals(1, cl.execute("export", "--store", forward.toString(), "--format", "trig", "--graph", "urn:x:nothing", "--out", out.toString()));
        assertTrue(Files.notExists(out) && Files.notExists(tmp.resolve("nothing.trig.partial")), "no partial file left");
    }

    @Test void gzipOutput() throws IOException {
        Path out = tmp.resolve("dump/all.ttl.gz");
        assertEquals("", export(forward, "--format", "turtle", "--out", out.toString()));
        try (InputStream in = new GZIPInputStream(Files.newInputStream(out))) {
            assertArrayEquals(export(forward, "--format", "turtle").getBytes(StandardCharsets.UTF_8), in.readAllBytes());
        }
        Path plain = tmp.resolve("all.nq");
        export(backward, "--format", "nquads", "--out", plain.toString());
        DatasetGraph read = RDFParser.source(new ByteArrayInputStream(Files.readAllBytes(plain))).lang(Lang.NQUADS).toDatasetGraph();
        assertEquals(quads.size(), read.stream().count());
    }

    @Test void badUsageAndMissingStore() {
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(new StringWriter()));
        assertEquals(2, cl.execute("export", "--store", forward.toString(), "--format", "rdfxml"));
        assertEquals(2, Main.commandLine().execute("export", "--store", forward.toString()));
        StringWriter err = new StringWriter();
        CommandLine cl2 = Main.commandLine();
        cl2.setErr(new PrintWriter(err));
        assertEquals(1, cl2.execute("export", "--store", tmp.resolve("absent").toString(), "--format", "turtle"));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }
}
