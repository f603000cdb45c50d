package org.sitrep.rdf;

import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;

/** The sitrep ontology's terms ({@code ontology/sitrep.ttl}) and the IRI spaces of the contract. */
public final class SR {
    private SR() { }

    public static final String NS = "https://w3id.org/sitrep/ontology#";
    public static final String ID = "https://w3id.org/sitrep/id/";
    public static final String GRAPH = "https://w3id.org/sitrep/graph/";
    /** Named graph of one article: {@code ARTICLE_GRAPH + encoded file name}. */
    public static final String ARTICLE_GRAPH = GRAPH + "article/";
    /** Named graph of the gazetteer (shared entity descriptions and Wikidata facts). */
    public static final String GAZETTEER_GRAPH = GRAPH + "gazetteer";
    /** Named graph of links made after ingest ({@code sitrep link}). */
    public static final String LINKS_GRAPH = GRAPH + "links";
    public static final String WD = "http://www.wikidata.org/entity/";

    private static Resource r(String local) { return ResourceFactory.createResource(NS + local); }
    private static Property p(String local) { return ResourceFactory.createProperty(NS + local); }

    public static final Resource Article = r("Article");
    public static final Resource Source = r("Source");
    public static final Resource MediaOutlet = r("MediaOutlet");
    public static final Resource Person = r("Person");
    public static final Resource SocialAccount = r("SocialAccount");
    public static final Resource Place = r("Place");
    public static final Resource Force = r("Force");
    public static final Resource Operation = r("Operation");
    public static final Resource Claim = r("Claim");
    public static final Resource Figure = r("Figure");
    public static final Resource DirectQuote = r("DirectQuote");
    public static final Resource ReportedSpeech = r("ReportedSpeech");
    /** The class of {@link #DirectQuote} and {@link #ReportedSpeech}. */
    public static final Resource ClaimType = r("ClaimType");

    public static final Property publisher = p("publisher");
    public static final Property mentions = p("mentions");
    public static final Property role = p("role");
    public static final Property affiliation = p("affiliation");
    public static final Property target = p("target");
    public static final Property participant = p("participant");
    public static final Property opponent = p("opponent");
    public static final Property startDate = p("startDate");
    public static final Property partOf = p("partOf");
    public static final Property claimant = p("claimant");
    public static final Property relayedBy = p("relayedBy");
    public static final Property reportedIn = p("reportedIn");
    public static final Property text = p("text");
    public static final Property about = p("about");
    public static final Property claimType = p("claimType");
    public static final Property evidenceStart = p("evidenceStart");
    public static final Property evidenceEnd = p("evidenceEnd");
    public static final Property figure = p("figure");
    public static final Property value = p("value");
    public static final Property unit = p("unit");
    public static final Property qualifier = p("qualifier");
    public static final Property cleanedText = p("cleanedText");
    public static final Property subtype = p("subtype");
    public static final Property country = p("country");
    public static final Property population = p("population");
    public static final Property linkConfidence = p("linkConfidence");
    /** SHA-256 (hex) of an input file's raw bytes (provenance). */
    public static final Property sha256 = p("sha256");
    /** The path an input file was read from, as given on the command line (provenance). */
    public static final Property path = p("path");
}
