package org.sitrep.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.vocabulary.DCTerms;
import org.sitrep.lexicon.Names;
import org.sitrep.rdf.SR;

/**
 * Builds the project gazetteer from the shared TSV files ({@code places.tsv} from Natural Earth,
 * {@code places-wof.tsv} and {@code places-wof-deprecated.tsv} from Who's On First,
 * {@code entities.tsv}) and the curated resources {@code press-names.tsv} (press spellings, keys,
 * French labels) and {@code exclusions.tsv} (rows the README's known problems rule out).
 *
 * <p>Rows are merged by Q-id. A governorate, district or neighbourhood row that carries the Q-id of a
 * settlement loses it (Who's On First gives several admin units their seat city's id); rows without
 * Q-id merge into an entry of the same country and subtype sharing a name.
 */
public final class GazetteerBuilder {
    private static final String RES = "/org/sitrep/gazetteer/";
    private static final Map<String, String> ISO = Map.of("IQ", "Q796", "SY", "Q858");
    private static final Set<String> ADMIN1_COUNTRIES = Set.of("Q796", "Q858");
    private static final Pattern PAREN = Pattern.compile("^(.*?)\\s*\\(([^)]*)\\)\\s*$");
    private static final Pattern ARABIC = Pattern.compile("[\\u0600-\\u06FF]");

    /** An entry under construction. */
    private static final class Draft {
        String key, qid, type, subtype, country, labelFr, labelEn;
        final Set<String> alsoQids = new TreeSet<>();
        final LinkedHashMap<String, String> names = new LinkedHashMap<>();
        Double lat, lon;
        Long population;

        void name(String raw, String lang) {
            if (raw == null || raw.isBlank()) return;
            Matcher m = PAREN.matcher(raw.strip());
            if (m.matches()) {
                name(m.group(1), lang);
                for (String part : m.group(2).split(",")) if (part.strip().length() > 1) name(part, lang);
                return;
            }
            String n = raw.strip();
            if (NameKeys.exact(n).isEmpty()) return;
            names.putIfAbsent(n, lang);
        }

        Set<String> exactKeys() {
            Set<String> s = new HashSet<>();
            names.keySet().forEach(n -> s.add(NameKeys.exact(n)));
            return s;
        }

        void coords(String lat, String lon) {
            if (this.lat == null && !blank(lat) && !blank(lon)) { this.lat = Double.valueOf(lat); this.lon = Double.valueOf(lon); }
        }

        void population(String p) {
            if (population == null && !blank(p)) population = Math.round(Double.parseDouble(p));
        }

        GazetteerEntry entry() {
            return new GazetteerEntry(qid, key, type, subtype, labelFr, labelEn,
                    java.util.Collections.unmodifiableSet(new TreeSet<>(names.keySet())), country, lat, lon, population);
        }
    }

    private final List<Draft> drafts = new ArrayList<>();
    private final Map<String, Draft> byQid = new HashMap<>();
    private final Set<String> dropQids = new HashSet<>(), stripQids = new HashSet<>(), dropRowNames = new HashSet<>();
    private final Map<String, Set<String>> dropNames = new HashMap<>();

    /** Builds the entries from the shared gazetteer directory and the curated resources. */
    public static List<GazetteerEntry> build(Path sharedDir) { return run(sharedDir).finish(); }

    private static GazetteerBuilder run(Path sharedDir) {
        GazetteerBuilder b = new GazetteerBuilder();
        b.exclusions(readResource("exclusions.tsv"));
        b.curated(readResource("press-names.tsv"));
        b.entities(readFile(sharedDir.resolve("entities.tsv")));
        List<Map<String, String>> ne = readFile(sharedDir.resolve("places.tsv"));
        b.naturalEarth(ne);
        b.whosOnFirst(ne, readFile(sharedDir.resolve("places-wof.tsv")), readFile(sharedDir.resolve("places-wof-deprecated.tsv")));
        b.admin1(ne);
        return b;
    }

