package org.sitrep.extract;

/** The kinds of named entity sitrep extracts; each maps to one ontology class (see {@code org.sitrep.rdf.SR}). */
public enum EntityType {
    PLACE("place"),
    FORCE("force"),
    /** A news outlet or agency (sr:MediaOutlet). */
    MEDIA_OUTLET("outlet"),
    /** A named person who speaks (sr:Person). */
    PERSON("person"),
    /** An embedded post's account (sr:SocialAccount). */
    SOCIAL_ACCOUNT("account"),
    /** An office or organisation that speaks but is not armed (a ministry, the UN, an NGO): plain sr:Source. */
    ORGANIZATION("org");

    /** The path segment of the entity's IRI, e.g. {@code https://w3id.org/sitrep/id/place/mosul}. */
    public final String segment;

    EntityType(String segment) { this.segment = segment; }
}
