package org.sitrep.link;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Layers;
import org.sitrep.annotate.text.Leads;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Span;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.gazetteer.IndexedGazetteer;
import org.sitrep.gazetteer.NameKeys;

/**
 * Links entities to gazetteer entries. Candidates come from the entity's label and alternative
 * labels (exact, then transliteration-folded matches) and from its key; the choice weighs the
 * entity type, the admin level (a city before its governorate unless the text says "province de X"),
 * the article's country context (Iraq vs Syria), nearness to the other places named, and population.
 * A link is made only when the best candidate is both well matched and clearly ahead of the next:
 * a wrong link is worse than none.
 */
public final class GazetteerLinker implements Linker, Annotator {
    /** Minimum confidence for a link. */
    public static final double THRESHOLD = 0.7;
    private static final double NEAR_KM = 150;

    private static final Pattern ADMIN_PREFIX = Pattern.compile(
            "^(?:la |le |l'|l’)?(province|gouvernorat|governorate|r[ée]gion|district|wilaya|ville|city)"
            + "(?: (?:syrienne|irakienne|syrien|irakien|turque))? (?:de la |de l'|de l’|du |de |d'|d’|of )(.+)$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern ADMIN_BEFORE = Pattern.compile(
            "(province|gouvernorat|governorate|r[ée]gion|district|wilaya|ville|city)(?:\\s+(?:syrienne|irakienne|syrien|irakien|turque))?"
            + "\\s+(?:de la |de l'|de l’|du |de |d'|d’|of )\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** Words of which one must occur in the 40 characters before a mention for ADMIN_BEFORE to match there (a cheap test first). */
    private static final List<String> ADMIN_WORDS = List.of("province", "gouvernorat", "governorate", "région", "region", "district", "wilaya", "ville", "city");
    private static final Leads IRAQ = Leads.of(Pattern.compile("(?iu)\\b(irak|iraq|irakien\\w*)\\b"), "irak", "iraq");
    private static final Leads SYRIA = Leads.of(Pattern.compile("(?iu)\\b(syrie|syria|syrien\\w*)\\b"), "syri");

    private final IndexedGazetteer gazetteer;

    public GazetteerLinker(IndexedGazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** The linker over the project gazetteer. */
    public static GazetteerLinker standard() { return new GazetteerLinker(Gazetteer.standard()); }

    @Override public Set<Class<?>> requires() { return Set.of(Layers.ENTITIES.class); }

    @Override public Set<Class<?>> produces() { return Set.of(Layers.LINKS.class); }

    @Override public void annotate(AnnotatedDocument doc) {
        Map<String, Link> links = link(doc.entities().values(), doc.text());
        for (Entity e : doc.entities().values()) {
            Link l = links.get(e.id());
            if (l != null) l.applyTo(e);
        }
        doc.markPresent(Layers.LINKS.class);
    }

    /** One candidate entry for one entity, with its match strength and its score after context. */
    private record Candidate(GazetteerEntry entry, double base, double score) { }

    @Override public Map<String, Link> link(Collection<Entity> entities, String context) {
        String text = context == null ? "" : context;
        String country = dominantCountry(text);
        Map<Entity, List<Candidate>> all = new LinkedHashMap<>();
        for (Entity e : entities) all.put(e, candidates(e, text, country));
        List<double[]> anchors = new ArrayList<>();
        for (Map.Entry<Entity, List<Candidate>> c : all.entrySet()) {
            List<Candidate> l = c.getValue();
            if (c.getKey().type == EntityType.PLACE && l.size() == 1 && l.get(0).base() >= 0.95 && l.get(0).entry().lat() != null
                    && !"country".equals(l.get(0).entry().subtype())) {
                anchors.add(new double[] {l.get(0).entry().lat(), l.get(0).entry().lon()});
            }
        }
        Map<String, Link> out = new TreeMap<>();
        for (Map.Entry<Entity, List<Candidate>> c : all.entrySet()) {
            Entity e = c.getKey();
            if (e.wikidata != null) {
                enrichKnown(e).ifPresent(l -> out.put(e.id(), l));
                continue;
            }
            List<Candidate> ranked = new ArrayList<>();
            for (Candidate k : c.getValue()) ranked.add(near(k, anchors));
            ranked.sort(Comparator.comparingDouble((Candidate k) -> -k.score())
                    .thenComparing(Candidate::entry, IndexedGazetteer.PRIOR));
            if (ranked.isEmpty()) continue;
            Candidate best = ranked.get(0);
            double margin = ranked.size() < 2 ? 1 : Math.max(0, Math.min(1, 0.5 + 2.5 * (best.score() - ranked.get(1).score())));
            double confidence = Math.round(best.base() * margin * 1000) / 1000.0;
            if (confidence < THRESHOLD) continue;
            GazetteerEntry g = best.entry();
            out.put(e.id(), new Link(e.id(), g.qid(), confidence, g.lat(), g.lon(), g.countryQid(), g.subtype(), g.label()));
        }
        return out;
    }

    /** For an entity already linked: its coordinates and country from the gazetteer entry with that Q-id. */
    private java.util.Optional<Link> enrichKnown(Entity e) {
        return gazetteer.byQid(e.wikidata).stream().filter(g -> typeFits(e.type, g)).findFirst()
                .map(g -> new Link(e.id(), e.wikidata, e.linkConfidence, g.lat(), g.lon(), g.countryQid(), g.subtype(), g.label()));
    }

    private List<Candidate> candidates(Entity e, String text, String country) {
        if (e.type == EntityType.SOCIAL_ACCOUNT) return List.of();
        String hint = adminHintFromText(e, text);
        Map<GazetteerEntry, Double> base = new LinkedHashMap<>();
        List<String> names = new ArrayList<>();
        names.add(e.label);
        names.addAll(e.altLabels);
        for (int i = 0; i < names.size(); i++) {
            String name = names.get(i);
            double weight = i == 0 ? 1.0 : 0.95;
            Matcher m = ADMIN_PREFIX.matcher(name.strip());
            if (m.matches()) {
                hint = hint != null ? hint : hintOf(m.group(1));
                name = m.group(2);
            }
            for (IndexedGazetteer.Match match : gazetteer.match(name)) {
                double s = weight * (match.exact() ? 1.0 : foldStrength(name) * (inTheaterOrGlobal(match.entry()) ? 1 : 0.9));
                base.merge(match.entry(), s, Math::max);
            }
        }
        GazetteerEntry byKey = gazetteer.byKey(e.type.segment, e.key);
        if (byKey != null) base.merge(byKey, 0.95, Math::max);
        List<Candidate> out = new ArrayList<>();
        for (Map.Entry<GazetteerEntry, Double> c : base.entrySet()) {
            GazetteerEntry g = c.getKey();
            if (!typeFits(e.type, g) || partOfKey(e.key, g.key())) continue;
            double score = c.getValue() + (g.key().equals(e.key) ? 0.3 : 0)
                    + adminAdjustment(g.subtype(), hint) + countryAdjustment(g, country) + populationAdjustment(g);
            out.add(new Candidate(g, c.getValue(), score));
        }
        return out;
    }

    private static Candidate near(Candidate c, List<double[]> anchors) {
        GazetteerEntry g = c.entry();
        if (g.lat() == null || anchors.isEmpty() || "country".equals(g.subtype())) return c;
        for (double[] a : anchors) {
            double d = Geo.distanceKm(a[0], a[1], g.lat(), g.lon());
            if (d > 0.01 && d < NEAR_KM) return new Candidate(g, c.base(), c.score() + 0.05);
        }
        return c;
    }

    /**
     * Folded matches are weaker; short folded keys (three letters or fewer: "Est" folds like "Wasit")
     * are not enough for a link on their own.
     */
    private static double foldStrength(String name) {
        int n = NameKeys.fold(name).length();
        return n >= 5 ? 0.85 : n == 4 ? 0.78 : 0.55;
    }

    /** A candidate whose key is a proper part of the entity's key ("east-mosul", "haditha-dam") names something else. */
    static boolean partOfKey(String entityKey, String entryKey) {
        if (entityKey.equals(entryKey)) return false;
        return ("-" + entityKey + "-").contains("-" + entryKey + "-");
    }

    /** Iraq and Syria are the theatre; a folded spelling pointing elsewhere (Turkey, Iran...) is doubtful. */
    private static boolean inTheaterOrGlobal(GazetteerEntry g) {
        return g.countryQid() == null || "country".equals(g.subtype()) || g.countryQid().equals("Q796") || g.countryQid().equals("Q858");
    }

    static boolean typeFits(EntityType t, GazetteerEntry g) {
        return switch (t) {
            case PLACE -> g.segment().equals("place");
            case FORCE -> g.segment().equals("force");
            case MEDIA_OUTLET -> g.segment().equals("outlet");
            case PERSON -> g.segment().equals("person");
            case ORGANIZATION -> g.segment().equals("org");
            case SOCIAL_ACCOUNT -> false;
        };
    }

    private static String hintOf(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.equals("district")) return "district";
        if (w.equals("ville") || w.equals("city")) return "city";
        return "governorate";
    }

    /** "province de Homs" before a mention of the entity makes the governorate the better reading. */
    private static String adminHintFromText(Entity e, String text) {
        for (Span s : e.mentions) {
            if (s.end() > text.length()) continue;
            String before = text.substring(Math.max(0, s.start() - 40), s.start());
            String lower = before.toLowerCase(Locale.ROOT);
            if (ADMIN_WORDS.stream().noneMatch(lower::contains)) continue;
            Matcher m = ADMIN_BEFORE.matcher(before);
            if (m.find()) return hintOf(m.group(1));
        }
        return null;
    }

    private static double adminAdjustment(String subtype, String hint) {
        String s = subtype == null ? "" : subtype;
        if ("governorate".equals(hint)) return s.equals("governorate") ? 0.3 : -0.1;
        if ("district".equals(hint)) return s.equals("district") ? 0.3 : -0.1;
        if ("city".equals(hint)) return s.equals("city") || s.equals("town") ? 0.1 : -0.1;
        // No hint: a bare name is a country before its capital (Koweït), a settlement before an admin unit.
        return switch (s) {
            case "country" -> 0.1;
            case "governorate" -> -0.15;
            case "district" -> -0.2;
            case "neighbourhood" -> -0.1;
            case "region", "autonomous-region" -> -0.05;
            default -> 0;
        };
    }

    private static double countryAdjustment(GazetteerEntry g, String country) {
        if (country == null || g.countryQid() == null || "country".equals(g.subtype())) return 0;
        return g.countryQid().equals(country) ? 0.05 : -0.05;
    }

    private static double populationAdjustment(GazetteerEntry g) {
        return g.population() == null || g.population() < 1 ? 0 : 0.01 * Math.log10(g.population());
    }

    /** Q796 or Q858 when the text names Iraq or Syria clearly more often than the other, else null. */
    static String dominantCountry(String text) {
        int iq = count(IRAQ, text), sy = count(SYRIA, text);
        return iq > sy ? "Q796" : sy > iq ? "Q858" : null;
    }

    private static int count(Leads word, String text) { return word.all(text).size(); }
}
