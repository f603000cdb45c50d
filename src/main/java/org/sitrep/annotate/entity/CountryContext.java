package org.sitrep.annotate.entity;

import java.util.List;
import org.sitrep.extract.EntityType;

/**
 * Which theatre a passage is about, Iraq or Syria, from the places found: first those of the mention's
 * sentence, then those of the whole article. Null when neither country clearly dominates.
 */
final class CountryContext {
    static final String IRAQ = "Q796", SYRIA = "Q858";

    private final String text;
    private final List<Candidate> kept;
    private final String article;

    CountryContext(String text, List<Candidate> kept) {
        this.text = text;
        this.kept = kept;
        this.article = dominant(0, text.length());
    }

    /** The article's theatre, or null. */
    String article() { return article; }

    /** The theatre of the sentence around {@code [start, end)}, else the article's, or null. */
    String at(int start, int end) {
        int s = start, e = end;
        while (s > 0 && !boundary(text.charAt(s - 1))) s--;
        while (e < text.length() && !boundary(text.charAt(e))) e++;
        String local = dominant(s, e);
        return local != null ? local : article;
    }

    private static boolean boundary(char c) { return c == '.' || c == '!' || c == '?' || c == '\n'; }

    private String dominant(int from, int to) {
        int iraq = 0, syria = 0;
        for (Candidate c : kept) {
            if (c.type != EntityType.PLACE || c.start < from || c.end > to || c.country == null) continue;
            if (c.country.equals(IRAQ)) iraq++;
            else if (c.country.equals(SYRIA)) syria++;
        }
        return iraq > syria ? IRAQ : syria > iraq ? SYRIA : null;
    }
}
