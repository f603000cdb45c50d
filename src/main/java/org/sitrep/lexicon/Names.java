package org.sitrep.lexicon;

import java.text.Normalizer;
import java.util.regex.Pattern;

/**
 * Name normalisation shared by extraction, linking and evaluation. {@link #norm} follows the
 * gold format's rules exactly (../shared/gold/FORMAT.md): NFKD without accents, lower case,
 * ’ read as ', leading French articles removed, - _ / read as spaces, other punctuation dropped.
 */
public final class Names {
    private Names() { }

    private static final Pattern ARTICLES =
            Pattern.compile("^(l'|le |la |les |d'|du |des |de la |de l'|de |au |aux |un |une )");
    private static final Pattern SEPARATORS = Pattern.compile("[-_/]");
    /** Python's {@code str.isspace()} characters (what {@code \\s} and {@code strip()} mean in the scorer). */
    private static final String PY_SPACE = "\\t\\n\\x0B\\f\\r\\x1C-\\x1F \\x85\\xA0\\u1680\\u2000-\\u200A\\u2028\\u2029\\u202F\\u205F\\u3000";
    /** Anything but Python's {@code \\w} (letters, numbers, underscore), apostrophe, space and %. */
    private static final Pattern PUNCT = Pattern.compile("[^\\p{L}\\p{N}_' %]");
    private static final Pattern SPACES = Pattern.compile("[" + PY_SPACE + "]+");
    private static final Pattern EDGE_SPACES = Pattern.compile("^[" + PY_SPACE + "]+|[" + PY_SPACE + "]+$");
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");
    private static final Pattern MARK = Pattern.compile("\\p{M}");
    /** Marks already classified by {@link #isCombining}. */
    private static final java.util.Map<Integer, Boolean> COMBINING = new java.util.concurrent.ConcurrentHashMap<>();

    /** Accents removed (NFKD, combining marks dropped), nothing else changed. */
    public static String stripAccents(String s) { return cached(STRIPPED, s, Names::computeStripAccents); }

    private static String computeStripAccents(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    }

    /**
     * NFKD, then the characters with a non-zero canonical combining class dropped: exactly what the
     * reference scorer does (unlike {@link #stripAccents}, enclosing and spacing marks of class 0 stay).
     */
    private static String dropCombining(String s) {
        String t = Normalizer.normalize(s, Normalizer.Form.NFKD);
        if (!MARK.matcher(t).find()) return t;
        StringBuilder b = new StringBuilder(t.length());
        t.codePoints().filter(c -> !isCombining(c)).forEach(b::appendCodePoint);
        return b.toString();
    }

    /**
     * Whether a code point has a non-zero canonical combining class. The JDK does not expose the
     * class, but canonical reordering does: after U+0345 (class 240, the highest), NFD moves any
     * character of a class between 1 and 239 in front of it.
     */
    private static boolean isCombining(int c) {
        if (c == 0x0345) return true;
        if (Character.getType(c) != Character.NON_SPACING_MARK && Character.getType(c) != Character.COMBINING_SPACING_MARK
                && Character.getType(c) != Character.ENCLOSING_MARK) {
            return false;
        }
        return COMBINING.computeIfAbsent(c, k -> {
            String probe = "a\u0345" + new String(Character.toChars(k));
            return !Normalizer.normalize(probe, Normalizer.Form.NFD).equals(probe);
        });
    }

    /** The gold format's name normalisation. */
    public static String norm(String s) { return cached(NORM, s, Names::computeNorm); }

    /** Memoised results: documents normalise the same few names again and again (bounded: cleared when full). */
    private static final int CACHE_SIZE = 50_000;
    private static final java.util.Map<String, String> NORM = new java.util.concurrent.ConcurrentHashMap<>(),
            STRIPPED = new java.util.concurrent.ConcurrentHashMap<>();

    private static String cached(java.util.Map<String, String> cache, String s, java.util.function.UnaryOperator<String> f) {
        if (s.length() > 200) return f.apply(s);
        String r = cache.get(s);
        if (r != null) return r;
        if (cache.size() >= CACHE_SIZE) cache.clear();
        r = f.apply(s);
        cache.put(s, r);
        return r;
    }

    private static String computeNorm(String s) {
        String t = dropCombining(s.replace('\u2019', '\'').replace('\u2018', '\'')).toLowerCase(java.util.Locale.ROOT);
        t = EDGE_SPACES.matcher(t).replaceAll("");
        for (int i = 0; i < 2; i++) t = ARTICLES.matcher(t).replaceFirst("");
        t = SEPARATORS.matcher(t).replaceAll(" ");
        t = PUNCT.matcher(t).replaceAll(" ");
        return EDGE_SPACES.matcher(SPACES.matcher(t).replaceAll(" ")).replaceAll("");
    }

    /** The gold format's claim-text normalisation (for evidence matching). */
    public static String normText(String s) {
        String t = dropCombining(s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' '))
                .toLowerCase(java.util.Locale.ROOT);
        t = t.replaceAll("[«»\"“”]", " ");
        return EDGE_SPACES.matcher(SPACES.matcher(t).replaceAll(" ")).replaceAll("");
    }

    /** A lowercase ASCII slug for IRIs: {@code "Hammam Al-Alil"} → {@code hammam-al-alil}. */
    public static String slug(String s) {
        String t = stripAccents(s.replace('\u2019', '\'')).toLowerCase(java.util.Locale.ROOT);
        t = t.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return t.isEmpty() ? "x" : t;
    }
}
