package org.sitrep.annotate.claim;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.Layers;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Sentence;
import org.sitrep.doc.Embed;
import org.sitrep.extract.Claim;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Span;
import org.sitrep.lexicon.Names;

/**
 * Direct quotes with their speaker: « … », “ … ”, "…" attributed by a frame after the quote
 * ("…», a déclaré X", "…», a-t-il ajouté"), before it ("X :", "X a déclaré :", "selon X, « … »",
 * a speaker line ending with a colon), or continuing an attributed quote ("“A”, affirme X. B.”").
 * Quotes with no frame (titles, scare quotes) are not claims. Embedded posts are direct quotes of their account.
 */
public final class QuoteAnnotator implements Annotator {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern LEAD = Pattern.compile("^[\\s,]*", FLAGS);
    private static final Pattern SELON_AFTER = Pattern.compile("^[\\s,]*(?:selon|d['’]après)\\s+", FLAGS);
    private static final Pattern SELON_BEFORE = Pattern.compile("(?:^|[\\s,(])(?:selon|d['’]après|pour)\\s+([^,«“\"]{2,120}?(?:,\\s*[^,«“\"]{2,80}?)?)\\s*,?\\s*$", FLAGS);
    private static final Pattern VERB_QUE_BEFORE = Pattern.compile("\\s*(?:que|qu['’])?\\s*:?\\s*$", FLAGS);
    /** "Et d'ajouter :", "avant de conclure :": the speaker of the previous quote goes on. */
    private static final Pattern CONTINUATION = Pattern.compile(
            "(?:^|[\\s.])(?:et|avant|puis)\\s+(?:d['’]|de\\s+)(?:ajouter|insister|conclure|préciser|expliquer|affirmer|enchaîner|poursuivre|renchérir|lancer|marteler)", FLAGS);
    /** A quote running over paragraphs re-opens each one with «: the paragraph break and mark are not part of the words. */
    private static final Pattern PARAGRAPH_REOPEN = Pattern.compile("\\s*\\n\\s*[«“]\\s*");
    private static final int MIN_WORDS = 3;

    private final SpeechLexicon lex;

    public QuoteAnnotator() { this(SpeechLexicon.standard()); }

    public QuoteAnnotator(SpeechLexicon lex) { this.lex = lex; }

    @Override public Set<Class<?>> requires() { return Set.of(Sentence.class, Mention.class, Layers.ENTITIES.class); }

    @Override public Set<Class<?>> produces() { return Set.of(Claim.class); }

    /** A quote found with its frame; {@code frameEnd} is where the attribution ends (for continuations). */
    private static final class Found {
        final int contentStart, contentEnd, frameEnd;
        final List<Span> parts = new ArrayList<>();
        SpeakerResolver.Attribution who;

        Found(int cs, int ce, int frameEnd, SpeakerResolver.Attribution who) {
            this.contentStart = cs;
            this.contentEnd = ce;
            this.frameEnd = frameEnd;
            this.who = who;
            parts.add(new Span(cs, ce));
        }
    }

    @Override public void annotate(AnnotatedDocument doc) {
        ApposedSpeakers.annotate(doc, lex);
        TextIndex idx = new TextIndex(doc);
        SpeakerResolver resolver = new SpeakerResolver(idx, lex);
        String text = idx.text();
        List<Found> found = new ArrayList<>();
        for (QuoteScanner.Quote q : QuoteScanner.scan(text)) {
            if (idx.inEmbed(Math.max(0, q.close()))) continue;
            if (q.orphan()) {
                orphan(idx, resolver, q.close(), found);
                continue;
            }
            int cs = q.contentStart(), ce = q.close();
            Found prev = found.isEmpty() ? null : found.get(found.size() - 1);
            int[] after = afterFrame(text, ce + 1);
            if (after != null) {
                SpeakerResolver.Attribution who = resolver.resolve(after[0], after[1], cs);
                if (continues(text, prev, q.open(), false)) {
                    prev.parts.add(new Span(cs, ce));
                    if (prev.who.claimant() == null) prev.who = who;
                    found.set(found.size() - 1, extend(prev, ce, after[1]));
                } else found.add(new Found(cs, ce, after[1], who));
                continue;
            }
            int[] before = beforeFrame(idx, q.open());
            if (before != null) {
                SpeakerResolver.Attribution who = resolver.resolve(before[0], before[1], cs);
                if (who.claimant() == null && prev != null && CONTINUATION.matcher(text.substring(before[0], before[1])).find()) who = prev.who;
                found.add(new Found(cs, ce, ce + 1, who));
            } else if (continues(text, prev, q.open(), true) || ownParagraphAfter(idx, prev, q)) {
                if (continues(text, prev, q.open(), true)) {
                    prev.parts.add(new Span(cs, ce));
                    found.set(found.size() - 1, extend(prev, ce, ce + 1));
                } else found.add(new Found(cs, ce, ce + 1, prev.who));
            }
        }
        List<Claim> claims = new ArrayList<>(doc.layer(Claim.class));
        for (Found f : found) {
            StringBuilder sb = new StringBuilder();
            for (Span p : f.parts) {
                if (sb.length() > 0) sb.append(" […] ");
                sb.append(PARAGRAPH_REOPEN.matcher(p.of(text).strip()).replaceAll(" "));
            }
            String t = sb.toString();
            if (t.split("\\s+").length < MIN_WORDS) continue;
            int s0 = f.contentStart, e0 = f.contentEnd;
            while (s0 < e0 && Character.isWhitespace(text.charAt(s0))) s0++;
            while (e0 > s0 && Character.isWhitespace(text.charAt(e0 - 1))) e0--;
            Claim c = new Claim(Claim.Kind.DIRECT_QUOTE, new Span(s0, e0), t);
            c.claimant = f.who.claimant();
            c.relays.addAll(f.who.relays());
            ClaimDetails.complete(idx, c);
            claims.add(c);
        }
        for (Embed e : doc.article().embeds()) claims.add(embedClaim(idx, e));
        claims.sort(Comparator.comparing((Claim c) -> c.evidence));
        doc.set(Claim.class, claims);
    }

