package org.sitrep.annotate;

import org.sitrep.extract.Span;

/** A sentence (or a heading / paragraph line) of the cleaned text. */
public record Sentence(Span span) { }
