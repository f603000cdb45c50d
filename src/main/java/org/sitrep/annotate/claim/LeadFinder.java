package org.sitrep.annotate.claim;

import java.util.HashMap;
import java.util.Collection;
import java.util.Map;
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
    /** The leads as a trie of folded characters. */
    private final Node root = new Node();

    private static final class Node {
        final Map<Character, Node> next = new HashMap<>();
        /** A lead ends here. */
        boolean prefix;
        /** A lead ending in '$' ends here. */
        boolean word;
    }

    /** Whether a '-' before a position rules it out (the pattern starts with {@code (?<![\p{L}-])}, not {@code (?<![\p{L}])}). */
    private final boolean hyphen;

    LeadFinder(Pattern pattern, Collection<String> leads) { this(pattern, leads, true); }

    LeadFinder(Pattern pattern, Collection<String> leads, boolean hyphen) {
        this.pattern = pattern;
        this.hyphen = hyphen;
        for (String lead : leads) {
            boolean word = lead.endsWith("$");
            String chars = word ? lead.substring(0, lead.length() - 1) : lead;
            Node n = root;
            for (int i = 0; i < chars.length(); i++) n = n.next.computeIfAbsent(fold(chars.charAt(i)), k -> new Node());
            if (word) n.word = true;
            else n.prefix = true;
        }
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

    /**
     * Start of the first match of {@code pattern.matcher(text).region(from, text.length()).find()} (default, opaque
     * bounds: at {@code from} the lookbehind sees nothing), or -1. For patterns without anchors.
     */
    int firstFrom(String text, int from) {
        int len = text.length();
        Matcher m = pattern.matcher(text);
        for (int i = from; i < len; i++) {
            if (i == from ? !leads(text, i) : !candidate(text, i)) continue;
            m.useTransparentBounds(i > from).useAnchoringBounds(i == from).region(i, len);
            if (m.lookingAt()) return i;
        }
        return -1;
    }

    private boolean candidate(String text, int i) {
        if (i > 0) {
            char p = text.charAt(i - 1);
            if ((hyphen && p == '-') || Character.isLetter(p)) return false;
        }
        return leads(text, i);
    }

    private boolean leads(String text, int i) {
        int len = text.length();
        Node n = root;
        for (int k = i; ; k++) {
            if (n.prefix) return true;
            if (n.word && (k >= len || !Character.isLetterOrDigit(text.charAt(k)))) return true;
            if (k >= len) return false;
            n = n.next.get(fold(text.charAt(k)));
            if (n == null) return false;
        }
    }

    /** The pattern's case-insensitive comparison ({@code UNICODE_CASE}): lower case of upper case, accents kept. */
    static char fold(char c) { return c < FOLD.length ? FOLD[c] : Character.toLowerCase(Character.toUpperCase(c)); }
}
