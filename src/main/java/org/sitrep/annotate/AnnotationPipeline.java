package org.sitrep.annotate;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.doc.Article;
import org.sitrep.extract.Extraction;
import org.sitrep.extract.Extractor;

/** Runs annotators in order; refuses an order in which an annotator would miss a layer it requires. */
public final class AnnotationPipeline implements Extractor {
    private final List<Annotator> annotators;
    private final String version;

    public AnnotationPipeline(String version, List<Annotator> annotators) {
        this.version = version;
        this.annotators = List.copyOf(annotators);
        Set<Class<?>> available = new HashSet<>();
        for (Annotator a : this.annotators) {
            for (Class<?> need : a.requires()) {
                if (!available.contains(need)) {
                    throw new IllegalArgumentException(a.getClass().getSimpleName() + " requires "
                            + need.getSimpleName() + ", which no earlier annotator produces");
                }
            }
            available.addAll(a.produces());
        }
    }

    @Override public Extraction extract(Article article) {
        AnnotatedDocument doc = new AnnotatedDocument(article);
        for (Annotator a : annotators) {
            a.annotate(doc);
            for (Class<?> p : a.produces()) doc.markPresent(p);
        }
        return doc.toExtraction();
    }

    @Override public String version() { return version; }

    public List<Annotator> annotators() { return annotators; }
}
