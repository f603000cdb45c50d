package org.sitrep.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The GeoSPARQL terms sitrep uses for coordinates. */
public final class GEO {
    private GEO() { }

    public static final String NS = "http://www.opengis.net/ont/geosparql#";

    public static final Resource Geometry = ResourceFactory.createResource(NS + "Geometry");
    public static final Property hasGeometry = ResourceFactory.createProperty(NS + "hasGeometry");
    public static final Property asWKT = ResourceFactory.createProperty(NS + "asWKT");
    /** The datatype IRI of WKT literals. */
    public static final String wktLiteral = NS + "wktLiteral";
}
