package org.sitrep.store;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.sparql.exec.QueryExec;
import org.sitrep.rdf.ArticleMapper;
import org.sitrep.rdf.PROV;
import org.sitrep.rdf.SR;

/**
 * What the store records about where a named graph's content came from, so that ingest can skip unchanged input.
 *
 * <p>An article graph carries the mapper's PROV-O provenance: the graph {@code prov:wasDerivedFrom} the input file,
 * which has {@code sr:sha256}, and {@code prov:wasGeneratedBy} an activity {@code prov:wasAssociatedWith} the
 * extractor's software agent ({@code id/agent/extractor/<version>}). A reference graph (ontology, gazetteer)
 * carries {@code <graph> sr:sha256 "…"} about itself.
 */
final class Recorded {
    private Recorded() { }

    static final Node SHA256 = NodeFactory.createURI(SR.NS + "sha256");

    /**
     * True when the article graph's provenance says it was made from input with digest {@code sha256} by the
     * extractor {@code extractorVersion}.
     */
    static boolean sameArticleInput(DatasetGraph dsg, Node graph, String sha256, String extractorVersion) {
        Node agent = NodeFactory.createURI(SR.ID + "agent/extractor/" + ArticleMapper.encode(extractorVersion));
        String g = NodeFmtLib.strNT(graph);
        String ask = "PREFIX prov: <" + PROV.NS + ">\nPREFIX sr: <" + SR.NS + ">\n"
                + "ASK { GRAPH " + g + " { " + g + " prov:wasDerivedFrom/sr:sha256 "
                + NodeFmtLib.strNT(NodeFactory.createLiteralString(sha256)) + " ;"
                + " prov:wasGeneratedBy/prov:wasAssociatedWith " + NodeFmtLib.strNT(agent) + " } }";
        return Txn.calculateRead(dsg, () -> QueryExec.dataset(dsg).query(ask).ask());
    }

    /** The value of {@code <graph> property ?v} inside {@code graph}, or null. Runs in its own read transaction. */
    static String value(DatasetGraph dsg, Node graph, Node property) {
        return Txn.calculateRead(dsg, () -> {
            Iterator<Quad> it = dsg.find(graph, graph, property, Node.ANY);
            try {
                return it.hasNext() ? it.next().getObject().getLiteralLexicalForm() : null;
            } finally {
                org.apache.jena.atlas.iterator.Iter.close(it);
            }
        });
    }

    /** Adds {@code <graph> property "value"} to {@code graph}; call inside a write transaction. */
    static void add(DatasetGraph dsg, Node graph, Node property, String value) {
        dsg.add(graph, graph, property, NodeFactory.createLiteralString(value));
    }
}
