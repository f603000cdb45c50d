package org.sitrep.link;

import org.apache.jena.geosparql.configuration.GeoSPARQLConfig;

/**
 * Geography helpers. {@link #init()} registers the GeoSPARQL functions ({@code geof:distance}...) with
 * Jena's query engine; whatever runs SPARQL over the store (the {@code query} command, the Fuseki
 * server) calls it once before its first query.
 */
public final class Geo {
    private Geo() { }

    private static volatile boolean initialised;

    /** Registers the GeoSPARQL functions and property functions, without spatial index; idempotent. */
    public static synchronized void init() {
        if (!initialised) {
            GeoSPARQLConfig.setupNoIndex();
            initialised = true;
        }
    }

    /** Great-circle distance in kilometres between two WGS84 points. */
    public static double distanceKm(double lat1, double lon1, double lat2, double lon2) {
        double p1 = Math.toRadians(lat1), p2 = Math.toRadians(lat2);
        double dp = p2 - p1, dl = Math.toRadians(lon2 - lon1);
        double a = Math.sin(dp / 2) * Math.sin(dp / 2) + Math.cos(p1) * Math.cos(p2) * Math.sin(dl / 2) * Math.sin(dl / 2);
        return 6371.0 * 2 * Math.atan2(Math.sqrt(a), Math.sqrt(1 - a));
    }
}
