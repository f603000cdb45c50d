package org.sitrep.extract;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** A statement the article attributes to someone, with its evidence in the cleaned text. */
public final class Claim {
    public enum Kind { DIRECT_QUOTE, REPORTED_SPEECH }

    /** Entity id ({@link Entity#id()}) of whom it is attributed to, or null when the text names nobody. */
    public String claimant;
    /** Entity ids of sources that relay it (an outlet citing a general): kept as provenance. */
    public final Set<String> relays = new LinkedHashSet<>();
    public Kind kind;
    /** The claim's own words as written (the quote's content or the reported clause). */
    public final Span evidence;
    public final String text;
    /** Entity ids the claim is about. */
    public final Set<String> about = new LinkedHashSet<>();
    /** Figures stated inside the claim (casualties, displaced, villages, percentages). */
    public final List<Figure> figures = new ArrayList<>();

    public Claim(Kind kind, Span evidence, String text) {
        this.kind = kind;
        this.evidence = evidence;
        this.text = text;
    }

    /**
     * A figure inside a claim: {@code value} of {@code unit} ("personne", "village", "%", "djihadiste").
     * {@code qualifier} is e.g. "au moins", "environ", or null.
     */
    public record Figure(double value, String unit, String qualifier, Span span) { }
}
