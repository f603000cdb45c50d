package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.RDF;

/**
 * A byte-deterministic Turtle writer for models without blank nodes: subjects sorted by IRI,
 * {@code rdf:type} first then predicates sorted by IRI, objects sorted by their Turtle form.
 */
public final class SortedTurtle {
    private SortedTurtle() { }

    private static final Pattern LOCAL = Pattern.compile("[A-Za-z0-9_][A-Za-z0-9_-]*");

    /** Writes the model; {@code prefixes} maps prefix → namespace, in the order to print them. */
    public static void write(Model model, Map<String, String> prefixes, Writer out) throws IOException {
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            out.write("@prefix " + p.getKey() + ": <" + p.getValue() + "> .\n");
        }
        TreeMap<String, Resource> subjects = new TreeMap<>();
        model.listSubjects().forEachRemaining(s -> {
            if (s.isAnon()) throw new IllegalArgumentException("blank node in a model meant for sorted output");
            subjects.put(s.getURI(), s);
        });
        for (Resource s : subjects.values()) {
            TreeMap<String, List<String>> byPredicate = new TreeMap<>(Comparator
                    .comparing((String p) -> !p.equals(RDF.type.getURI())).thenComparing(Comparator.naturalOrder()));
            for (Statement st : model.listStatements(s, null, (RDFNode) null).toList()) {
                byPredicate.computeIfAbsent(st.getPredicate().getURI(), k -> new ArrayList<>())
                        .add(node(st.getObject(), prefixes));
            }
            out.write("\n" + iri(s.getURI(), prefixes));
            int i = 0;
            for (Map.Entry<String, List<String>> e : byPredicate.entrySet()) {
                List<String> objects = e.getValue();
                objects.sort(Comparator.naturalOrder());
                String pred = e.getKey().equals(RDF.type.getURI()) ? "a" : iri(e.getKey(), prefixes);
                out.write((i++ == 0 ? " " : " ;\n    ") + pred + " " + String.join(", ", objects));
            }
            out.write(" .\n");
        }
    }

    private static String node(RDFNode n, Map<String, String> prefixes) {
        if (n.isURIResource()) return iri(n.asResource().getURI(), prefixes);
        if (n.isAnon()) throw new IllegalArgumentException("blank node in a model meant for sorted output");
        Literal l = n.asLiteral();
        String lex = "\"" + escape(l.getLexicalForm()) + "\"";
        if (!l.getLanguage().isEmpty()) return lex + "@" + l.getLanguage();
        String dt = l.getDatatypeURI();
        if (dt == null || dt.equals(XSDDatatype.XSDstring.getURI())) return lex;
        return lex + "^^" + iri(dt, prefixes);
    }

    private static String iri(String uri, Map<String, String> prefixes) {
        for (Map.Entry<String, String> p : prefixes.entrySet()) {
            if (uri.startsWith(p.getValue())) {
                String local = uri.substring(p.getValue().length());
                if (LOCAL.matcher(local).matches()) return p.getKey() + ":" + local;
            }
        }
        return "<" + uri + ">";
    }

    private static String escape(String s) {
        StringBuilder b = new StringBuilder();
        for (char c : s.toCharArray()) {
            switch (c) {
                case '\\' -> b.append("\\\\");
                case '"' -> b.append("\\\"");
                case '\n' -> b.append("\\n");
                case '\r' -> b.append("\\r");
                case '\t' -> b.append("\\t");
                default -> b.append(c);
            }
        }
        return b.toString();
    }
}
