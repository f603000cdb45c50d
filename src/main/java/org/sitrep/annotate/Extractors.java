package org.sitrep.annotate;

import java.util.List;
import org.sitrep.extract.Extractor;

/** The extractors sitrep ships. */
public final class Extractors {
    private Extractors() { }

    /** The standard rule-and-lexicon extractor. */
    public static Extractor standard() {
        return new AnnotationPipeline("rules-0", List.of());
    }
}
