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
    private static final Pattern PUNCT = Pattern.compile("[^\\w' %]", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern SPACES = Pattern.compile("\\s+", Pattern.UNICODE_CHARACTER_CLASS);
    private static final Pattern MARKS = Pattern.compile("\\p{M}+");

    /** Accents removed (NFKD, combining marks dropped), nothing else changed. */
    public static String stripAccents(String s) {
        return MARKS.matcher(Normalizer.normalize(s, Normalizer.Form.NFKD)).replaceAll("");
    }

    /** The gold format's name normalisation. */
    public static String norm(String s) {
        String t = stripAccents(s.replace('\u2019', '\'').replace('\u2018', '\'')).toLowerCase(java.util.Locale.ROOT).strip();
        for (int i = 0; i < 2; i++) t = ARTICLES.matcher(t).replaceFirst("");
        t = SEPARATORS.matcher(t).replaceAll(" ");
        t = PUNCT.matcher(t).replaceAll(" ");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** The gold format's claim-text normalisation (for evidence matching). */
    public static String normText(String s) {
        String t = stripAccents(s.replace('\u2019', '\'').replace('\u2018', '\'').replace('\u00a0', ' '))
                .toLowerCase(java.util.Locale.ROOT);
        t = t.replaceAll("[«»\"“”]", " ");
        return SPACES.matcher(t).replaceAll(" ").strip();
    }

    /** A lowercase ASCII slug for IRIs: {@code "Hammam Al-Alil"} → {@code hammam-al-alil}. */
    public static String slug(String s) {
        String t = stripAccents(s.replace('\u2019', '\'')).toLowerCase(java.util.Locale.ROOT);
        t = t.replaceAll("[^a-z0-9]+", "-").replaceAll("(^-+|-+$)", "");
        return t.isEmpty() ? "x" : t;
    }
}
