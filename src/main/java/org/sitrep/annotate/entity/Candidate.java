package org.sitrep.annotate.entity;

import org.sitrep.extract.EntityType;

/**
 * A proposed entity mention, before overlaps are resolved (longest first, then priority).
 * Fields beyond the span are what the entity gets when the candidate is kept.
 */
final class Candidate {
    /** Priorities for equal-length candidates: the dictionary outranks patterns. */
    static final int LEXICON = 3, CONTEXT = 2, PERSON = 1;

    final int start, end, priority;
    final EntityType type;
    final String key;
    final String label;
    String wikidata;
    String subtype;
    Double lat, lon;
    String country;
    /** For a person: the role phrase and where it lies (to look for an affiliation inside). */
    String role;
    int roleStart = -1, roleEnd = -1;
    /** Extra names worth keeping beside the surface form (the full facility phrase...). */
    String extraName;

    Candidate(int start, int end, int priority, EntityType type, String key, String label) {
        this.start = start;
        this.end = end;
        this.priority = priority;
        this.type = type;
        this.key = key;
        this.label = label;
    }

    int length() { return end - start; }

    String id() { return type.segment + "/" + key; }
}
