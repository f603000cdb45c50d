package org.sitrep.rdf;

import org.apache.jena.riot.system.PrefixMap;
import org.apache.jena.riot.system.PrefixMapFactory;
import org.apache.jena.shared.PrefixMapping;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.apache.jena.vocabulary.XSD;

/** The prefixes of the contract, used by every writer and by the query command. */
public final class Prefixes {
    private Prefixes() { }

    /** A fresh, locked mapping: sr, id, graph, wd, rdf, rdfs, owl, skos, dcterms, xsd, prov, geo. */
    public static PrefixMapping standard() {
        return PrefixMapping.Factory.create()
                .setNsPrefix("sr", SR.NS)
                .setNsPrefix("id", SR.ID)
                .setNsPrefix("graph", SR.GRAPH)
                .setNsPrefix("wd", SR.WD)
                .setNsPrefix("rdf", RDF.getURI())
                .setNsPrefix("rdfs", RDFS.getURI())
                .setNsPrefix("owl", OWL.getURI())
                .setNsPrefix("skos", SKOS.getURI())
                .setNsPrefix("dcterms", DCTerms.getURI())
                .setNsPrefix("xsd", XSD.getURI())
                .setNsPrefix("prov", PROV.NS)
                .setNsPrefix("geo", GEO.NS)
                .lock();
    }

    /** The same prefixes as a RIOT {@link PrefixMap}. */
    public static PrefixMap standardMap() {
        return PrefixMapFactory.create(standard());
    }
}
