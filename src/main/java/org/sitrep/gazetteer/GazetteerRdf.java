package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.datatypes.xsd.XSDDatatype;
import org.apache.jena.rdf.model.Literal;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.ModelFactory;
import org.apache.jena.rdf.model.Property;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.ResourceFactory;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.vocabulary.DCTerms;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.apache.jena.vocabulary.SKOS;
import org.sitrep.rdf.SR;

/** The RDF form of gazetteer entries (the vocabulary of {@code ontology/gazetteer.ttl}), both ways. */
public final class GazetteerRdf {
    private GazetteerRdf() { }

    public static final String GEO = "http://www.opengis.net/ont/geosparql#";
    public static final Property hasGeometry = ResourceFactory.createProperty(GEO + "hasGeometry");
    public static final Property asWKT = ResourceFactory.createProperty(GEO + "asWKT");
    public static final Resource Geometry = ResourceFactory.createResource(GEO + "Geometry");
    public static final String WKT_LITERAL = GEO + "wktLiteral";

    private static final Pattern POINT = Pattern.compile(
            "(?i)\\s*(?:<[^>]*>\\s*)?POINT\\s*\\(\\s*(-?[0-9.eE+-]+)\\s+(-?[0-9.eE+-]+)\\s*\\)\\s*");

    /** Prefixes for writing gazetteer and link graphs, most specific namespaces first. */
    public static Map<String, String> prefixes() {
        Map<String, String> p = new LinkedHashMap<>();
        p.put("place", SR.ID + "place/");
        p.put("force", SR.ID + "force/");
        p.put("outlet", SR.ID + "outlet/");
        p.put("person", SR.ID + "person/");
        p.put("org", SR.ID + "org/");
        p.put("operation", SR.ID + "operation/");
        p.put("sr", SR.NS);
        p.put("wd", SR.WD);
        p.put("geo", GEO);
        p.put("rdf", RDF.getURI());
        p.put("rdfs", RDFS.getURI());
        p.put("owl", OWL.getURI());
        p.put("skos", SKOS.getURI());
        p.put("dcterms", DCTerms.getURI());
        p.put("xsd", "http://www.w3.org/2001/XMLSchema#");
        return p;
    }

    /** The WKT point literal of a coordinate pair: {@code "POINT(lon lat)"^^geo:wktLiteral}. */
    public static Literal wkt(double lat, double lon) {
        return ResourceFactory.createTypedLiteral("POINT(" + num(lon) + " " + num(lat) + ")",
                org.apache.jena.datatypes.TypeMapper.getInstance().getSafeTypeByName(WKT_LITERAL));
    }

    /** Latitude and longitude of a WKT point ({@code POINT(lon lat)}, optionally with a CRS IRI), or null. */
    public static double[] latLon(String wkt) {
        Matcher m = POINT.matcher(wkt);
        if (!m.matches()) return null;
        return new double[] {Double.parseDouble(m.group(2)), Double.parseDouble(m.group(1))};
    }

