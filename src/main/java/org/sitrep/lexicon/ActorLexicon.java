package org.sitrep.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.sitrep.extract.EntityType;

/**
 * The curated list of actors of the war against the Islamic State: armed forces, media outlets,
 * organisations that speak and a few well-known people, each with its global key and the French and
 * English names the press uses (resource {@code actors.tsv}).
 */
public final class ActorLexicon {

    /**
     * One actor.
     *
     * @param key      global key (decides the IRI)
     * @param type     entity type
     * @param wikidata verified Wikidata id, or null
     * @param subtype  finer kind (army, militia, news-agency, media, ministry...)
     * @param names    names, the first being the canonical French label
     */
    public record Actor(String key, EntityType type, String wikidata, String subtype, List<String> names) {
        public String label() { return names.get(0); }
    }

    private static volatile ActorLexicon standard;

    private final Map<String, Actor> byKey = new LinkedHashMap<>();
    private final Map<String, Actor> byNorm = new LinkedHashMap<>();

    /** Builds a lexicon from actors (later actors never override an earlier name). */
    public ActorLexicon(List<Actor> actors) {
        for (Actor a : actors) {
            if (byKey.putIfAbsent(a.key(), a) != null) throw new IllegalArgumentException("duplicate actor key " + a.key());
            for (String n : a.names()) byNorm.putIfAbsent(Names.norm(n), a);
        }
    }

    /** The lexicon shipped with sitrep. */
    public static ActorLexicon standard() {
        ActorLexicon s = standard;
        if (s == null) {
            synchronized (ActorLexicon.class) {
                if (standard == null) standard = new ActorLexicon(read(ActorLexicon.class.getResourceAsStream("actors.tsv")));
                s = standard;
            }
        }
        return s;
    }

    /** Parses the TSV format: key, type, wikidata (may be empty), subtype, names separated by |; # starts a comment line. */
    public static List<Actor> read(InputStream in) {
        if (in == null) throw new IllegalStateException("actor lexicon resource missing");
        List<Actor> out = new ArrayList<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            int no = 0;
            while ((line = r.readLine()) != null) {
                no++;
                if (line.isBlank() || line.startsWith("#")) continue;
                String[] f = line.split("\t", -1);
                if (f.length < 5) throw new IllegalArgumentException("actors.tsv line " + no + ": 5 columns expected");
                List<String> names = Arrays.stream(f[4].split("\\|")).map(String::strip).filter(s -> !s.isEmpty()).distinct().toList();
                out.add(new Actor(f[0].strip(), EntityType.valueOf(f[1].strip()), f[2].isBlank() ? null : f[2].strip(),
                        f[3].isBlank() ? null : f[3].strip(), names));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }

    public List<Actor> actors() { return Collections.unmodifiableList(new ArrayList<>(byKey.values())); }

    public Optional<Actor> byKey(String key) { return Optional.ofNullable(byKey.get(key)); }

    /** The actor one of whose names equals this surface form after {@link Names#norm}. */
    public Optional<Actor> lookup(String surface) { return Optional.ofNullable(byNorm.get(Names.norm(surface))); }
}
