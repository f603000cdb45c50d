package org.sitrep.link;

import org.sitrep.extract.Entity;

/**
 * A decided link of one entity: its Wikidata id (null when the best match is a gazetteer entry
 * without Q-id, which still gives coordinates, country and subtype) and what comes with it.
 *
 * @param entityId   {@link Entity#id()} of the entity linked
 * @param qid        Wikidata id, or null
 * @param confidence in [0,1]
 * @param lat        latitude, or null
 * @param lon        longitude, or null
 * @param country    Wikidata id of the country, or null
 * @param subtype    finer kind (city, governorate...), or null
 * @param label      label of the matched record, for reports
 */
public record Link(String entityId, String qid, double confidence, Double lat, Double lon, String country,
                   String subtype, String label) {
    /** Copies the link's facts onto the entity (never overwriting a Wikidata id already set). */
    public void applyTo(Entity e) {
        if (e.wikidata == null && qid != null) {
            e.wikidata = qid;
            e.linkConfidence = confidence;
        }
        if (e.lat == null && lat != null && lon != null) { e.lat = lat; e.lon = lon; }
        if (e.country == null) e.country = country;
        if (e.subtype == null) e.subtype = subtype;
    }
}