    /** The gazetteer model: entries plus the graph's own metadata node (sources, attribution, licences). */
    public static Model toModel(List<GazetteerEntry> entries, List<Map<String, String>> nameLangs) {
        Model m = GazetteerRdf.newModel();
        Set<String> settlementNames = new HashSet<>();
        for (GazetteerEntry e : entries) {
            if ("Place".equals(e.type()) && SETTLEMENTS.contains(e.subtype())) e.names().forEach(n -> settlementNames.add(NameKeys.exact(n)));
        }
        for (int i = 0; i < entries.size(); i++) {
            Map<String, String> langs = new HashMap<>(nameLangs.get(i));
            GazetteerEntry e = qualifiedLabels(entries.get(i), settlementNames, langs);
            GazetteerRdf.add(m, e, langs, sharedBareNames(e, settlementNames));
        }
        Resource g = m.createResource(SR.GAZETTEER_GRAPH);
        g.addProperty(DCTerms.title, "sitrep gazetteer: places of Iraq, Syria and neighbours, actors, outlets, press spellings", "en");
        g.addProperty(DCTerms.source, m.createResource("https://www.naturalearthdata.com/"));
        g.addProperty(DCTerms.source, m.createResource("https://whosonfirst.org/"));
        g.addProperty(DCTerms.source, m.createResource("https://www.wikidata.org/"));
        g.addProperty(DCTerms.license, m.createResource("https://github.com/whosonfirst-data/whosonfirst-data/blob/master/LICENSE.md"));
        g.addProperty(DCTerms.license, m.createResource("https://creativecommons.org/publicdomain/zero/1.0/"));
        g.addProperty(DCTerms.rights, "Who's On First: data from Who's On First, https://whosonfirst.org/, under its licence "
                + "(https://github.com/whosonfirst-data/whosonfirst-data/blob/master/LICENSE.md): CC-BY for values from GeoNames, "
                + "Quattroshapes and GeoPlanet, public domain for Natural Earth values, CC0 for its own structure. "
                + "Natural Earth: public domain. Wikidata facts: CC0.", "en");
        return m;
    }

    /** Subtypes of settlements, whose names an admin unit must not display as its own. */
    private static final Set<String> SETTLEMENTS = Set.of("city", "town", "village");
    /** A name that says which level it is ("province de Homs", "Homs Governorate") is not ambiguous. */
    private static final Pattern LEVEL_WORD = Pattern.compile("(?iu)\\b(province|gouvernorat|governorate|district|région|region|qada|qaḑā’|muhafazat)\\b");

    /**
     * The names of a governorate or district that are also a settlement's name ("Deir ez-Zor" of the
     * governorate and of the city): written as skos:hiddenLabel, so lookups still find them but consumers
     * that match entities by name do not confuse the two.
     */
    static Set<String> sharedBareNames(GazetteerEntry e, Set<String> settlementNames) {
        if (!"Place".equals(e.type()) || !("governorate".equals(e.subtype()) || "district".equals(e.subtype()))) return Set.of();
        Set<String> out = new TreeSet<>();
        for (String n : e.names()) {
            if (!LEVEL_WORD.matcher(n).find() && settlementNames.contains(NameKeys.exact(n))) out.add(n);
        }
        return out;
    }

    /**
     * A governorate or district whose label is a settlement's name ("Manbij" for the district) is labelled
     * with its level instead ("district de Manbij"@fr, "Manbij District"@en); the bare name stays a
     * (hidden) name of it. {@code langs} receives the language of the new labels.
     */
    static GazetteerEntry qualifiedLabels(GazetteerEntry e, Set<String> settlementNames, Map<String, String> langs) {
        if (!"Place".equals(e.type()) || !("governorate".equals(e.subtype()) || "district".equals(e.subtype()))) return e;
        boolean gov = "governorate".equals(e.subtype());
        String fr = e.labelFr(), en = e.labelEn();
        if (fr != null && !LEVEL_WORD.matcher(fr).find() && settlementNames.contains(NameKeys.exact(fr))) {
            fr = (gov ? "province " : "district ") + (fr.matches("(?iu)^[aeiouyéèêâîôûh].*") ? "d'" : "de ") + fr;
        }
        if (en != null && !LEVEL_WORD.matcher(en).find() && settlementNames.contains(NameKeys.exact(en))) {
            en = en + (gov ? " Governorate" : " District");
        }
        if (java.util.Objects.equals(fr, e.labelFr()) && java.util.Objects.equals(en, e.labelEn())) return e;
        Set<String> names = new TreeSet<>(e.names());
        if (fr != null) { names.add(fr); langs.put(fr, "fr"); }
        if (en != null) { names.add(en); langs.put(en, "en"); }
        return new GazetteerEntry(e.qid(), e.key(), e.type(), e.subtype(), fr, en, java.util.Collections.unmodifiableSet(names),
                e.countryQid(), e.lat(), e.lon(), e.population());
    }

