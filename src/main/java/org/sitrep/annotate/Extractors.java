package org.sitrep.annotate;

import java.util.List;
import org.sitrep.annotate.entity.EntityAnnotator;
import org.sitrep.annotate.text.SentenceAnnotator;
import org.sitrep.annotate.time.TimeAnnotator;
import org.sitrep.extract.Extractor;
import org.sitrep.gazetteer.Gazetteer;

/** The extractors sitrep ships. */
public final class Extractors {
    private Extractors() { }

    /** The standard rule-and-lexicon extractor over the standard gazetteer. */
    public static Extractor standard() {
        return standard(standardGazetteer());
    }

    /** The standard rule-and-lexicon extractor over the given gazetteer of places. */
    public static Extractor standard(Gazetteer gazetteer) {
        return new AnnotationPipeline("rules-1", annotators(gazetteer));
    }

    /**
     * The standard annotators, in order — the one place where the pipeline is assembled:
     * sentences → entities → dates and publication → (claims, operations) → (Wikidata links).
     */
    public static List<Annotator> annotators(Gazetteer gazetteer) {
        return List.of(
                new SentenceAnnotator(),
                new EntityAnnotator(gazetteer),
                new TimeAnnotator());
    }

    /** {@code Gazetteer.standard()} once the gazetteer package provides it, else the empty gazetteer. */
    private static Gazetteer standardGazetteer() {
        try {
            return (Gazetteer) Gazetteer.class.getMethod("standard").invoke(null);
        } catch (ReflectiveOperationException e) {
            return Gazetteer.empty();
        }
    }
}
