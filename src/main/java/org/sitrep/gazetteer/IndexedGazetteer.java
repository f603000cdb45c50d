package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * A gazetteer held in memory, indexed by the exact ({@link NameKeys#exact}) and folded
 * ({@link NameKeys#fold}) keys of every name. Lookups return exact matches first, then folded ones,
 * each group ordered by {@link #PRIOR}.
 */
public final class IndexedGazetteer implements Gazetteer {
    /** A candidate for a surface form, and whether it matched exactly or only after folding. */
    public record Match(GazetteerEntry entry, boolean exact) { }

    /** Prior order: places first; countries, then settlements, then wider admin units; larger population; key. */
    public static final Comparator<GazetteerEntry> PRIOR = Comparator
            .comparingInt((GazetteerEntry e) -> typeRank(e.type()))
            .thenComparingInt(e -> adminRank(e.subtype()))
            .thenComparing(e -> e.qid() == null)
            .thenComparing(e -> e.population() == null ? 0L : -e.population())
            .thenComparing(GazetteerEntry::key);

    private final List<GazetteerEntry> entries;
    private final Map<String, List<GazetteerEntry>> byExact = new TreeMap<>();
    private final Map<String, List<GazetteerEntry>> byFold = new TreeMap<>();
    private final Map<String, GazetteerEntry> byKey = new TreeMap<>();
    private final Map<String, List<GazetteerEntry>> byQid = new TreeMap<>();

    public IndexedGazetteer(Collection<GazetteerEntry> entries) {
        List<GazetteerEntry> sorted = new ArrayList<>(entries);
        sorted.sort(Comparator.comparing(GazetteerEntry::iri));
        this.entries = List.copyOf(sorted);
        for (GazetteerEntry e : this.entries) {
            byKey.putIfAbsent(e.segment() + "/" + e.key(), e);
            if (e.qid() != null) byQid.computeIfAbsent(e.qid(), k -> new ArrayList<>()).add(e);
            Set<String> exact = new LinkedHashSet<>(), fold = new LinkedHashSet<>();
            for (String n : e.names()) {
                String x = NameKeys.exact(n), f = NameKeys.fold(n);
                if (!x.isEmpty()) exact.add(x);
                if (!f.isEmpty()) fold.add(f);
            }
            for (String x : exact) byExact.computeIfAbsent(x, k -> new ArrayList<>()).add(e);
            for (String f : fold) byFold.computeIfAbsent(f, k -> new ArrayList<>()).add(e);
        }
        byExact.values().forEach(l -> l.sort(PRIOR));
        byFold.values().forEach(l -> l.sort(PRIOR));
    }

    @Override public List<GazetteerEntry> lookup(String surface) {
        return match(surface).stream().map(Match::entry).toList();
    }

    /** Candidates with how they matched: exact matches first, then folded-only ones. */
    public List<Match> match(String surface) {
        List<Match> out = new ArrayList<>();
        Set<GazetteerEntry> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
        for (GazetteerEntry e : byExact.getOrDefault(NameKeys.exact(surface), List.of())) {
            if (seen.add(e)) out.add(new Match(e, true));
        }
        String f = NameKeys.fold(surface);
        for (GazetteerEntry e : f.isEmpty() ? List.<GazetteerEntry>of() : byFold.getOrDefault(f, List.of())) {
            if (seen.add(e)) out.add(new Match(e, false));
        }
        return out;
    }

    @Override public Collection<GazetteerEntry> entries() { return entries; }

    /** The entry with this IRI segment and key ({@code place}, {@code mosul}), or null. */
    public GazetteerEntry byKey(String segment, String key) { return byKey.get(segment + "/" + key); }

    /** Entries carrying this Q-id. */
    public List<GazetteerEntry> byQid(String qid) { return byQid.getOrDefault(qid, List.of()); }

    static int typeRank(String type) {
        return switch (type) {
            case "Place" -> 0;
            case "Force" -> 1;
            case "Source" -> 2;
            default -> 3;
        };
    }

    /** Lower is preferred for a bare name: country, settlement, natural feature, then wider or finer units. */
    static int adminRank(String subtype) {
        if (subtype == null) return 5;
        return switch (subtype) {
            case "country" -> 0;
            case "city" -> 1;
            case "town", "village" -> 2;
            case "river", "dam" -> 3;
            case "autonomous-region", "region" -> 4;
            case "governorate" -> 5;
            case "district" -> 6;
            case "neighbourhood" -> 7;
            default -> 4;
        };
    }
}
