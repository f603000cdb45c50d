package org.sitrep.extract;

import org.sitrep.doc.Article;

/** Turns one cleaned article into entities, operations and claims. Stateless and thread-safe. */
public interface Extractor {
    Extraction extract(Article article);

    /** A version string recorded in provenance, e.g. {@code rules-1}. */
    String version();
}
