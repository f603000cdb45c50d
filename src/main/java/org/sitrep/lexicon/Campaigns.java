package org.sitrep.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/**
 * A small timeline of the campaigns of the war against the Islamic State (resource {@code campaigns.tsv}):
 * which place each one targeted and when, so that a day-month date ("le 31 mai") in an article naming
 * Falloujah can be given its year, and operations can get a stable key.
 */
public final class Campaigns {

    /**
     * One campaign.
     *
     * @param key      stable key, e.g. {@code battle-of-mosul}
     * @param wikidata verified Wikidata id, or null
     * @param target   key of the place it targeted
     * @param start    first day
     * @param end      last day (inclusive)
     * @param names    French names, the first being the label
     */
    public record Campaign(String key, String wikidata, String target, LocalDate start, LocalDate end, List<String> names) {
        /** True when the day lies inside the campaign (both ends included). */
        public boolean contains(LocalDate d) { return !d.isBefore(start) && !d.isAfter(end); }

        public String label() { return names.get(0); }
    }

    private static volatile Campaigns standard;
    private final List<Campaign> all;

    public Campaigns(List<Campaign> campaigns) { this.all = List.copyOf(campaigns); }

    /** The timeline shipped with sitrep. */
    public static Campaigns standard() {
        Campaigns s = standard;
        if (s == null) {
            synchronized (Campaigns.class) {
                if (standard == null) standard = new Campaigns(read(Campaigns.class.getResourceAsStream("campaigns.tsv")));
                s = standard;
            }
        }
        return s;
    }

    /** Parses the TSV format: key, wikidata, target place key, start, end, names separated by |. */
    public static List<Campaign> read(InputStream in) {
        if (in == null) throw new IllegalStateException("campaigns resource missing");
        List<Campaign> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) {
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                out.add(new Campaign(f[0].strip(), f[1].isBlank() ? null : f[1].strip(), f[2].strip(),
                        LocalDate.parse(f[3].strip()), LocalDate.parse(f[4].strip()),
                        Arrays.stream(f[5].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).toList()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public List<Campaign> all() { return all; }

    public Optional<Campaign> byKey(String key) { return all.stream().filter(c -> c.key().equals(key)).findFirst(); }

    /** Campaigns against this place, earliest first. */
    public List<Campaign> forPlace(String placeKey) {
        return all.stream().filter(c -> c.target().equals(placeKey)).toList();
    }

    /** The campaign against this place that was under way on that day, if any. */
    public Optional<Campaign> find(String placeKey, LocalDate day) {
        return forPlace(placeKey).stream().filter(c -> c.contains(day)).findFirst();
    }

    /** The campaign whose French name equals this phrase after {@link Names#norm}, if any. */
    public Optional<Campaign> byName(String phrase) {
        String n = Names.norm(phrase);
        return all.stream().filter(c -> c.names().stream().anyMatch(x -> Names.norm(x).equals(n))).findFirst();
    }

    /**
     * Candidate years for a day-month date given the places an article names: the years in which that
     * day falls inside a campaign against one of them, most supported first (ties: earlier year first).
     */
    public List<Integer> yearsFor(int month, int day, Collection<String> placeKeys) {
        java.util.TreeMap<Integer, Integer> votes = new java.util.TreeMap<>();
        for (Campaign c : all) {
            if (!placeKeys.contains(c.target())) continue;
            for (int y = c.start().getYear(); y <= c.end().getYear(); y++) {
                if (month == 2 && day == 29 && !java.time.Year.isLeap(y)) continue;
                if (c.contains(LocalDate.of(y, month, day))) votes.merge(y, 1, Integer::sum);
            }
        }
        List<Integer> years = new ArrayList<>(votes.keySet());
        years.sort((a, b) -> votes.get(b).equals(votes.get(a)) ? Integer.compare(a, b) : votes.get(b) - votes.get(a));
        return years;
    }
}
