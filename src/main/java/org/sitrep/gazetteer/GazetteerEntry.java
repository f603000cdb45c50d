package org.sitrep.gazetteer;

import java.util.Set;

/**
 * One verified entity of the gazetteer.
 *
 * @param qid        Wikidata id, e.g. {@code Q83317}
 * @param key        sitrep's global key for it (slug, e.g. {@code mosul}); decides the IRI
 * @param type       {@code Place}, {@code Force}, {@code Source} or {@code Operation}
 * @param subtype    country, governorate, district, city, town, neighbourhood, river, armed-group, news-agency, person...
 * @param labelFr    French label (the press spelling), or null
 * @param labelEn    English label, or null
 * @param names      every name it is known by (labels, aliases, press spellings, transliterations)
 * @param countryQid Wikidata id of its country, or null
 * @param lat        latitude, or null
 * @param lon        longitude, or null
 * @param population population, or null
 */
public record GazetteerEntry(String qid, String key, String type, String subtype, String labelFr, String labelEn,
                             Set<String> names, String countryQid, Double lat, Double lon, Long population) {
    public String label() { return labelFr != null ? labelFr : labelEn != null ? labelEn : key; }

    /** The IRI path segment of its type: place, force, outlet, person, org or operation. */
    public String segment() {
        return switch (type) {
            case "Place" -> "place";
            case "Force" -> "force";
            case "Operation" -> "operation";
            default -> "person".equals(subtype) ? "person"
                    : "international-organization".equals(subtype) || "organization".equals(subtype) ? "org" : "outlet";
        };
    }

    /** Its sitrep IRI, {@code https://w3id.org/sitrep/id/<segment>/<key>}. */
    public String iri() { return org.sitrep.rdf.SR.ID + segment() + "/" + key; }

    /** Its Wikidata IRI, or null when it has no Q-id. */
    public String wikidataIri() { return qid == null ? null : org.sitrep.rdf.SR.WD + qid; }
}
