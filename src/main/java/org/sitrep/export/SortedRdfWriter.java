package org.sitrep.export;

import java.io.PrintWriter;
import java.util.Comparator;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.SortedSet;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.atlas.io.IndentedLineBuffer;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.Triple;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.out.NodeFormatter;
import org.apache.jena.riot.out.NodeFormatterTTL;
import org.apache.jena.riot.out.NodeToLabel;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.sparql.core.Quad;
import org.apache.jena.vocabulary.RDF;

/**
 * Writes Turtle, TriG and N-Quads in a canonical order, so that the same triples give the same
 * bytes whatever order they were inserted or stored in. Nodes are formatted by RIOT's Turtle node
 * formatter with a fixed prefix map; subjects, predicates ({@code a} first) and objects are sorted
 * by their formatted form; triples of one subject are grouped with {@code ;} and {@code ,}.
 */
public final class SortedRdfWriter {
    private static final String INDENT = "    ";
    private static final Comparator<String> PREDICATES =
            Comparator.comparing((String p) -> !p.equals("a")).thenComparing(Comparator.naturalOrder());

    private final PrefixMap prefixes;
    private final NodeFormatter formatter;

    /** @param prefixes the prefixes declared at the top and used to abbreviate IRIs */
    public SortedRdfWriter(PrefixMap prefixes) {
        this.prefixes = prefixes;
        this.formatter = new NodeFormatterTTL(null, prefixes, NodeToLabel.createBNodeByLabelEncoded());
    }

    /** Turtle: the prefixes, then every distinct triple, sorted and grouped by subject. */
    public void writeTurtle(Iterator<Triple> triples, PrintWriter out) {
        writePrefixes(out);
        writeBlock(collect(triples), "", out);
    }

    /**
     * TriG: the prefixes, the default graph's triples (if any), then one block per named graph in
     * the order of their formatted names.
     */
    public void writeTrig(Iterator<Quad> quads, PrintWriter out) {
        SortedMap<String, SortedMap<String, SortedMap<String, SortedSet<String>>>> graphs = new TreeMap<>();
        SortedMap<String, SortedMap<String, SortedSet<String>>> defaultGraph = new TreeMap<>();
        quads.forEachRemaining(q -> {
            var target = q.isDefaultGraph() ? defaultGraph : graphs.computeIfAbsent(fmt(q.getGraph()), g -> new TreeMap<>());
            add(target, q.asTriple());
        });
        writePrefixes(out);
        writeBlock(defaultGraph, "", out);
        for (Map.Entry<String, SortedMap<String, SortedMap<String, SortedSet<String>>>> g : graphs.entrySet()) {
            out.print(g.getKey());
            out.print(" {\n");
            writeBlock(g.getValue(), INDENT, out);
            out.print("}\n\n");
        }
    }

    /** N-Quads: one line per distinct quad, sorted (no prefixes: N-Quads has none). */
    public static void writeNQuads(Iterator<Quad> quads, PrintWriter out) {
        SortedSet<String> lines = new TreeSet<>();
        quads.forEachRemaining(q -> {
            StringBuilder b = new StringBuilder()
                    .append(NodeFmtLib.strNT(q.getSubject())).append(' ')
                    .append(NodeFmtLib.strNT(q.getPredicate())).append(' ')
                    .append(NodeFmtLib.strNT(q.getObject())).append(' ');
            if (!q.isDefaultGraph()) b.append(NodeFmtLib.strNT(q.getGraph())).append(' ');
            lines.add(b.append('.').toString());
        });
        for (String line : lines) {
            out.print(line);
            out.print('\n');
        }
    }

    private void writePrefixes(PrintWriter out) {
        new TreeMap<>(prefixes.getMapping()).forEach((prefix, ns) -> out.print("@prefix " + prefix + ": <" + ns + "> .\n"));
        out.print('\n');
    }

    private SortedMap<String, SortedMap<String, SortedSet<String>>> collect(Iterator<Triple> triples) {
        SortedMap<String, SortedMap<String, SortedSet<String>>> bySubject = new TreeMap<>();
        triples.forEachRemaining(t -> add(bySubject, t));
        return bySubject;
    }

    private void add(SortedMap<String, SortedMap<String, SortedSet<String>>> bySubject, Triple t) {
        String predicate = t.getPredicate().equals(RDF.type.asNode()) ? "a" : fmt(t.getPredicate());
        bySubject.computeIfAbsent(fmt(t.getSubject()), s -> new TreeMap<>(PREDICATES))
                .computeIfAbsent(predicate, p -> new TreeSet<>())
                .add(fmt(t.getObject()));
    }

    private static void writeBlock(SortedMap<String, SortedMap<String, SortedSet<String>>> bySubject, String indent, PrintWriter out) {
        for (Map.Entry<String, SortedMap<String, SortedSet<String>>> s : bySubject.entrySet()) {
            out.print(indent);
            out.print(s.getKey());
            String sep = " ";
            for (Map.Entry<String, SortedSet<String>> p : s.getValue().entrySet()) {
                out.print(sep);
                out.print(p.getKey());
                out.print(' ');
                out.print(String.join(" , ", p.getValue()));
                sep = " ;\n" + indent + INDENT;
            }
            out.print(" .\n\n");
        }
    }

    private String fmt(Node n) {
        IndentedLineBuffer b = new IndentedLineBuffer();
        formatter.format(b, n);
        return b.asString();
    }
}
