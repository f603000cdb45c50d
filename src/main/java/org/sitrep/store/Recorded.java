package org.sitrep.store;

import java.util.Iterator;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.sitrep.rdf.SR;

/**
 * What the store records about where a named graph's content came from: the SHA-256 of the raw input and the
 * extractor version, as triples about the graph inside the graph itself
 * ({@code <graph> sr:sha256 "…"; sr:extractorVersion "…"}). Ingest compares them to skip unchanged input.
 */
final class Recorded {
    private Recorded() { }

    static final Node SHA256 = NodeFactory.createURI(SR.NS + "sha256");
    static final Node EXTRACTOR_VERSION = NodeFactory.createURI(SR.NS + "extractorVersion");

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
