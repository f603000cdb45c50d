package org.sitrep.annotate.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.Predicate;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Sentence;
import org.sitrep.doc.Embed;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Span;

/**
 * Read-only index over an annotated document for the claim and operation annotators:
 * sentences, paragraphs (lines) and entity mentions in text order, with position look-ups.
 */
public final class TextIndex {
    private final AnnotatedDocument doc;
    private final String text;
    private final List<Span> sentences = new ArrayList<>();
    private final List<Span> lines = new ArrayList<>();
    private final List<Mention> mentions = new ArrayList<>();
    private final List<Span> embedLines = new ArrayList<>();

    public TextIndex(AnnotatedDocument doc) {
        this.doc = doc;
        this.text = doc.text();
        for (Sentence s : doc.layer(Sentence.class)) sentences.add(s.span());
        sentences.sort(Comparator.naturalOrder());
        for (Mention m : doc.layer(Mention.class)) {
            if (doc.entities().containsKey(m.entityId())) mentions.add(m);
        }
        mentions.sort(Comparator.comparing(Mention::span).thenComparing(Mention::entityId));
        int start = 0;
        for (int i = 0; i <= text.length(); i++) {
            if (i == text.length() || text.charAt(i) == '\n') {
                if (i > start) lines.add(new Span(start, i));
                start = i + 1;
            }
        }
        for (Embed e : doc.article().embeds()) {
            int s = Math.max(0, Math.min(e.lineStart(), e.start()));
            int en = Math.min(text.length(), Math.max(e.lineEnd(), e.end()));
            if (en > s) embedLines.add(new Span(s, en));
        }
    }

    public AnnotatedDocument doc() { return doc; }

    /** Adds a mention of an entity created by a later annotator, to this index and to the document's Mention layer. */
    public void add(Mention m) {
        int i = 0;
        while (i < mentions.size() && mentions.get(i).span().compareTo(m.span()) <= 0) i++;
        mentions.add(i, m);
        List<Mention> layer = doc.layer(Mention.class);
        layer.add(m);
        layer.sort(Comparator.comparing(Mention::span).thenComparing(Mention::entityId));
    }

    public String text() { return text; }

    public List<Span> sentences() { return sentences; }

    public List<Span> lines() { return lines; }

    /** True when the position lies in an embedded post (or its signature line). */
    public boolean inEmbed(int pos) {
        for (Span s : embedLines) if (s.start() <= pos && pos < s.end()) return true;
        return false;
    }

    /** Index of the sentence containing the position, or of the last sentence starting before it; -1 if none. */
    public int sentenceIndex(int pos) {
        int lo = 0, hi = sentences.size() - 1, best = -1;
        while (lo <= hi) {
            int mid = (lo + hi) >>> 1;
            if (sentences.get(mid).start() <= pos) { best = mid; lo = mid + 1; } else hi = mid - 1;
        }
        return best;
    }

    /** The line (paragraph) containing the position. */
    public Span lineAt(int pos) {
        for (Span l : lines) if (l.start() <= pos && pos <= l.end()) return l;
        return new Span(Math.min(pos, text.length()), Math.min(pos, text.length()));
    }

    /** Index of the line containing the position, or -1. */
    public int lineIndex(int pos) {
        for (int i = 0; i < lines.size(); i++) if (lines.get(i).start() <= pos && pos <= lines.get(i).end()) return i;
        return -1;
    }

    /** Mentions lying entirely inside [start, end), in text order. */
    public List<Mention> mentionsIn(int start, int end) {
        List<Mention> out = new ArrayList<>();
        for (Mention m : mentions) {
            if (m.span().start() >= end) break;
            if (m.span().start() >= start && m.span().end() <= end) out.add(m);
        }
        return out;
    }

    public Entity entity(Mention m) { return doc.entities().get(m.entityId()); }

    public EntityType type(Mention m) { return entity(m).type; }

    /** The last mention ending before {@code pos} (and starting at or after {@code floor}) that satisfies the test. */
    public Mention lastBefore(int pos, int floor, Predicate<Mention> test) {
        Mention best = null;
        for (Mention m : mentions) {
            if (m.span().end() > pos) break;
            if (m.span().start() >= floor && test.test(m)) best = m;
        }
        return best;
    }

    /** The first mention starting at or after {@code pos} and ending before {@code ceiling} that satisfies the test. */
    public Mention firstAfter(int pos, int ceiling, Predicate<Mention> test) {
        for (Mention m : mentions) {
            if (m.span().start() < pos) continue;
            if (m.span().end() > ceiling) break;
            if (test.test(m)) return m;
        }
        return null;
    }

    /** End offset of the sentence {@code ahead} sentences after the one containing pos (clamped to the text). */
    public int sentenceEndAhead(int pos, int ahead) {
        int i = sentenceIndex(pos);
        if (sentences.isEmpty()) return text.length();
        return sentences.get(Math.min(sentences.size() - 1, Math.max(0, i) + ahead)).end();
    }
}