    private static Found extend(Found f, int contentEnd, int frameEnd) {
        Found g = new Found(f.contentStart, contentEnd, frameEnd, f.who);
        g.parts.clear();
        g.parts.addAll(f.parts);
        return g;
    }

    /**
     * True when only punctuation separates the previous quote's frame from this opening mark: an incise
     * ("« A », a-t-il dit, « B »"), or, for a quote with no frame of its own, the next sentence too.
     */
    private static boolean continues(String text, Found prev, int open, boolean acrossSentences) {
        if (prev == null || prev.frameEnd > open) return false;
        String gap = text.substring(prev.frameEnd, open);
        if (!acrossSentences && gap.contains(".")) return false;
        return gap.length() <= 4 && gap.strip().replaceAll("[,;.]", "").isEmpty() && !gap.contains("\n");
    }

    /** A quote that is a paragraph of its own right after a paragraph ending in an attributed quote. */
    private static boolean ownParagraphAfter(TextIndex idx, Found prev, QuoteScanner.Quote q) {
        if (prev == null || prev.who.claimant() == null) return false;
        String text = idx.text();
        Span line = idx.lineAt(q.open());
        if (!text.substring(line.start(), q.open()).isBlank()) return false;
        int li = idx.lineIndex(q.open());
        if (li <= 0) return false;
        Span before = idx.lines().get(li - 1);
        return prev.contentEnd >= before.start() && prev.contentEnd < before.end() + 1
                && text.substring(prev.contentEnd + 1, before.end()).strip().length() <= 2;
    }

    /** "…”, affirme X. B.”": the orphan closing mark continues the previous attributed quote of the paragraph. */
    private void orphan(TextIndex idx, SpeakerResolver resolver, int close, List<Found> found) {
        String text = idx.text();
        Found prev = found.isEmpty() ? null : found.get(found.size() - 1);
        int li = idx.lineIndex(close);
        int floor = li <= 0 ? 0 : idx.lines().get(Math.max(0, li - 1)).start();
        if (prev != null && prev.frameEnd <= close && prev.frameEnd >= floor) {
            int start = skipSpace(text, prev.frameEnd);
            if (close - start < 3) return;
            prev.parts.add(new Span(start, close));
            found.set(found.size() - 1, extend(prev, close, close + 1));
            return;
        }
        int[] after = afterFrame(text, close + 1);
        if (after == null) return;
        int start = skipSpace(text, idx.lineAt(close).start());
        if (close - start < 3) return;
        found.add(new Found(start, close, after[1], resolver.resolve(after[0], after[1], start)));
    }

