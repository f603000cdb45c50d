package org.sitrep.export;

import java.io.PrintWriter;
import java.util.Iterator;
import java.util.Locale;
import org.apache.jena.atlas.iterator.Iter;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.graph.Triple;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.system.Txn;
import org.sitrep.rdf.Prefixes;

/** Dumps a store (or one of its graphs) deterministically: same content, same bytes. */
public final class Exporter {
    /** The dump formats of {@code sitrep export}. */
    public enum Format {
        /** The union of all named graphs, as one graph with prefixes. */
        TURTLE,
        /** Every graph, named graphs in blocks. */
        TRIG,
        /** Every quad, one per line. */
        NQUADS;

        /** Parses {@code turtle}, {@code trig} or {@code nquads} (any case). */
        public static Format parse(String name) {
            try {
                return valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                throw new IllegalArgumentException("unknown format '" + name + "' (expected turtle, trig or nquads)");
            }
        }
    }

    private Exporter() { }

    /**
     * Writes the dump inside a read transaction.
     *
     * @param graphIri the one named graph to export, or null for all of them
     * @throws IllegalArgumentException when {@code graphIri} names no graph of the store
     */
    public static void export(DatasetGraph dsg, Format format, String graphIri, PrintWriter out) {
        Txn.executeRead(dsg, () -> {
            Node graph = graphIri == null ? Node.ANY : NodeFactory.createURI(graphIri);
            if (graphIri != null && !dsg.containsGraph(graph)) {
                throw new IllegalArgumentException("no graph <" + graphIri + "> in the store");
            }
            Iterator<Quad> quads = graphIri == null ? dsg.find() : dsg.find(graph, Node.ANY, Node.ANY, Node.ANY);
            switch (format) {
                case TURTLE -> new SortedRdfWriter(Prefixes.standardMap()).writeTurtle(namedGraphTriples(quads), out);
                case TRIG -> new SortedRdfWriter(Prefixes.standardMap()).writeTrig(quads, out);
                case NQUADS -> SortedRdfWriter.writeNQuads(quads, out);
            }
        });
        out.flush();
    }

    private static Iterator<Triple> namedGraphTriples(Iterator<Quad> quads) {
        return Iter.iter(quads).filter(q -> !q.isDefaultGraph()).map(Quad::asTriple);
    }
}
