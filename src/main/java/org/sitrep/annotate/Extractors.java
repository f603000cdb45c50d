package org.sitrep.annotate;

import java.util.List;
import org.sitrep.annotate.claim.QuoteAnnotator;
import org.sitrep.annotate.claim.ReportedSpeechAnnotator;
import org.sitrep.annotate.entity.EntityAnnotator;
import org.sitrep.annotate.operation.OperationAnnotator;
import org.sitrep.annotate.text.SentenceAnnotator;
import org.sitrep.annotate.time.TimeAnnotator;
import org.sitrep.extract.Extractor;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.IndexedGazetteer;
import org.sitrep.link.GazetteerLinker;

/** The extractors sitrep ships. */
public final class Extractors {
    private Extractors() { }

    /** The standard rule-and-lexicon extractor over the standard gazetteer. */
    public static Extractor standard() {
        return standard(Gazetteer.standard());
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
                new TimeAnnotator(),
                new QuoteAnnotator(),
                new ReportedSpeechAnnotator(),
                new OperationAnnotator(),
                new GazetteerLinker(gazetteer instanceof IndexedGazetteer ig ? ig : new IndexedGazetteer(gazetteer.entries())));
    }
}
