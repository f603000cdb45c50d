package org.sitrep.annotate.text;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Sentence;
import org.sitrep.extract.Span;

/**
 * Splits the cleaned text into sentences: every line is a paragraph (a heading, a caption, a post),
 * and a paragraph is cut after . ! ? … when a capital, a digit or an opening quote follows, except
 * after known abbreviations and initials, and never inside « » or “ ” quotes (a quotation of several
 * sentences stays one sentence).
 */
public final class SentenceAnnotator implements Annotator {

    private static final Set<String> ABBREVIATIONS = Set.of(
            "m", "mm", "mme", "mmes", "mlle", "dr", "pr", "me", "st", "ste", "gén", "gen", "col", "lt", "cdt", "sgt",
            "av", "apr", "j.-c", "etc", "cf", "p", "n", "no", "vol", "min", "max", "env", "mr", "mrs", "ms", "jr",
            "sr", "u.s", "u.n", "janv", "févr", "fev", "sept", "oct", "nov", "déc", "dec", "vs", "éd", "ed", "art");

    @Override public Set<Class<?>> requires() { return Set.of(); }

    @Override public Set<Class<?>> produces() { return Set.of(Sentence.class); }

    @Override public void annotate(AnnotatedDocument doc) { doc.set(Sentence.class, split(doc.text())); }

    /** The sentences of a text, in order; blank lines produce none. */
    public static List<Sentence> split(String text) {
        List<Sentence> out = new ArrayList<>();
        int n = text.length();
        int lineStart = 0;
        while (lineStart <= n) {
            int lineEnd = text.indexOf('\n', lineStart);
            if (lineEnd < 0) lineEnd = n;
            splitLine(text, lineStart, lineEnd, out);
            lineStart = lineEnd + 1;
        }
        return out;
    }

    private static void splitLine(String text, int from, int to, List<Sentence> out) {
        int start = from;
        int depth = 0;
        for (int i = from; i < to; i++) {
            char c = text.charAt(i);
            if (c == '«' || c == '“') depth++;
            else if ((c == '»' || c == '”') && depth > 0) depth--;
            else if ((c == '.' || c == '!' || c == '?' || c == '…') && depth == 0 && isBoundary(text, i, to)) {
                int end = i + 1;
                while (end < to && ".!?…)\"”»".indexOf(text.charAt(end)) >= 0) end++;
                add(text, start, end, out);
                start = end;
                i = end - 1;
            }
        }
        add(text, start, to, out);
    }

    private static boolean isBoundary(String text, int i, int to) {
        int j = i + 1;
        while (j < to && ".!?…)\"”»".indexOf(text.charAt(j)) >= 0) j++;
        if (j >= to) return true;
        if (!Character.isWhitespace(text.charAt(j))) return false;
        while (j < to && Character.isWhitespace(text.charAt(j))) j++;
        if (j >= to) return true;
        char next = text.charAt(j);
        if (!(Character.isUpperCase(next) || Character.isDigit(next) || next == '«' || next == '“' || next == '"'
                || next == '—' || next == '-')) return false;
        if (text.charAt(i) != '.') return true;
        int w = i;
        while (w > 0 && (Character.isLetter(text.charAt(w - 1)) || text.charAt(w - 1) == '.' || text.charAt(w - 1) == '-')) w--;
        String word = text.substring(w, i).toLowerCase(java.util.Locale.ROOT);
        if (word.length() == 1 && Character.isUpperCase(text.charAt(w))) return false; // an initial: "J. Smith"
        return !ABBREVIATIONS.contains(word);
    }

    private static void add(String text, int start, int end, List<Sentence> out) {
        while (start < end && Character.isWhitespace(text.charAt(start))) start++;
        while (end > start && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > start) out.add(new Sentence(new Span(start, end)));
    }
}
