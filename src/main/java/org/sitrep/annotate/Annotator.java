package org.sitrep.annotate;

import java.util.Set;

/**
 * One step of extraction, in the manner of CoreNLP's annotators: it declares the layers it
 * needs and the layers it adds, and {@link AnnotationPipeline} checks the order at construction.
 */
public interface Annotator {
    /** Layers (annotation classes, or marker classes such as {@link Layers#ENTITIES}) that must exist before it runs. */
    Set<Class<?>> requires();

    /** Layers it adds to the document. */
    Set<Class<?>> produces();

    void annotate(AnnotatedDocument doc);
}
