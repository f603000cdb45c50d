package org.sitrep.link;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.jena.rdf.model.RDFNode;
import org.sitrep.gazetteer.GazetteerRdf;

/**
 * Fetches the places of some countries from a Wikidata-compatible SPARQL endpoint, in the row form
 * {@link org.sitrep.gazetteer.GazetteerBuilder#writeFromWikidata} reads: cities, towns, first- and
 * second-level administrative units that have a country (wdt:P17) and coordinates (wdt:P625), with
 * French and English labels and aliases and their population (wdt:P1082).
 */
public final class WikidataGazetteer {
    private WikidataGazetteer() { }

    /** Instance-of classes fetched and the subtype each gives. */
    static final Map<String, String> CLASSES = new TreeMap<>(Map.of(
            "Q1549591", "city", "Q515", "city", "Q3957", "town",
            "Q10864048", "governorate", "Q13220204", "district"));

    /** One row per item of the given countries (Q-ids), sorted by Q-id. */
    public static List<Map<String, String>> fetch(WikidataClient client, List<String> countries) {
        Map<String, Map<String, TreeSet<String>>> items = new TreeMap<>();
        for (String country : countries) {
            String values = String.join(" ", CLASSES.keySet().stream().map(c -> "wd:" + c).toList());
            String q = WikidataLinker.PREFIXES + """
                    SELECT ?item ?class ?coord ?pop ?labelFr ?labelEn ?alias WHERE {
                      VALUES ?class { %s }
                      ?item wdt:P31 ?class ; wdt:P17 wd:%s ; wdt:P625 ?coord .
                      OPTIONAL { ?item wdt:P1082 ?pop }
                      OPTIONAL { ?item rdfs:label ?labelFr FILTER(LANG(?labelFr) = "fr") }
                      OPTIONAL { ?item rdfs:label ?labelEn FILTER(LANG(?labelEn) = "en") }
                      OPTIONAL { ?item skos:altLabel ?alias FILTER(LANG(?alias) IN ("fr", "en")) }
                    }""".formatted(values, country);
            for (Map<String, RDFNode> row : client.select(q)) {
                String qid = GazetteerRdf.wikidataId(row.get("item"));
                if (qid == null) continue;
                Map<String, TreeSet<String>> it = items.computeIfAbsent(qid, k -> new TreeMap<>());
                put(it, "country", country);
                put(it, "class", GazetteerRdf.wikidataId(row.get("class")));
                put(it, "coord", lexical(row.get("coord")));
                put(it, "pop", lexical(row.get("pop")));
                put(it, "name_fr", lexical(row.get("labelFr")));
                put(it, "name_en", lexical(row.get("labelEn")));
                RDFNode alias = row.get("alias");
                if (alias != null && alias.isLiteral()) put(it, "aliases_" + alias.asLiteral().getLanguage(), alias.asLiteral().getString());
            }
        }
        List<Map<String, String>> rows = new ArrayList<>();
        for (Map.Entry<String, Map<String, TreeSet<String>>> e : items.entrySet()) {
            Map<String, TreeSet<String>> it = e.getValue();
            if (!it.containsKey("name_en") && !it.containsKey("name_fr")) continue;
            Map<String, String> row = new TreeMap<>();
            row.put("qid", e.getKey());
            row.put("country", it.get("country").first());
            row.put("subtype", it.get("class").stream().map(CLASSES::get).min(WikidataGazetteer::finer).orElse("town"));
            row.put("name_en", first(it, "name_en"));
            row.put("name_fr", first(it, "name_fr"));
            row.put("aliases_en", String.join("|", it.getOrDefault("aliases_en", new TreeSet<>())));
            row.put("aliases_fr", String.join("|", it.getOrDefault("aliases_fr", new TreeSet<>())));
            double[] ll = it.containsKey("coord") ? GazetteerRdf.latLon(it.get("coord").first()) : null;
            row.put("lat", ll == null ? "" : String.valueOf(ll[0]));
            row.put("lon", ll == null ? "" : String.valueOf(ll[1]));
            row.put("population", it.getOrDefault("pop", new TreeSet<>()).stream()
                    .map(p -> { try { return Double.parseDouble(p); } catch (NumberFormatException x) { return 0.0; } })
                    .max(Double::compare).map(p -> String.valueOf(Math.round(p))).orElse(""));
            rows.add(row);
        }
        return rows;
    }

    /** A settlement class before an admin class when an item has both (Baghdad is a city and a district seat). */
    private static int finer(String a, String b) { return Integer.compare(rank(a), rank(b)); }

    private static int rank(String subtype) {
        return switch (subtype) {
            case "city" -> 0;
            case "town" -> 1;
            case "district" -> 2;
            default -> 3;
        };
    }

    private static void put(Map<String, TreeSet<String>> it, String k, String v) {
        if (v != null && !v.isBlank()) it.computeIfAbsent(k, x -> new TreeSet<>()).add(v);
    }

    private static String first(Map<String, TreeSet<String>> it, String k) {
        return it.containsKey(k) ? it.get(k).first() : "";
    }

    private static String lexical(RDFNode n) {
        return n != null && n.isLiteral() ? n.asLiteral().getLexicalForm() : null;
    }
}
