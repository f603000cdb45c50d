package org.sitrep.eval;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.query.ResultSet;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.sitrep.lexicon.Names;

/**
 * What the reference scorer reads from a graph: the answers to its five SPARQL queries, in the
 * order Jena returns them. The graph is loaded into the same kind of in-memory dataset Jena's
 * {@code sparql --data} command uses, so that the first-match order of the one-to-one matching is
 * the reference's.
 */
public final class SystemGraph {
    static final String SR = "https://w3id.org/sitrep/ontology#";
    static final String WD = "http://www.wikidata.org/entity/";

    private static final String PFX = """
            PREFIX sr: <https://w3id.org/sitrep/ontology#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            """;
    static final String Q_ENT = PFX + """
            SELECT DISTINCT ?file ?e ?type ?label ?same WHERE {
              ?a a sr:Article ; dcterms:identifier ?file .
              { ?a sr:mentions ?e } UNION { ?a sr:publisher ?e } UNION { ?c sr:reportedIn ?a ; sr:claimant ?e }
              FILTER(?e != ?a)
              ?e a ?type .
              OPTIONAL { ?e rdfs:label|skos:altLabel ?label }
              OPTIONAL { ?e owl:sameAs ?same }
            }""";
    static final String Q_PUB = PFX + """
            SELECT DISTINCT ?file ?pub ?date WHERE {
              ?a a sr:Article ; dcterms:identifier ?file .
              OPTIONAL { ?a sr:publisher ?pub }
              OPTIONAL { ?a dcterms:issued ?date }
            }""";
    static final String Q_OPS = PFX + """
            SELECT DISTINCT ?file ?o ?role ?x WHERE {
              ?a a sr:Article ; dcterms:identifier ?file ; sr:mentions ?o .
              ?o a sr:Operation .
              OPTIONAL { VALUES ?role { sr:target sr:participant sr:opponent } ?o ?role ?x }
            }""";
    static final String Q_CLAIMS = PFX + """
            SELECT DISTINCT ?file ?c ?text ?who WHERE {
              ?a a sr:Article ; dcterms:identifier ?file .
              ?c a sr:Claim ; sr:reportedIn ?a .
              OPTIONAL { ?c sr:text ?text }
              OPTIONAL { ?c sr:claimant ?who }
            }""";
    static final String Q_NODES = PFX + """
            SELECT DISTINCT ?e ?type ?label ?same WHERE {
              { ?e a sr:Place } UNION { ?e a sr:Force } UNION { ?e a sr:Source } UNION { ?e a sr:Operation }
              ?e a ?type .
              OPTIONAL { ?e rdfs:label|skos:altLabel ?label }
              OPTIONAL { ?e owl:sameAs ?same }
            }""";

    /** A graph node as the scorer sees it: sitrep types (local names), normalised names, Q-ids. */
    public static final class GNode {
        final String iri;
        final Set<String> types = new LinkedHashSet<>();
        final Set<String> names = new LinkedHashSet<>();
        final Set<String> qids = new LinkedHashSet<>();

        GNode(String iri) { this.iri = iri; }

        void add(Map<String, String> row) {
            String type = row.get("type");
            if (type != null && type.startsWith(SR)) types.add(type.substring(SR.length()));
            String label = row.get("label");
            if (label != null) names.add(Names.norm(label));
            String same = row.get("same");
            if (same != null && same.startsWith(WD)) qids.add(same.substring(WD.length()));
        }
    }

    /** One operation: role local name → values. */
    static final class SysOp {
        final Map<String, Set<String>> roles = new LinkedHashMap<>();

        Set<String> role(String name) { return roles.getOrDefault(name, Set.of()); }
    }

    /** One claim: its texts and claimants. */
    static final class SysClaim {
        final List<String> texts = new ArrayList<>();
        final Set<String> who = new LinkedHashSet<>();
    }