    /**
     * Builds from rows fetched from a Wikidata-compatible endpoint instead of the shared files (the
     * curated press spellings still apply, by Q-id) and writes sorted Turtle; returns the number of entries.
     * Row columns: qid, name_en, name_fr, aliases_en, aliases_fr (| separated), subtype, country, lat, lon, population.
     */
    public static int writeFromWikidata(List<Map<String, String>> rows, Path out) throws IOException {
        GazetteerBuilder b = new GazetteerBuilder();
        b.exclusions(readResource("exclusions.tsv"));
        b.curated(readResource("press-names.tsv"));
        for (Map<String, String> r : rows) {
            String qid = r.get("qid");
            if (b.dropQids.contains(qid)) continue;
            Draft d = b.byQid.get(qid);
            if (d == null) d = b.curatedWithoutQid(r);
            if (d == null) {
                d = new Draft();
                d.qid = qid;
                d.type = "Place";
                d.subtype = blankToNull(r.get("subtype"));
                b.add(d);
            }
            b.mergePlace(d, r.get("name_en"), r.get("name_fr"), null, r.get("lat"), r.get("lon"), r.get("population"), r.get("country"));
            for (String a : r.getOrDefault("aliases_en", "").split("\\|")) d.name(a, "en");
            for (String a : r.getOrDefault("aliases_fr", "").split("\\|")) d.name(a, "fr");
        }
        List<GazetteerEntry> entries = b.finish();
        List<Map<String, String>> langs = b.drafts.stream().map(d -> (Map<String, String>) d.names).toList();
        writeTurtle(toModel(entries, langs), out);
        return entries.size();
    }

    /** Builds from {@code sharedDir} and writes sorted Turtle to {@code out}; returns the number of entries. */
    public static int write(Path sharedDir, Path out) throws IOException {
        GazetteerBuilder b = run(sharedDir);
        List<GazetteerEntry> entries = b.finish();
        List<Map<String, String>> langs = b.drafts.stream().map(d -> (Map<String, String>) d.names).toList();
        writeTurtle(toModel(entries, langs), out);
        return entries.size();
    }

    /** Writes a gazetteer model as sorted, deterministic Turtle. */
    public static void writeTurtle(Model m, Path out) throws IOException {
        if (out.toAbsolutePath().getParent() != null) Files.createDirectories(out.toAbsolutePath().getParent());
        try (Writer w = Files.newBufferedWriter(out, StandardCharsets.UTF_8)) {
            w.write("# sitrep gazetteer, generated by 'sitrep gazetteer build': do not edit by hand.\n");
            SortedTurtle.write(m, GazetteerRdf.prefixes(), w);
        }
    }