    private static int skipSpace(String text, int i) {
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == '.')) i++;
        return i;
    }

    /** The frame right after a closing mark: ", a déclaré X", ", a-t-il ajouté", ", selon X"; {start, end} or null. */
    private int[] afterFrame(String text, int pos) {
        if (pos >= text.length()) return null;
        String rest = text.substring(pos, Math.min(text.length(), pos + 300));
        Matcher lead = LEAD.matcher(rest);
        int s = lead.lookingAt() ? lead.end() : 0;
        if (s > 0 && rest.substring(0, s).contains("\n")) return null;
        Matcher v = lex.invertedVerb.matcher(rest);
        v.region(s, rest.length());
        Matcher sel = SELON_AFTER.matcher(rest);
        Matcher extra = lex.afterQuoteVerb.matcher(rest);
        extra.region(s, rest.length());
        int npFrom;
        if (v.lookingAt()) npFrom = v.end();
        else if (extra.lookingAt()) npFrom = extra.end();
        else if (sel.lookingAt()) npFrom = sel.end();
        else return null;
        int end = npEnd(rest, npFrom);
        return new int[] {pos + s, pos + end};
    }

    /** End of a speaker noun phrase after a verb: sentence end, a new quote, a semicolon; a line break only once a word was read. */
    static int npEnd(String s, int from) {
        boolean word = false;
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (Character.isLetter(c)) word = true;
            if (c == '«' || c == '“' || c == '"' || c == ';' || c == '!' || c == '?' || c == '(') return i;
            if (c == '\n' && word) return i;
            if (c == '.' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))
                    && !abbreviation(s, i)) return i;
        }
        return s.length();
    }

    private static boolean abbreviation(String s, int dot) {
        int j = dot - 1;
        while (j >= 0 && Character.isLetter(s.charAt(j))) j--;
        String w = s.substring(j + 1, dot);
        return w.length() == 1 && Character.isUpperCase(w.charAt(0)) || Set.of("Gén", "gén", "Col", "col", "St", "Dr", "M", "Mme", "Lt").contains(w);
    }

    /** The frame before an opening mark: "X :", "X a déclaré :", "selon X, «", or a speaker line ending with a colon. */
    private int[] beforeFrame(TextIndex idx, int open) {
        String text = idx.text();
        Span line = idx.lineAt(open);
        int from = line.start();
        int si = idx.sentenceIndex(open);
        if (si >= 0 && idx.sentences().get(si).start() > from && idx.sentences().get(si).start() < open) from = idx.sentences().get(si).start();
        String pre = text.substring(from, open);
        String trimmed = pre.stripTrailing();
        if (trimmed.isBlank()) {
            int li = idx.lineIndex(open);
            if (li <= 0) return null;
            Span prevLine = idx.lines().get(li - 1);
            String pl = prevLine.of(text).strip();
            if (pl.endsWith(":") && pl.length() < 200) return new int[] {prevLine.start(), prevLine.start() + prevLine.of(text).lastIndexOf(':')};
            return null;
        }
        if (trimmed.endsWith(":")) {
            int colon = from + trimmed.length() - 1;
            return new int[] {from, colon};
        }
        Matcher sel = SELON_BEFORE.matcher(pre);
        if (sel.find() && isSpeakerPhrase(sel.group(1))) return new int[] {from + sel.start(1), from + sel.end(1)};
        LeadFinder.Finder v = lex.finiteVerbs.finder(pre);
        int last = -1, lastEnd = -1;
        while (v.find()) { last = v.matcher().start(); lastEnd = v.matcher().end(); }
        if (last >= 0 && VERB_QUE_BEFORE.matcher(pre.substring(lastEnd)).matches()) return new int[] {from, from + lastEnd};
        return null;
    }

    private boolean isSpeakerPhrase(String np) {
        String n = np.strip().toLowerCase(Locale.ROOT);
        for (String ex : lex.selonExclusions) if (n.startsWith(ex)) return false;
        return true;
    }

    private static Claim embedClaim(TextIndex idx, Embed e) {
        String text = idx.text();
        int s = Math.max(0, Math.min(e.start(), text.length())), en = Math.max(s, Math.min(e.end(), text.length()));
        Claim c = new Claim(Claim.Kind.DIRECT_QUOTE, new Span(s, en), text.substring(s, en).strip());
        c.claimant = account(idx.doc(), e).id();
        ClaimDetails.complete(idx, c);
        return c;
    }

    /** The entity of an embed's account (key = handle lowercased), created when the entity table lacks it. */
    static Entity account(AnnotatedDocument doc, Embed e) {
        String key = e.handle() != null ? e.handle().toLowerCase(Locale.ROOT) : Names.slug(e.accountName());
        String id = EntityType.SOCIAL_ACCOUNT.segment + "/" + key;
        Entity existing = doc.entities().get(id);
        if (existing != null) return existing;
        String label = e.handle() == null ? e.accountName()
                : (e.accountName() == null || e.accountName().isBlank() ? "@" + e.handle() : e.accountName() + " (@" + e.handle() + ")");
        Entity ent = doc.entity(EntityType.SOCIAL_ACCOUNT, key, label);
        if (e.handle() != null) ent.altLabels.add("@" + e.handle());
        return ent;
    }
}
