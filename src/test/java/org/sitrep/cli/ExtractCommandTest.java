package org.sitrep.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.query.SparqlRunner;
import picocli.CommandLine;
import org.sitrep.rdf.ArticleMapper;

class ExtractCommandTest {
    @Test void printsTheArticleGraphAsTrig(@TempDir Path tmp) throws IOException {
        Path file = tmp.resolve("123_sample.txt");
        Files.writeString(file, "Mossoul : l'offensive continue\n\nLes forces irakiennes avancent dans l'est de Mossoul.\n");
        StringWriter out = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setOut(new PrintWriter(out));
        assertEquals(0, cl.execute("extract", file.toString()));
        assertTrue(out.toString().startsWith("@prefix dcterms:"), out.toString());

        DatasetGraph dsg = RDFParser.fromString(out.toString(), Lang.TRIG).toDatasetGraph();
        assertTrue(dsg.containsGraph(NodeFactory.createURI(ArticleMapper.graphIri("123_sample.txt"))));
        assertEquals(0, dsg.getDefaultGraph().size());
        String ask = "ASK { GRAPH ?g { ?a a sr:Article ; dcterms:identifier \"123_sample.txt\" ; sr:cleanedText ?t ."
                + " ?g prov:wasDerivedFrom ?f . ?f sr:sha256 ?sha } }";
        try (QueryExecution qe = QueryExecution.dataset(DatasetFactory.wrap(dsg)).query(SparqlRunner.parse(ask)).build()) {
            assertTrue(qe.execAsk());
        }
    }

    @Test void missingOrUnsupportedFileExit1(@TempDir Path tmp) throws IOException {
        StringWriter err = new StringWriter();
        CommandLine cl = Main.commandLine();
        cl.setErr(new PrintWriter(err));
        assertEquals(1, cl.execute("extract", tmp.resolve("absent.txt").toString()));
        assertTrue(err.toString().contains("absent.txt"), err.toString());
        Path pdf = Files.writeString(tmp.resolve("a.pdf"), "x");
        assertEquals(1, cl.execute("extract", pdf.toString()));
        assertTrue(err.toString().contains("a.pdf: unsupported"), err.toString());
    }
}
