package org.sitrep.annotate.claim;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Runs a case-insensitive pattern whose every match starts, right after {@code (?<![\p{L}-])}, with one of a few
 * lead words ("a déclaré", "affirme", "ont-ils …"): instead of letting {@link Matcher#find()} try the pattern at every
 * character, it is tried only where a letter run starts (the previous character is neither a letter nor '-') whose
 * folded form begins with a lead. The matches are exactly those of repeated {@code find()}: the candidates are a
 * superset of the positions where the pattern can match, and the pattern itself decides at each (with transparent,
 * non-anchoring bounds, as {@code find()} sees the text). A lead ending in {@code $} must be followed by a character
 * that is not a letter or digit. Characters compare as the pattern's {@code CASE_INSENSITIVE | UNICODE_CASE}
 * comparison does (lower case of upper case, accents kept: "à" does not lead "a"); leads are written in lower case.
 */
final class LeadFinder {
    private static final char[] FOLD = new char[0x250];
    static {
        for (char c = 0; c < FOLD.length; c++) FOLD[c] = Character.toLowerCase(Character.toUpperCase(c));
    }

    private final Pattern pattern;
    private final String[][] byFirst = new String[128][];
    /** Leads whose first folded character is not ASCII. */
    private final String[] other;

    LeadFinder(Pattern pattern, Collection<String> leads) {
        this.pattern = pattern;
        List<List<String>> buckets = new ArrayList<>();
        for (int i = 0; i <= 128; i++) buckets.add(new ArrayList<>());
        for (String lead : leads) {
            StringBuilder f = new StringBuilder();
            for (int i = 0; i < lead.length(); i++) f.append(lead.charAt(i) == '$' && i == lead.length() - 1 ? '$' : fold(lead.charAt(i)));
            String folded = f.toString();
            char c = folded.charAt(0);
            List<String> b = buckets.get(c < 128 ? c : 128);
            if (!b.contains(folded)) b.add(folded);
        }
        for (int i = 0; i < 128; i++) byFirst[i] = buckets.get(i).toArray(String[]::new);
        other = buckets.get(128).toArray(String[]::new);
    }

    Pattern pattern() { return pattern; }

    /** A finder over the text, used like a {@link Matcher} with repeated {@code find()}. */
    Finder finder(String text) { return new Finder(text); }

    final class Finder {
        private final String text;
        private final Matcher m;
        private int pos;

        private Finder(String text) {
            this.text = text;
            this.m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        }

        /** The next match, as {@link Matcher#find()} would give it; its bounds and groups are those of {@link #matcher()}. */
        boolean find() {
            int len = text.length();
            for (int i = pos; i < len; i++) {
                if (!candidate(text, i)) continue;
                m.region(i, len);
                if (m.lookingAt()) {
                    pos = Math.max(m.end(), i + 1);
                    return true;
                }
            }
            pos = len;
            return false;
        }

        Matcher matcher() { return m; }
    }

    private boolean candidate(String text, int i) {
        if (i > 0) {
            char p = text.charAt(i - 1);
            if (p == '-' || Character.isLetter(p)) return false;
        }
        char c = fold(text.charAt(i));
        String[] leads = c < 128 ? byFirst[c] : other;
        for (String lead : leads) if (startsWith(text, i, lead)) return true;
        return false;
    }

    private static boolean startsWith(String text, int i, String lead) {
        int n = lead.length(), len = text.length();
        for (int k = 0; k < n; k++) {
            char l = lead.charAt(k);
            if (l == '$' && k == n - 1) return i + k >= len || !Character.isLetterOrDigit(text.charAt(i + k));
            if (i + k >= len) return false;
            char t = fold(text.charAt(i + k));
            if (t != l) return false;
        }
        return true;
    }

    /** The pattern's case-insensitive comparison ({@code UNICODE_CASE}): lower case of upper case, accents kept. */
    static char fold(char c) { return c < FOLD.length ? FOLD[c] : Character.toLowerCase(Character.toUpperCase(c)); }
}