    private static String num(double d) {
        return java.math.BigDecimal.valueOf(d).setScale(6, java.math.RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** The classes an entry's node carries. */
    public static List<Resource> classes(GazetteerEntry e) {
        return switch (e.segment()) {
            case "place" -> List.of(SR.Place);
            case "force" -> List.of(SR.Force);
            case "operation" -> List.of(SR.Operation);
            case "person" -> List.of(SR.Person, SR.Source);
            case "outlet" -> List.of(SR.MediaOutlet, SR.Source);
            default -> List.of(SR.Source);
        };
    }

    /** Adds the geometry of a place: {@code <iri> geo:hasGeometry <iri/geometry>}, a geo:Geometry with its WKT. */
    public static void addGeometry(Model m, Resource node, double lat, double lon) {
        Resource g = m.createResource(node.getURI() + "/geometry");
        node.addProperty(hasGeometry, g);
        g.addProperty(RDF.type, Geometry);
        g.addLiteral(asWKT, wkt(lat, lon));
    }

    /** Adds one entry; {@code nameLangs} gives the language tag of each name ("" for none). */
    public static void add(Model m, GazetteerEntry e, Map<String, String> nameLangs) { add(m, e, nameLangs, java.util.Set.of()); }

    /**
     * Adds one entry; the names in {@code hidden} become {@code skos:hiddenLabel} (found by lookups, not
     * displayed or matched as the entity's names: an admin unit's bare name that is also its seat city's).
     */
    public static void add(Model m, GazetteerEntry e, Map<String, String> nameLangs, java.util.Set<String> hidden) {
        Resource r = m.createResource(e.iri());
        for (Resource c : classes(e)) r.addProperty(RDF.type, c);
        if (e.labelFr() != null) r.addProperty(RDFS.label, e.labelFr(), "fr");
        if (e.labelEn() != null) r.addProperty(RDFS.label, e.labelEn(), "en");
        for (String n : e.names()) {
            String lang = nameLangs.getOrDefault(n, "");
            boolean isLabel = (n.equals(e.labelFr()) && lang.equals("fr")) || (n.equals(e.labelEn()) && lang.equals("en"));
            if (!isLabel) r.addProperty(hidden.contains(n) ? SKOS.hiddenLabel : SKOS.altLabel, m.createLiteral(n, lang));
        }
        if (e.qid() != null) r.addProperty(OWL.sameAs, m.createResource(e.wikidataIri()));
        if (e.subtype() != null) r.addProperty(SR.subtype, e.subtype());
        if (e.countryQid() != null) r.addProperty(SR.country, m.createResource(SR.WD + e.countryQid()));
        if (e.population() != null) {
            r.addLiteral(SR.population, m.createTypedLiteral(String.valueOf(e.population()), XSDDatatype.XSDinteger));
        }
        if (e.lat() != null && e.lon() != null) addGeometry(m, r, e.lat(), e.lon());
    }

    /** Reads the entries of a gazetteer model (nodes typed sr:Place, sr:Force, sr:Source or sr:Operation). */
    public static List<GazetteerEntry> read(Model m) {
        TreeSet<String> iris = new TreeSet<>();
        for (Resource c : List.of(SR.Place, SR.Force, SR.Source, SR.Operation)) {
            m.listSubjectsWithProperty(RDF.type, c).forEachRemaining(s -> { if (s.isURIResource()) iris.add(s.getURI()); });
        }
        List<GazetteerEntry> out = new ArrayList<>();
        for (String iri : iris) {
            Resource r = m.getResource(iri);
            String type = r.hasProperty(RDF.type, SR.Place) ? "Place" : r.hasProperty(RDF.type, SR.Force) ? "Force"
                    : r.hasProperty(RDF.type, SR.Operation) ? "Operation" : "Source";
            String labelFr = null, labelEn = null;
            TreeSet<String> names = new TreeSet<>();
            for (Statement st : r.listProperties(RDFS.label).toList()) {
                Literal l = st.getLiteral();
                names.add(l.getLexicalForm());
                if (l.getLanguage().equals("fr")) labelFr = l.getLexicalForm();
                else if (l.getLanguage().equals("en")) labelEn = l.getLexicalForm();
            }
            r.listProperties(SKOS.altLabel).forEachRemaining(st -> names.add(st.getLiteral().getLexicalForm()));
            r.listProperties(SKOS.hiddenLabel).forEachRemaining(st -> names.add(st.getLiteral().getLexicalForm()));
            String qid = wikidataId(r.getPropertyResourceValue(OWL.sameAs));
            String country = wikidataId(r.getPropertyResourceValue(SR.country));
            Statement sub = r.getProperty(SR.subtype);
            Statement pop = r.getProperty(SR.population);
            Double lat = null, lon = null;
            Resource g = r.getPropertyResourceValue(hasGeometry);
            if (g != null && g.hasProperty(asWKT)) {
                double[] ll = latLon(g.getProperty(asWKT).getString());
                if (ll != null) { lat = ll[0]; lon = ll[1]; }
            }
            String key = iri.substring(iri.lastIndexOf('/') + 1);
            out.add(new GazetteerEntry(qid, key, type, sub == null ? null : sub.getString(), labelFr, labelEn,
                    java.util.Collections.unmodifiableSet(names), country, lat, lon, pop == null ? null : pop.getLong()));
        }
        return out;
    }

    /** {@code Q83317} from {@code http://www.wikidata.org/entity/Q83317}, or null. */
    public static String wikidataId(RDFNode n) {
        if (n == null || !n.isURIResource() || !n.asResource().getURI().startsWith(SR.WD)) return null;
        return n.asResource().getURI().substring(SR.WD.length());
    }

    /** An empty model with the gazetteer prefixes set. */
    public static Model newModel() {
        Model m = ModelFactory.createDefaultModel();
        m.setNsPrefixes(prefixes());
        return m;
    }
}