    private void exclusions(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            switch (r.get("action")) {
                case "drop" -> {
                    if (blank(r.get("qid"))) dropRowNames.add(r.get("name"));
                    else dropQids.add(r.get("qid"));
                }
                case "strip-qid" -> stripQids.add(r.get("qid"));
                case "drop-name" -> dropNames.computeIfAbsent(r.get("qid"), k -> new HashSet<>()).add(r.get("name"));
                default -> throw new IllegalArgumentException("exclusions.tsv: unknown action " + r.get("action"));
            }
        }
    }

    private void curated(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            Draft d = new Draft();
            d.key = r.get("key");
            d.qid = blankToNull(r.get("qid"));
            d.type = r.get("type");
            d.subtype = blankToNull(r.get("subtype"));
            d.country = blankToNull(r.get("country"));
            d.labelFr = blankToNull(r.get("label_fr"));
            d.labelEn = blankToNull(r.get("label_en"));
            d.name(d.labelFr, "fr");
            d.name(d.labelEn, "en");
            for (String n : r.getOrDefault("names", "").split("\\|")) d.name(n, "fr");
            d.coords(r.get("lat"), r.get("lon"));
            for (String q : r.getOrDefault("also", "").split("\\|")) if (!q.isBlank()) d.alsoQids.add(q.strip());
            add(d);
        }
    }

    private void entities(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            String qid = r.get("qid");
            if (dropQids.contains(qid)) continue;
            Draft d = byQid.get(qid);
            if (d == null) {
                d = new Draft();
                d.qid = qid;
                d.type = r.get("type");
                d.subtype = blankToNull(r.get("subtype"));
                add(d);
            }
            if (d.labelEn == null) d.labelEn = PAREN.matcher(r.get("name_en")).replaceAll("$1");
            d.name(r.get("name_en"), "en");
        }
    }

    private void naturalEarth(List<Map<String, String>> rows) {
        for (Map<String, String> r : rows) {
            String kind = r.get("kind"), qid = blankToNull(r.get("qid"));
            if (qid == null || "admin1".equals(kind) || dropQids.contains(qid)) continue;
            Draft d = byQid.get(qid);
            if (d == null) {
                d = new Draft();
                d.qid = qid;
                d.type = "Place";
                d.subtype = "country".equals(kind) ? "country" : "city";
                d.country = r.get("country_qid");
                add(d);
            }
            mergePlace(d, r.get("name_en"), r.get("name_fr"), null, r.get("lat"), r.get("lon"), r.get("population"),
                    r.get("country_qid"));
        }
    }

    private void whosOnFirst(List<Map<String, String>> ne, List<Map<String, String>> current, List<Map<String, String>> deprecated) {
        Set<String> settlementQids = new HashSet<>(), currentQids = new HashSet<>();
        for (Map<String, String> r : ne) if ("city".equals(r.get("kind")) && !blank(r.get("qid"))) settlementQids.add(r.get("qid"));
        for (Map<String, String> r : current) {
            currentQids.add(r.get("qid"));
            if ("locality".equals(r.get("placetype"))) settlementQids.add(r.get("qid"));
        }
        List<Map<String, String>> rows = new ArrayList<>(current);
        for (Map<String, String> r : deprecated) {
            if (currentQids.contains(r.get("qid"))) continue;
            rows.add(r);
            if ("locality".equals(r.get("placetype"))) settlementQids.add(r.get("qid"));
        }
        for (Map<String, String> r : rows) {
            String qid = r.get("qid"), type = r.get("placetype");
            if (dropQids.contains(qid) || dropRowNames.contains(r.get("name_en"))
                    || (blank(r.get("name_en")) && blank(r.get("name_fr")))) continue;
            String subtype = switch (type) {
                case "region" -> "governorate";
                case "county" -> "district";
                case "neighbourhood" -> "neighbourhood";
                default -> !blank(r.get("population")) && Double.parseDouble(r.get("population")) >= 100000 ? "city" : "town";
            };
            boolean wrongId = !"locality".equals(type) && settlementQids.contains(qid);
            String id = wrongId || stripQids.contains(qid) ? null : qid;
            String country = ISO.get(r.get("country"));
            Draft d = id != null ? byQid.get(id) : null;
            if (d == null) {
                Draft probe = new Draft();
                probe.name(r.get("name_en"), "en");
                probe.name(r.get("name_fr"), "fr");
                d = id == null ? sameNamed(probe.exactKeys(), country, subtype) : null;
                if (d == null) {
                    d = new Draft();
                    d.qid = id;
                    d.type = "Place";
                    d.subtype = subtype;
                    add(d);
                }
            }
            mergePlace(d, r.get("name_en"), r.get("name_fr"), r.get("name_ar"), r.get("lat"), r.get("lon"),
                    r.get("population"), country);
        }
    }

    private void admin1(List<Map<String, String>> ne) {
        for (Map<String, String> r : ne) {
            if (!"admin1".equals(r.get("kind")) || !ADMIN1_COUNTRIES.contains(r.get("country_qid"))
                    || dropRowNames.contains(r.get("name_en"))) continue;
            Draft probe = new Draft();
            probe.name(r.get("name_en"), "en");
            Draft d = sameNamed(probe.exactKeys(), r.get("country_qid"), "governorate");
            if (d == null) {
                d = new Draft();
                d.type = "Place";
                d.subtype = "governorate";
                add(d);
            }
            mergePlace(d, r.get("name_en"), null, null, r.get("lat"), r.get("lon"), null, r.get("country_qid"));
        }
    }

    /**
     * A curated place without Q-id (Qayyarah, Hawija...) of the row's country, of the same admin-ness
     * (settlement or admin unit) and sharing a name with the row: it takes the row's Q-id.
     */
    private Draft curatedWithoutQid(Map<String, String> row) {
        Draft probe = new Draft();
        probe.name(row.get("name_en"), "en");
        probe.name(row.get("name_fr"), "fr");
        Set<String> keys = probe.exactKeys();
        boolean admin = isAdmin(row.get("subtype"));
        for (Draft d : drafts) {
            if (d.qid != null || d.key == null || !"Place".equals(d.type) || isAdmin(d.subtype) != admin
                    || !java.util.Objects.equals(d.country, row.get("country"))) continue;
            if (d.exactKeys().stream().anyMatch(keys::contains)) {
                d.qid = row.get("qid");
                byQid.putIfAbsent(d.qid, d);
                return d;
            }
        }
        return null;
    }

    private static boolean isAdmin(String subtype) {
        return "governorate".equals(subtype) || "district".equals(subtype) || "region".equals(subtype) || "country".equals(subtype);
    }

    private Draft sameNamed(Set<String> keys, String country, String subtype) {
        for (Draft d : drafts) {
            if (!"Place".equals(d.type) || !subtype.equals(d.subtype) || (d.country != null && !d.country.equals(country))) continue;
            for (String k : d.exactKeys()) if (keys.contains(k)) return d;
        }
        return null;
    }

    private void mergePlace(Draft d, String en, String fr, String ar, String lat, String lon, String pop, String country) {
        Set<String> bad = d.qid == null ? Set.of() : dropNames.getOrDefault(d.qid, Set.of());
        if (!blank(en) && !bad.contains(en)) {
            if (d.labelEn == null) d.labelEn = PAREN.matcher(en).replaceAll("$1");
            d.name(en, "en");
        }
        if (!blank(fr) && !bad.contains(fr)) {
            if (d.labelFr == null) d.labelFr = fr;
            d.name(fr, "fr");
        }
        if (!blank(ar)) d.name(ar, ARABIC.matcher(ar).find() ? "ar" : "");
        d.coords(lat, lon);
        d.population(pop);
        if (d.country == null) d.country = blankToNull(country);
    }

    private void add(Draft d) {
        drafts.add(d);
        if (d.qid != null) byQid.putIfAbsent(d.qid, d);
        for (String q : d.alsoQids) byQid.putIfAbsent(q, d);
    }

    private List<GazetteerEntry> finish() {
        Set<String> used = new HashSet<>();
        for (Draft d : drafts) if (d.key != null) used.add(d.key);
        for (Draft d : drafts) {
            if (d.key != null) continue;
            String base = Names.slug((d.labelEn != null ? d.labelEn : d.names.keySet().iterator().next())
                    .replaceAll("(?i)\\s+(governorate|district)$", "").replace('\u0131', 'i').replaceAll("['\u2019\u2018`\u02bf\u02be]", ""));
            String key = "governorate".equals(d.subtype) || "district".equals(d.subtype) ? base + "-" + d.subtype : base;
            if (used.contains(key) && d.subtype != null) key = base + "-" + d.subtype;
            if (used.contains(key) && d.qid != null) key = key + "-" + d.qid.toLowerCase(java.util.Locale.ROOT);
            for (int i = 2; used.contains(key); i++) key = base + "-" + i;
            d.key = key;
            used.add(key);
        }
        List<GazetteerEntry> out = new ArrayList<>();
        for (Draft d : drafts) out.add(d.entry());
        return out;
    }

    private static List<Map<String, String>> readResource(String name) {
        try (InputStream in = GazetteerBuilder.class.getResourceAsStream(RES + name)) {
            if (in == null) throw new IllegalStateException("resource " + RES + name + " missing");
            return parse(new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8)).lines().toList(), name);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static List<Map<String, String>> readFile(Path p) {
        try {
            return parse(Files.readAllLines(p, StandardCharsets.UTF_8), p.toString());
        } catch (IOException e) {
            throw new UncheckedIOException(p + ": cannot read (" + e.getMessage() + ")", e);
        }
    }

    /** TSV with a header line; lines starting with # and empty lines are skipped. */
    static List<Map<String, String>> parse(List<String> lines, String name) {
        String[] header = null;
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines) {
            if (line.isBlank() || line.startsWith("#")) continue;
            String[] f = line.split("\t", -1);
            if (header == null) { header = f; continue; }
            Map<String, String> row = new TreeMap<>();
            for (int i = 0; i < header.length; i++) row.put(header[i], i < f.length ? f[i].strip() : "");
            rows.add(row);
        }
        if (header == null) throw new IllegalArgumentException(name + ": no header line");
        return rows;
    }

    private static boolean blank(String s) { return s == null || s.isBlank(); }

    private static String blankToNull(String s) { return blank(s) ? null : s.strip(); }
}
