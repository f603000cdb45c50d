package org.sitrep.annotate.text;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A fast way to run a pattern that can only start at the beginning of a word with one of a few
 * lead words ("village", "près", "a déclaré" ...): instead of letting {@link Matcher#find()} try the
 * pattern at every character (slow for a long case-insensitive alternation), the text is scanned
 * once for word starts whose folded form (lower case, no accents) begins with a lead, and the pattern
 * is tried only there. The matches are exactly those of repeated {@code find()} provided every match
 * of the pattern starts at such a word (a word: a maximal run of letters and digits). A lead ending
 * in {@code $} must be the whole word ("à$" does not accept "avec"); the lead {@code #} accepts any
 * word starting with a digit.
 */
public final class Leads {

    private static final char[] FOLD = new char[0x250];
    static {
        for (char c = 0; c < FOLD.length; c++) {
            String s = Normalizer.normalize(String.valueOf(Character.toLowerCase(c)), Normalizer.Form.NFKD);
            FOLD[c] = !Character.isLetter(c) || s.isEmpty() || !Character.isLetter(s.charAt(0)) ? c : s.charAt(0);
        }
    }

    private final Pattern pattern;
    private final boolean digits;
    /** The folded leads as a trie (a lead stops at its first {@code $}). */
    private final Node root = new Node();
    /** The root's children by character (the common case). */
    private static final int FIRST_SIZE = 0x250;
    private final Node[] first = new Node[FIRST_SIZE];

    private static final class Node {
        char[] keys = new char[0];
        Node[] kids = new Node[0];
        boolean accept;
        boolean acceptAtWordEnd;

        Node child(char c) {
            char[] k = keys;
            for (int i = 0; i < k.length; i++) if (k[i] == c) return kids[i];
            return null;
        }

        Node add(char c) {
            Node n = child(c);
            if (n != null) return n;
            n = new Node();
            keys = Arrays.copyOf(keys, keys.length + 1);
            kids = Arrays.copyOf(kids, kids.length + 1);
            keys[keys.length - 1] = c;
            kids[kids.length - 1] = n;
            return n;
        }
    }

    private Leads(Pattern pattern, List<String> leads) {
        this.pattern = pattern;
        boolean d = false;
        for (String lead : leads) {
            if (lead.equals("#")) { d = true; continue; }
            StringBuilder f = new StringBuilder();
            for (int i = 0; i < lead.length(); i++) f.append(lead.charAt(i) == '$' ? '$' : fold(lead.charAt(i)));
            String folded = f.toString();
            Node n = root;
            boolean dollar = false;
            for (int i = 0; i < folded.length(); i++) {
                char c = folded.charAt(i);
                if (c == '$') { dollar = true; break; }
                n = n.add(c);
            }
            if (dollar) n.acceptAtWordEnd = true; else n.accept = true;
        }
        this.digits = d;
        for (int i = 0; i < root.keys.length; i++) if (root.keys[i] < FIRST_SIZE) first[root.keys[i]] = root.kids[i];
    }

    /** The pattern with these lead words (see the class comment for {@code $} and {@code #}). */
    public static Leads of(Pattern pattern, String... leads) { return new Leads(pattern, List.of(leads)); }

    public Pattern pattern() { return pattern; }

    /** The matches of the pattern in the text, in order, as repeated {@link Matcher#find()} would give them. */
    public List<MatchResult> all(String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        int len = text.length();
        int next = 0;
        Words words = words(text);
        for (int i : words.starts) {
            if (i < next || !leads(words.folded, i)) continue;
            m.region(i, len);
            if (m.lookingAt()) {
                out.add(m.toMatchResult());
                next = Math.max(m.end(), i + 1);
            }
        }
        return out;
    }

    /** Every word start at which the pattern matches (matches may overlap), in order. */
    public int[] starts(String text) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        Words words = words(text);
        int[] out = new int[words.starts.length];
        int n = 0;
        for (int i : words.starts) {
            if (!leads(words.folded, i)) continue;
            m.region(i, text.length());
            if (m.lookingAt()) out[n++] = i;
        }
        return Arrays.copyOf(out, n);
    }

    /** The word starts and folded characters of the text, computed once per text and thread (annotators run many patterns over one text). */
    private static Words words(String text) {
        Words[] cache = CACHE.get();
        for (Words w : cache) if (w != null && w.text == text) return w;
        int h = text.hashCode();
        for (Words w : cache) if (w != null && w.hash == h && w.text.equals(text)) return w;
        int len = text.length();
        char[] folded = new char[len];
        int[] starts = new int[Math.max(16, len / 4)];
        int n = 0;
        boolean inWord = false;
        for (int i = 0; i < len; i++) {
            char c = text.charAt(i);
            folded[i] = fold(c);
            boolean w = Character.isLetterOrDigit(c);
            if (w && !inWord) {
                if (n == starts.length) starts = Arrays.copyOf(starts, n * 2);
                starts[n++] = i;
            }
            inWord = w;
        }
        Words words = new Words(text, h, Arrays.copyOf(starts, n), folded);
        int slot = CURSOR.get()[0]++ & (cache.length - 1);
        cache[slot] = words;
        return words;
    }

    private record Words(String text, int hash, int[] starts, char[] folded) { }

    /** The last few texts seen by this thread (round robin), matched by identity then by content. */
    private static final ThreadLocal<Words[]> CACHE = ThreadLocal.withInitial(() -> new Words[8]);
    private static final ThreadLocal<int[]> CURSOR = ThreadLocal.withInitial(() -> new int[1]);

    private boolean leads(char[] folded, int i) {
        char c = folded[i];
        if (digits && Character.isDigit(c)) return true;
        if (root.accept || root.acceptAtWordEnd) return slowLeads(folded, i);
        Node n = c < FIRST_SIZE ? first[c] : root.child(c);
        if (n == null) return false;
        int len = folded.length;
        for (int k = i + 1; ; k++) {
            if (n.accept) return true;
            if (n.acceptAtWordEnd && (k >= len || !Character.isLetterOrDigit(folded[k]))) return true;
            if (k >= len) return false;
            n = n.child(folded[k]);
            if (n == null) return false;
        }
    }

    private boolean slowLeads(char[] folded, int i) {
        Node n = root;
        int len = folded.length;
        for (int k = i; ; k++) {
            if (n.accept) return true;
            if (n.acceptAtWordEnd && (k >= len || !Character.isLetterOrDigit(folded[k]))) return true;
            if (k >= len) return false;
            n = n.child(folded[k]);
            if (n == null) return false;
        }
    }

    /** Lower case without accent, for characters of the Latin alphabets; others only lower-cased. */
    static char fold(char c) { return c < FOLD.length ? FOLD[c] : Character.toLowerCase(c); }
}
