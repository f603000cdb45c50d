package org.sitrep.annotate.entity;

import java.util.Arrays;
import java.util.Locale;
import org.sitrep.lexicon.Names;

/**
 * The word tokens of a text: maximal runs of letters and digits, with their offsets and their
 * comparison form (accents removed, lower case). Apostrophes, hyphens and punctuation separate tokens.
 */
final class Tokens {
    final String text;
    final int[] start;
    final int[] end;
    final String[] norm;
    final int size;

    private Tokens(String text, int[] start, int[] end, String[] norm, int size) {
        this.text = text;
        this.start = start;
        this.end = end;
        this.norm = norm;
        this.size = size;
    }

    static Tokens of(String text) {
        int cap = Math.max(16, text.length() / 5);
        int[] s = new int[cap];
        int[] e = new int[cap];
        String[] n = new String[cap];
        int k = 0;
        int i = 0;
        int len = text.length();
        while (i < len) {
            if (!Character.isLetterOrDigit(text.charAt(i))) { i++; continue; }
            int j = i;
            boolean ascii = true;
            while (j < len && Character.isLetterOrDigit(text.charAt(j))) {
                if (text.charAt(j) > 127) ascii = false;
                j++;
            }
            if (k == s.length) {
                s = Arrays.copyOf(s, k * 2);
                e = Arrays.copyOf(e, k * 2);
                n = Arrays.copyOf(n, k * 2);
            }
            s[k] = i;
            e[k] = j;
            String w = text.substring(i, j);
            n[k] = (ascii ? w : Names.stripAccents(w)).toLowerCase(Locale.ROOT);
            k++;
            i = j;
        }
        return new Tokens(text, s, e, n, k);
    }

    /** The raw text of token i. */
    String raw(int i) { return text.substring(start[i], end[i]); }

    /** True when tokens i and i+1 are joined by at most a few spaces, hyphens or apostrophes (no punctuation, no line break). */
    boolean joined(int i) {
        int a = end[i];
        int b = start[i + 1];
        if (b - a > 3) return false;
        for (int p = a; p < b; p++) {
            char c = text.charAt(p);
            if (!(c == ' ' || c == '\u00a0' || c == '-' || c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u2011')) return false;
        }
        return true;
    }

    /** Index of the first token starting at or after this offset (size when none). */
    int firstAtOrAfter(int offset) {
        int lo = 0, hi = size;
        while (lo < hi) {
            int mid = (lo + hi) >>> 1;
            if (start[mid] < offset) lo = mid + 1; else hi = mid;
        }
        return lo;
    }
}