    final Map<String, GNode> nodes = new LinkedHashMap<>();
    final Map<String, Map<String, GNode>> perArticle = new LinkedHashMap<>();
    final Map<String, Set<String>> pubs = new LinkedHashMap<>();
    final Map<String, Set<String>> dates = new LinkedHashMap<>();
    final Map<String, Map<String, SysOp>> ops = new LinkedHashMap<>();
    final Map<String, Map<String, SysClaim>> claims = new LinkedHashMap<>();

    private SystemGraph() { }

    /** Reads a Turtle (or any RDF) file the way {@code sparql --data FILE} does. */
    public static SystemGraph fromFile(Path file) {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeWrite(ds, () -> RDFDataMgr.read(ds, file.toString()));
        return of(ds);
    }

    /** Scores the union of all graphs of a dataset (e.g. the TDB2 store) plus its default graph. */
    public static SystemGraph fromUnion(DatasetGraph store) {
        Dataset ds = DatasetFactory.createTxnMem();
        Txn.executeRead(store, () -> Txn.executeWrite(ds, () -> {
            Graph target = ds.asDatasetGraph().getDefaultGraph();
            copy(store.getDefaultGraph(), target);
            copy(store.getUnionGraph(), target);
        }));
        return of(ds);
    }

    private static void copy(Graph from, Graph to) {
        from.find().forEachRemaining((Triple t) -> to.add(t));
    }

    private static SystemGraph of(Dataset ds) {
        SystemGraph g = new SystemGraph();
        Txn.executeRead(ds, () -> g.load(ds));
        return g;
    }

    private void load(Dataset ds) {
        for (Map<String, String> row : select(ds, Q_NODES)) {
            nodes.computeIfAbsent(row.get("e"), GNode::new).add(row);
        }
        for (Map<String, String> row : select(ds, Q_ENT)) {
            perArticle.computeIfAbsent(row.get("file"), f -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("e"), GNode::new).add(row);
        }
        for (Map<String, String> row : select(ds, Q_PUB)) {
            if (row.containsKey("pub")) pubs.computeIfAbsent(row.get("file"), f -> new LinkedHashSet<>()).add(row.get("pub"));
            if (row.containsKey("date")) {
                dates.computeIfAbsent(row.get("file"), f -> new LinkedHashSet<>()).add(Py.head(row.get("date"), 10));
            }
        }
        for (Map<String, String> row : select(ds, Q_OPS)) {
            SysOp op = ops.computeIfAbsent(row.get("file"), f -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("o"), o -> new SysOp());
            if (row.containsKey("role")) {
                op.roles.computeIfAbsent(row.get("role").substring(SR.length()), r -> new LinkedHashSet<>()).add(row.get("x"));
            }
        }
        for (Map<String, String> row : select(ds, Q_CLAIMS)) {
            SysClaim c = claims.computeIfAbsent(row.get("file"), f -> new LinkedHashMap<>())
                    .computeIfAbsent(row.get("c"), k -> new SysClaim());
            if (row.containsKey("text")) c.texts.add(row.get("text"));
            if (row.containsKey("who")) c.who.add(row.get("who"));
        }
    }

    /** The rows of a SELECT as variable → value (IRI, literal lexical form, blank node label). */
    private static List<Map<String, String>> select(Dataset ds, String query) {
        List<Map<String, String>> rows = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.dataset(ds).query(query).build()) {
            ResultSet rs = qe.execSelect();
            List<String> vars = rs.getResultVars();
            while (rs.hasNext()) {
                QuerySolution s = rs.next();
                Map<String, String> row = new LinkedHashMap<>();
                for (String v : vars) {
                    RDFNode n = s.get(v);
                    if (n != null) row.put(v, value(n.asNode()));
                }
                rows.add(row);
            }
        }
        return rows;
    }

    private static String value(Node n) {
        if (n.isURI()) return n.getURI();
        if (n.isLiteral()) return n.getLiteralLexicalForm();
        if (n.isBlank()) return n.getBlankNodeLabel();
        return n.toString();
    }

    /** The global description of a node ({@code node(iri)} in the reference). */
    GNode node(String iri) {
        GNode n = nodes.get(iri);
        return n != null ? n : new GNode(iri);
    }
}
