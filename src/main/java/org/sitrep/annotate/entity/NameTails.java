package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fast way to run a pattern that starts with a capitalised name and goes on with a tail
 * ("X Y, porte-parole de", "X Y a déclaré", "X, un village"): {@link Matcher#find()} would try the name
 * at every capital letter and backtrack through it for the tail. Here the pattern is tried only in the
 * run of name characters (letters, spaces and the given extra characters) that ends at a possible
 * tail position, and only when the word right before it carries a capital. The matches are exactly
 * those of repeated {@code find()} provided (1) every match is one line, (2) its name part is made of
 * name characters, ends with a word holding a capital and is followed, after optional spaces, by one
 * of the given tail positions, (3) every match holds one tail position, and (4) the tail check matches there.
 */
final class NameTails {
    private NameTails() { }

    /**
     * The matches, in order; {@code tails} are the possible tail positions, ascending, and {@code tail}
     * (may be null) what must match at a tail position for a match to hold it.
     */
    static List<MatchResult> all(Pattern pattern, String text, int[] tails, Pattern tail, String nameChars) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Matcher check = tail == null ? null : tail.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int next = 0;
        for (int t : tails) {
            if (t < next || check != null && !check.region(t, text.length()).lookingAt()) continue;
            int e = t;
            while (e > 0 && isSpace(text.charAt(e - 1))) e--;
            boolean capital = false;
            for (int w = e - 1; w >= 0 && isWordChar(text.charAt(w)); w--) if (Character.isUpperCase(text.charAt(w))) capital = true;
            if (!capital) continue;
            int s = t;
            while (s > 0 && (Character.isLetter(text.charAt(s - 1)) || nameChars.indexOf(text.charAt(s - 1)) >= 0)) s--;
            int lineEnd = text.indexOf('\n', t);
            m.region(Math.max(s, next), lineEnd < 0 ? text.length() : lineEnd);
            if (m.find()) {
                out.add(m.toMatchResult());
                next = m.end();
            }
        }
        return out;
    }

    /** Positions of a character, ascending. */
    static int[] positions(String text, char c) {
        int[] out = new int[16];
        int n = 0;
        for (int i = text.indexOf(c); i >= 0; i = text.indexOf(c, i + 1)) {
            if (n == out.length) out = java.util.Arrays.copyOf(out, n * 2);
            out[n++] = i;
        }
        return java.util.Arrays.copyOf(out, n);
    }

    private static boolean isSpace(char c) { return c == ' ' || c == '\u00a0'; }

    private static boolean isWordChar(char c) {
        return Character.isLetter(c) || c == '\'' || c == '’' || c == '-' || c == '\u2011';
    }
}
