package org.sitrep.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The PROV-O terms sitrep records in each article graph. */
public final class PROV {
    private PROV() { }

    public static final String NS = "http://www.w3.org/ns/prov#";

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource Entity = r("Entity");
    public static final Resource Activity = r("Activity");
    public static final Resource SoftwareAgent = r("SoftwareAgent");

    public static final Property wasGeneratedBy = p("wasGeneratedBy");
    public static final Property generatedAtTime = p("generatedAtTime");
    public static final Property wasDerivedFrom = p("wasDerivedFrom");
    public static final Property used = p("used");
    public static final Property wasAssociatedWith = p("wasAssociatedWith");
    public static final Property endedAtTime = p("endedAtTime");
}
