package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.DatasetGraphFactory;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/**
 * The held-out test corpus (src/test/resources/corpus): every gold file is well formed, its names
 * and evidence are verbatim in its article, its keys are consistent, and a graph that says exactly
 * what the gold says scores 1.0 everywhere (so the gold has no internal ambiguity).
 */
class CorpusGoldTest {
    private static final Path CORPUS = Path.of("src/test/resources/corpus");
    private static final String SR = SystemGraph.SR;

    @Test
    void goldIsVerbatimAndConsistent() throws Exception {
        Map<String, Gold> golds = Gold.readDir(CORPUS.resolve("gold"));
        assertEquals(10, golds.size());
        Map<String, String> typeOfKey = new HashMap<>();
        List<String> problems = new ArrayList<>();
        for (Gold g : golds.values()) {
            String text = Files.readString(CORPUS.resolve(g.file()), StandardCharsets.UTF_8);
            int words = text.split("\\s+").length;
            if (words < 150 || words > 400) problems.add(g.file() + ": " + words + " words");
            Map<String, Gold.Entity> byKey = g.byKey();
            if (!byKey.containsKey(g.publisher())) problems.add(g.file() + ": publisher not an entity");
            if (g.published() == null || !g.published().matches("\\d{4}-\\d\\d-\\d\\d")) problems.add(g.file() + ": date");
            for (Gold.Entity e : g.entities()) {
                for (String n : e.names()) if (!text.contains(n)) problems.add(g.file() + ": name " + n);
                String before = typeOfKey.putIfAbsent(e.key(), e.type() + e.qids());
                if (before != null && !before.equals(e.type() + e.qids())) problems.add("key " + e.key() + " inconsistent");
            }
            for (Gold.Op o : g.operations()) {
                for (String n : o.names()) if (!text.contains(n)) problems.add(g.file() + ": operation name " + n);
                for (String k : o.targets()) if (!byKey.containsKey(k)) problems.add(g.file() + ": target " + k);
                for (String k : o.participants()) if (!byKey.containsKey(k)) problems.add(g.file() + ": participant " + k);
            }
            for (Gold.ClaimGold c : g.claims()) {
                if (!text.contains(c.evidence())) problems.add(g.file() + ": evidence " + c.evidence());
                if (c.speaker() != null && !byKey.containsKey(c.speaker())) problems.add(g.file() + ": speaker " + c.speaker());
            }
        }
        assertEquals(List.of(), problems);
    }

    @Test
    void aGraphSayingWhatTheGoldSaysScoresPerfectly() {
        Map<String, Gold> golds = Gold.readDir(CORPUS.resolve("gold"));
        DatasetGraph dsg = DatasetGraphFactory.createTxnMem();
        org.apache.jena.graph.Graph gr = GraphFactory.createDefaultGraph();
        for (Gold g : golds.values()) {
            Node art = iri("article/" + g.file());
            add(gr, art, RDF.type.asNode(), iri(SR + "Article"));
            add(gr, art, DCTerms.identifier.asNode(), NodeFactory.createLiteralString(g.file()));
            add(gr, art, DCTerms.issued.asNode(), NodeFactory.createLiteralDT(g.published(), XSDDatatype.XSDdate));
            add(gr, art, iri(SR + "publisher"), entity(g.publisher()));
            for (Gold.Entity e : g.entities()) {
                Node n = entity(e.key());
                add(gr, art, iri(SR + "mentions"), n);
                add(gr, n, RDF.type.asNode(), iri(SR + e.type()));
                for (String name : e.names()) add(gr, n, RDFS.label.asNode(), NodeFactory.createLiteralLang(name, "fr"));
                for (String q : e.qids()) add(gr, n, OWL.sameAs.asNode(), iri(SystemGraph.WD + q));
            }
            int i = 0;
            for (Gold.Op o : g.operations()) {
                Node op = iri("op/" + g.file() + "/" + i++);
                add(gr, art, iri(SR + "mentions"), op);
                add(gr, op, RDF.type.asNode(), iri(SR + "Operation"));
                for (String t : o.targets()) add(gr, op, iri(SR + "target"), entity(t));
                for (String p : o.participants()) add(gr, op, iri(SR + "participant"), entity(p));
            }
            for (Gold.ClaimGold c : g.claims()) {
                Node cl = iri("claim/" + g.file() + "/" + i++);
                add(gr, cl, RDF.type.asNode(), iri(SR + "Claim"));
                add(gr, cl, iri(SR + "reportedIn"), art);
                add(gr, cl, iri(SR + "text"), NodeFactory.createLiteralLang(c.evidence(), "fr"));
                if (c.speaker() != null) add(gr, cl, iri(SR + "claimant"), entity(c.speaker()));
            }
        }
        gr.find().forEachRemaining(t -> dsg.add(iri("graph"), t.getSubject(), t.getPredicate(), t.getObject()));
        Report r = new Scorer().score(SystemGraph.fromUnion(dsg), golds);
        for (String k : Report.PRF_KEYS) assertEquals(1.0, r.prf().get(k).f1(), 1e-9, k + "\n" + r.verboseText());
        assertEquals(1.0, r.linkAcc(), 1e-9);
        assertEquals(1.0, r.participants(), 1e-9);
        assertEquals(1.0, r.attribution(), 1e-9);
        assertEquals(1.0, r.publisher(), 1e-9);
        assertEquals(1.0, r.date(), 1e-9);
        assertEquals(1.0, r.fragmentation(), 1e-9);
        assertTrue(r.articlesMissing().isEmpty());
    }

    private static Node entity(String key) { return iri("https://w3id.org/sitrep/id/x/" + key); }

    private static Node iri(String s) { return NodeFactory.createURI(s.contains(":") ? s : "https://w3id.org/sitrep/id/" + s); }

    private static void add(org.apache.jena.graph.Graph g, Node s, Node p, Node o) {
        g.add(org.apache.jena.graph.Triple.create(s, p, o));
    }
}
