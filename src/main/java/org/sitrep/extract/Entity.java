package org.sitrep.extract;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.TreeSet;

/**
 * A real-world entity found in one article. Its {@link #key} is global: the same actor or place
 * gets the same key (and so the same IRI) in every article, whatever the spelling met.
 */
public final class Entity {
    /** Global key, lowercase slug such as {@code mosul} or {@code isis}; the IRI is {@code id/<type.segment>/<key>}. */
    public final String key;
    public final EntityType type;
    /** Preferred label (canonical name, in French where one is customary). */
    public String label;
    /** Every surface form met in the text (and lexicon alternatives worth keeping). */
    public final TreeSet<String> altLabels = new TreeSet<>();
    /** Where it is named in the cleaned text. */
    public final List<Span> mentions = new ArrayList<>();
    /** For a person: the role met in the text ("brigadier général", "porte-parole"). */
    public String role;
    /** For a person: key of the Force they belong to, or null. */
    public String affiliation;
    /** Wikidata id (e.g. {@code Q83317}) once linked with enough confidence, else null. */
    public String wikidata;
    /** Confidence of the link in [0,1]. */
    public double linkConfidence;
    /** Coordinates when known (WGS84), else null. */
    public Double lat, lon;
    /** Wikidata id of the country a place lies in, when known. */
    public String country;
    /** Finer kind when known: city, country, governorate, district, neighbourhood, river, dam, army, militia, agency... */
    public String subtype;

    public Entity(String key, EntityType type, String label) {
        this.key = Objects.requireNonNull(key);
        this.type = Objects.requireNonNull(type);
        this.label = Objects.requireNonNull(label);
    }

    /** The global id that decides the IRI: type segment plus key. */
    public String id() { return type.segment + "/" + key; }

    @Override public String toString() { return id() + " \"" + label + "\"" + (wikidata == null ? "" : " " + wikidata); }
}
