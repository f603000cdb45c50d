package org.sitrep.rdf;

import java.time.Instant;
import org.apache.jena.rdf.model.Model;
import org.sitrep.extract.Extraction;

/** Maps one article's extraction to the content of its named graph (statements plus PROV-O provenance). */
public interface ArticleMapper {
    /**
     * @param extraction       what was extracted
     * @param generatedAt      when (provenance)
     * @param extractorVersion which extractor produced it (provenance)
     */
    Model toModel(Extraction extraction, Instant generatedAt, String extractorVersion);

    /** The standard mapping. (Provisional: the article node only.) */
    static ArticleMapper standard() {
        return (x, at, v) -> {
            Model m = org.apache.jena.rdf.model.ModelFactory.createDefaultModel();
            m.createResource(articleIri(x.article().fileName()))
                    .addProperty(org.apache.jena.vocabulary.RDF.type, SR.Article)
                    .addProperty(org.apache.jena.vocabulary.RDF.type, SR.Source)
                    .addProperty(org.apache.jena.vocabulary.DCTerms.identifier, x.article().fileName());
            return m;
        };
    }

    /** The IRI of the article's named graph. */
    static String graphIri(String fileName) {
        return SR.ARTICLE_GRAPH + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** The IRI of the article node. */
    static String articleIri(String fileName) {
        return SR.ID + "article/" + java.net.URLEncoder.encode(fileName, java.nio.charset.StandardCharsets.UTF_8).replace("+", "%20");
    }
}
