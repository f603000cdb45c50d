package org.sitrep.annotate;

/** Marker classes for layers that are not lists of one record type. */
public final class Layers {
    private Layers() { }

    /** The document's entity table ({@link AnnotatedDocument#entities()}) is filled. */
    public static final class ENTITIES { private ENTITIES() { } }

    /** The publication date and publisher are decided ({@link AnnotatedDocument#issued()}, {@link AnnotatedDocument#publisher()}). */
    public static final class PUBLICATION { private PUBLICATION() { } }

    /** Entities carry their Wikidata links. */
    public static final class LINKS { private LINKS() { } }
}
