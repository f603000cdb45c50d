package org.sitrep.annotate;

import org.sitrep.extract.Span;

/** A place in the text where an entity of the document's entity table is named. */
public record Mention(Span span, String entityId) { }
