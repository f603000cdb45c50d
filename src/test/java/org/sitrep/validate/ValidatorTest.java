package org.sitrep.validate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.shacl.ValidationReport;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.tdb2.DatabaseMgr;
import org.apache.jena.vocabulary.DCTerms;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.cli.Main;
import org.sitrep.rdf.ArticleMapper;
import org.sitrep.rdf.SR;
import org.sitrep.rdf.SampleExtraction;
import picocli.CommandLine;

class ValidatorTest {
    private static final String FILE = "007_sample.txt";

    /** The sample graph minus the claim's sr:reportedIn and the article's dcterms:identifier. */
    private static Model broken() {
        Model m = SampleExtraction.model(FILE);
        m.removeAll(null, SR.reportedIn, null);
        m.removeAll(null, DCTerms.identifier, null);
        m.add(m.createResource(ArticleMapper.graphIri(FILE) + "-unused"), DCTerms.identifier, "kept on a non-article node");
        return m;
    }

    private static DatasetGraph store(Path dir, Model articleGraph) {
        DatasetGraph dsg = DatabaseMgr.connectDatasetGraph(dir.toString());
        Txn.executeWrite(dsg, () -> {
            dsg.addGraph(NodeFactory.createURI(ArticleMapper.graphIri(FILE)), articleGraph.getGraph());
            dsg.addGraph(NodeFactory.createURI(SR.GRAPH + "ontology"), RDFDataMgr.loadGraph("ontology/sitrep.ttl"));
        });
        return dsg;
    }

    @Test void sampleConforms() {
        ValidationReport report = Validator.standard().validate(SampleExtraction.model(FILE).getGraph());
        assertTrue(report.conforms(), () -> report(report));
    }

    @Test void brokenGraphDoesNot() {
        ValidationReport report = Validator.standard().validate(broken().getGraph());
        assertFalse(report.conforms());
        String text = report(report);
        assertEquals(2, report.getEntries().size(), text);
        assertTrue(text.contains("sr:reportedIn"), text);
        assertTrue(text.contains("dcterms:identifier"), text);
        assertTrue(text.contains("<https://w3id.org/sitrep/id/article/007_sample.txt>"), text);
    }

    @Test void mismatchedEvidenceOffsetsAreReported() {
        Model m = SampleExtraction.model(FILE);
        Resource claim = m.listSubjectsWithProperty(SR.evidenceStart).next();
        m.removeAll(claim, SR.evidenceStart, null);
        claim.addLiteral(SR.evidenceStart, m.createTypedLiteral(-5));
        assertFalse(Validator.standard().validate(m.getGraph()).conforms());
    }

    @Test void validateCommandOnStores(@TempDir Path good, @TempDir Path bad) {
        store(good, SampleExtraction.model(FILE));
        store(bad, broken());
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("validate", "--store", good.toString()), out::toString);
        assertTrue(out.toString().startsWith("conforms"), out.toString());

        StringWriter out2 = new StringWriter();
        CommandLine cl2 = Main.commandLine();
        cl2.setOut(new PrintWriter(out2));
        assertEquals(1, cl2.execute("validate", "--store", bad.toString()));
        assertTrue(out2.toString().startsWith("does not conform: 2 violations"), out2.toString());
    }

    @Test void missingStoreIsAOneLineError(@TempDir Path tmp) {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(1, cl.execute("validate", "--store", tmp.resolve("none").toString()));
        assertEquals(1, err.toString().strip().lines().count(), err.toString());
    }

    private static String report(ValidationReport r) {
        StringWriter w = new StringWriter();
        Validator.print(r, new PrintWriter(w));
        return w.toString();
    }
}
