package org.sitrep.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.RDFNode;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.gazetteer.GazetteerRdf;

/**
 * Live linking through a Wikidata-compatible SPARQL endpoint: items whose French or English label
 * or alias equals one of the entity's names, kept when their kind fits the entity (a place has
 * coordinates, a person is an instance of human, an actor has no coordinates), preferring items in
 * the article's country. A link is made only when one item remains.
 */
public final class WikidataLinker implements Linker {
    /** Instance-of classes never linked to: Wikimedia disambiguation pages, lists, categories. */
    private static final Set<String> NOT_ENTITIES = Set.of("Q4167410", "Q13406463", "Q4167836");
    private static final Set<String> THEATRE = Set.of("Q796", "Q858");
    private static final int MAX_NAMES = 8;

    private final WikidataClient client;

    public WikidataLinker(WikidataClient client) { this.client = client; }

    /** What the endpoint says about one item. */
    private static final class Item {
        final String qid;
        boolean byLabel;
        final Set<String> classes = new TreeSet<>(), countries = new TreeSet<>();
        Double lat, lon;
        String labelFr, labelEn;

        Item(String qid) { this.qid = qid; }
    }

    @Override public Map<String, Link> link(Collection<Entity> entities, String context) {
        String dominant = GazetteerLinker.dominantCountry(context == null ? "" : context);
        Map<String, Link> out = new TreeMap<>();
        for (Entity e : entities) {
            if (e.type == EntityType.SOCIAL_ACCOUNT) continue;
            List<Item> items = e.wikidata != null ? describe(e.wikidata) : search(names(e));
            if (e.wikidata != null) {
                items.stream().findFirst().ifPresent(i -> out.put(e.id(), link(e, i, e.linkConfidence)));
                continue;
            }
            List<Item> fit = items.stream().filter(i -> fits(e.type, i)).toList();
            if (fit.size() > 1) {
                List<Item> local = fit.stream().filter(i -> dominant != null ? i.countries.contains(dominant)
                        : i.countries.stream().anyMatch(THEATRE::contains)).toList();
                if (!local.isEmpty()) fit = local;
            }
            if (fit.size() > 1) {
                List<Item> byLabel = fit.stream().filter(i -> i.byLabel).toList();
                if (byLabel.size() == 1) fit = byLabel;
            }
            if (fit.size() != 1) continue;
            Item best = fit.get(0);
            double confidence = (best.byLabel ? 0.9 : 0.8) * (items.size() == 1 ? 1 : 0.95);
            out.put(e.id(), link(e, best, Math.round(confidence * 1000) / 1000.0));
        }
        return out;
    }

    private static Link link(Entity e, Item i, double confidence) {
        String country = i.countries.size() == 1 ? i.countries.iterator().next() : null;
        return new Link(e.id(), i.qid, confidence, i.lat, i.lon, country, null, i.labelFr != null ? i.labelFr : i.labelEn);
    }

    private static List<String> names(Entity e) {
        List<String> names = new ArrayList<>();
        names.add(e.label);
        for (String a : e.altLabels) if (names.size() < MAX_NAMES && !names.contains(a)) names.add(a);
        return names;
    }

    private static boolean fits(EntityType t, Item i) {
        if (i.classes.stream().anyMatch(NOT_ENTITIES::contains)) return false;
        boolean human = i.classes.contains("Q5");
        return switch (t) {
            case PLACE -> i.lat != null;
            case PERSON -> human;
            default -> !human && i.lat == null;
        };
    }

    private List<Item> search(List<String> names) {
        StringBuilder values = new StringBuilder();
        for (String n : names) {
            String lit = "\"" + n.replace("\\", "\\\\").replace("\"", "\\\"") + "\"";
            values.append(' ').append(lit).append("@fr ").append(lit).append("@en");
        }
        return items(PREFIXES + """
                SELECT ?item ?how ?p31 ?country ?coord ?labelFr ?labelEn WHERE {
                  VALUES ?name {%s }
                  { ?item rdfs:label ?name BIND("label" AS ?how) } UNION { ?item skos:altLabel ?name BIND("alias" AS ?how) }
                  FILTER(STRSTARTS(STR(?item), "http://www.wikidata.org/entity/Q"))
                  OPTIONAL { ?item wdt:P31 ?p31 }
                  OPTIONAL { ?item wdt:P17 ?country }
                  OPTIONAL { ?item wdt:P625 ?coord }
                  OPTIONAL { ?item rdfs:label ?labelFr FILTER(LANG(?labelFr) = "fr") }
                  OPTIONAL { ?item rdfs:label ?labelEn FILTER(LANG(?labelEn) = "en") }
                } LIMIT 500""".formatted(values));
    }

    private List<Item> describe(String qid) {
        return items(PREFIXES + """
                SELECT ?item ?how ?p31 ?country ?coord ?labelFr ?labelEn WHERE {
                  VALUES ?item { wd:%s } BIND("label" AS ?how)
                  OPTIONAL { ?item wdt:P31 ?p31 }
                  OPTIONAL { ?item wdt:P17 ?country }
                  OPTIONAL { ?item wdt:P625 ?coord }
                  OPTIONAL { ?item rdfs:label ?labelFr FILTER(LANG(?labelFr) = "fr") }
                  OPTIONAL { ?item rdfs:label ?labelEn FILTER(LANG(?labelEn) = "en") }
                } LIMIT 100""".formatted(qid)).stream().filter(i -> i.labelFr != null || i.labelEn != null || i.lat != null).toList();
    }

    static final String PREFIXES = """
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX wdt: <http://www.wikidata.org/prop/direct/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            PREFIX schema: <http://schema.org/>
            """;

    private List<Item> items(String query) {
        Map<String, Item> items = new TreeMap<>();
        for (Map<String, RDFNode> row : client.select(query)) {
            String qid = GazetteerRdf.wikidataId(row.get("item"));
            if (qid == null) continue;
            Item i = items.computeIfAbsent(qid, Item::new);
            if (row.get("how") != null && "label".equals(row.get("how").asLiteral().getString())) i.byLabel = true;
            String c = GazetteerRdf.wikidataId(row.get("p31"));
            if (c != null) i.classes.add(c);
            String k = GazetteerRdf.wikidataId(row.get("country"));
            if (k != null) i.countries.add(k);
            if (row.get("coord") != null && row.get("coord").isLiteral() && i.lat == null) {
                double[] ll = GazetteerRdf.latLon(row.get("coord").asLiteral().getLexicalForm());
                if (ll != null) { i.lat = ll[0]; i.lon = ll[1]; }
            }
            if (row.get("labelFr") != null) i.labelFr = row.get("labelFr").asLiteral().getString();
            if (row.get("labelEn") != null) i.labelEn = row.get("labelEn").asLiteral().getString();
        }
        return new ArrayList<>(items.values());
    }
}
