package org.sitrep.rdf;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.apache.jena.rdf.model.Model;
import org.sitrep.extract.Extraction;
import org.sitrep.extract.Span;

/** Maps one article's extraction to the content of its named graph (statements plus PROV-O provenance). */
public interface ArticleMapper {
    /**
     * @param extraction       what was extracted
     * @param generatedAt      when (provenance)
     * @param extractorVersion which extractor produced it (provenance)
     */
    Model toModel(Extraction extraction, Instant generatedAt, String extractorVersion);

    /** The standard mapping of the contract ({@link StandardArticleMapper}). */
    static ArticleMapper standard() {
        return new StandardArticleMapper();
    }

    /** The IRI of the article's named graph. */
    static String graphIri(String fileName) {
        return SR.ARTICLE_GRAPH + encode(fileName);
    }

    /** The IRI of the article node. */
    static String articleIri(String fileName) {
        return SR.ID + "article/" + encode(fileName);
    }

    /** The IRI of the claim whose evidence is {@code evidence} in the article read from {@code fileName}. */
    static String claimIri(String fileName, Span evidence) {
        return SR.ID + "claim/" + encode(fileName) + "/" + evidence.start() + "-" + evidence.end();
    }

    /** A file name as one IRI path segment (percent-encoded UTF-8, spaces as %20). */
    static String encode(String fileName) {
        return URLEncoder.encode(fileName, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
