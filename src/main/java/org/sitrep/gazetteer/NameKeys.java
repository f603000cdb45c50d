package org.sitrep.gazetteer;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;
import org.sitrep.lexicon.Names;

/**
 * Match keys for names. {@link #exact} is the gold normalisation ({@link Names#norm}); {@link #fold}
 * is a transliteration-folding key under which the usual French, English and Arabic-romanised
 * spellings of one name collide: Falloujah/Fallujah, Raqqa/Racca/Rakka, Deir ez-Zor/Deir Ezzor,
 * Mossoul/Mosul, Tal Afar/Tel Afar, Qayyarah/Kayyarah, Hawija/Haouija.
 *
 * <p>Folding: Arabic article particles (al-, el-, ad-, ash-, ez-...) dropped as separate words;
 * words joined; final vowel+h dropped; ou→u, w→u, dj→j, ch/sch/tch→sh, kh→k, gh→g, ph→f, th→t, dh→d,
 * qu/ck/q/c→k; doubled letters collapsed; a leading vowel read as {@code a}; other vowels (and y)
 * dropped.
 */
public final class NameKeys {
    private NameKeys() { }

    private static final Set<String> PARTICLES =
            Set.of("al", "el", "ad", "ar", "as", "ash", "at", "az", "ez", "an", "ed", "es", "er", "ech");
    private static final String[][] DIGRAPHS = {
        {"ou", "u"}, {"w", "u"}, {"dj", "j"}, {"tch", "sh"}, {"sch", "sh"}, {"ch", "sh"}, {"kh", "k"},
        {"gh", "g"}, {"ph", "f"}, {"th", "t"}, {"dh", "d"}, {"qu", "k"}, {"ck", "k"}, {"q", "k"}, {"c", "k"}
    };

    /** Memoised keys: documents look up the same few names again and again (bounded: cleared when full). */
    private static final int CACHE_SIZE = 50_000;
    private static final Map<String, String> EXACT = new ConcurrentHashMap<>(), FOLD = new ConcurrentHashMap<>();

    /** The exact key: the gold format's normalisation. */
    public static String exact(String name) { return cached(EXACT, name, Names::norm); }

    /** The transliteration-folding key (empty for a name without letters). */
    public static String fold(String name) { return cached(FOLD, name, NameKeys::computeFold); }

    private static String cached(Map<String, String> cache, String name, UnaryOperator<String> key) {
        String k = cache.get(name);
        if (k != null) return k;
        if (cache.size() >= CACHE_SIZE) cache.clear();
        k = key.apply(name);
        cache.put(name, k);
        return k;
    }

    private static String computeFold(String name) {
        String n = Names.norm(name);
        if (n.isEmpty()) return "";
        String[] tokens = n.split(" ");
        List<String> kept = new ArrayList<>();
        for (int i = 0; i < tokens.length; i++) {
            boolean particle = PARTICLES.contains(tokens[i]) && i < tokens.length - 1;
            if (!particle) kept.add(tokens[i].replaceAll("([aeiou])h$", "$1"));
        }
        String s = String.join("", kept).replaceAll("[^a-z0-9]", "");
        for (String[] d : DIGRAPHS) s = s.replace(d[0], d[1]);
        s = s.replaceAll("(.)\\1+", "$1");
        if (s.isEmpty()) return "";
        char first = s.charAt(0);
        String head = "aeiou".indexOf(first) >= 0 ? "a" : String.valueOf(first);
        return head + s.substring(1).replaceAll("[aeiouy]", "");
    }
}
