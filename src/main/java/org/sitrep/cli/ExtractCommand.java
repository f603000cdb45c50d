package org.sitrep.cli;

import java.nio.file.Path;
import java.time.Instant;
import java.util.concurrent.Callable;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.Quad;
import org.sitrep.annotate.Extractors;
import org.sitrep.doc.Article;
import org.sitrep.export.SortedRdfWriter;
import org.sitrep.extract.Extractor;
import org.sitrep.rdf.ArticleMapper;
import org.sitrep.rdf.Prefixes;
import org.sitrep.read.InputException;
import org.sitrep.read.Readers;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code sitrep extract FILE}: the TriG one article would produce, without touching any store. */
@Command(name = "extract", mixinStandardHelpOptions = true,
        description = "Prints the RDF (TriG, sorted, with prefixes) one article would produce, touching no store.")
public final class ExtractCommand implements Callable<Integer> {
    @Spec CommandLine.Model.CommandSpec spec;

    @Parameters(paramLabel = "FILE", description = "A .txt, .html or .htm article.")
    Path file;

    @Override public Integer call() throws InputException {
        if (!Readers.isSupported(file)) throw new InputException(file.toString(), "unsupported file type (expected .txt, .html or .htm)");
        Article article = Readers.read(file);
        Extractor extractor = Extractors.standard();
        Model model = ArticleMapper.standard().toModel(extractor.extract(article), Instant.now(), extractor.version());
        var graph = NodeFactory.createURI(ArticleMapper.graphIri(article.fileName()));
        new SortedRdfWriter(Prefixes.standardMap())
                .writeTrig(model.getGraph().find().mapWith(t -> Quad.create(graph, t)), spec.commandLine().getOut());
        spec.commandLine().getOut().flush();
        return 0;
    }
}
