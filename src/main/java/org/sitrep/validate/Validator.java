package org.sitrep.validate;

import java.io.IOException;
import java.io.InputStream;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.riot.out.NodeFmtLib;
import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.shacl.ShaclValidator;
import org.apache.jena.shacl.Shapes;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.shacl.validation.ReportEntry;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.core.Prologue;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.sitrep.rdf.Prefixes;

/** SHACL validation of a store's union graph against sitrep's shapes ({@code ontology/shapes.ttl}). */
public final class Validator {
    /** Where the shapes are looked for: the working directory first, then the jar. */
    public static final String SHAPES = "ontology/shapes.ttl";

    private final Shapes shapes;

    public Validator(Shapes shapes) {
        this.shapes = shapes;
    }

    /** The shapes of {@code ./ontology/shapes.ttl} when present, else those shipped in the jar. */
    public static Validator standard() {
        Path local = Path.of(SHAPES);
        if (Files.isRegularFile(local)) return new Validator(Shapes.parse(RDFParser.source(local).lang(Lang.TURTLE).toGraph()));
        try (InputStream in = Validator.class.getClassLoader().getResourceAsStream(SHAPES)) {
            if (in == null) throw new IllegalStateException(SHAPES + ": not found in the working directory nor in the jar");
            return new Validator(Shapes.parse(RDFParser.source(in).lang(Lang.TURTLE).toGraph()));
        } catch (IOException e) {
            throw new IllegalStateException(SHAPES + ": cannot read: " + e.getMessage(), e);
        }
    }

    /** Validates the union of the store's named graphs (copied in memory inside a read transaction). */
    public ValidationReport validate(DatasetGraph dsg) {
        Graph union = GraphFactory.createDefaultGraph();
        Txn.executeRead(dsg, () -> dsg.getUnionGraph().find().forEachRemaining(union::add));
        return validate(union);
    }

    /** Validates one graph. */
    public ValidationReport validate(Graph data) {
        return ShaclValidator.get().validate(shapes, data);
    }

    /**
     * Prints a readable report: "conforms", or the number of violations then one block per result
     * (severity, focus node, path, value, message), sorted so that the same data gives the same report.
     */
    public static void print(ValidationReport report, PrintWriter out) {
        if (report.conforms()) {
            out.println("conforms: the store satisfies every shape");
            out.flush();
            return;
        }
        PrefixMap pm = Prefixes.standardMap();
        Prologue prologue = new Prologue(Prefixes.standard());
        List<Row> rows = report.getEntries().stream()
                .map(e -> new Row(NodeFmtLib.str(e.focusNode(), pm),
                        e.resultPath() == null ? "-" : e.resultPath().toString(prologue),
                        severity(e), e.value() == null ? null : NodeFmtLib.str(e.value(), pm), e.message()))
                .sorted(Comparator.comparing(Row::focus).thenComparing(Row::path).thenComparing(Row::message))
                .toList();
        out.println("does not conform: " + rows.size() + (rows.size() == 1 ? " violation" : " violations"));
        for (Row r : rows) {
            out.println();
            out.println(r.severity() + " on " + r.focus());
            out.println("  path:    " + r.path());
            if (r.value() != null) out.println("  value:   " + r.value());
            out.println("  message: " + r.message());
        }
        out.flush();
    }

    /** One result of the report, formatted. */
    private record Row(String focus, String path, String severity, String value, String message) { }

    private static String severity(ReportEntry e) {
        String iri = e.severity().level().getURI();
        return iri.substring(iri.lastIndexOf('#') + 1);
    }
}
