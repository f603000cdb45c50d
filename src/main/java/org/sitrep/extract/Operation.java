package org.sitrep.extract;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A military operation, offensive, battle, assault or siege reported by an article.
 * {@link #key} is global, so the Mosul offensive is one node across articles.
 */
public final class Operation {
    public final String key;
    public String label;
    public final Set<String> altLabels = new LinkedHashSet<>();
    /** Entity ids ({@link Entity#id()}) of the places it is against or at. */
    public final Set<String> targets = new LinkedHashSet<>();
    /** Entity ids of the forces conducting it. */
    public final Set<String> participants = new LinkedHashSet<>();
    /** Entity ids of the forces it is against. */
    public final Set<String> opponents = new LinkedHashSet<>();
    public LocalDate startDate;
    /** Key of a wider operation it is part of, or null. */
    public String partOf;
    public String wikidata;
    /** Where it is named in the cleaned text. */
    public final List<Span> mentions = new ArrayList<>();

    public Operation(String key, String label) {
        this.key = key;
        this.label = label;
    }
}
