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
import org.sitrep.extract.Claim;
import org.sitrep.extract.Span;

/**
 * Reported speech: "selon X, …", "d'après X", "de source militaire", "Pour X, …", "X a affirmé que …",
 * "X ont déclaré avoir …", "…, annonce X", "… a été annoncé par X", "il a été annoncé que …" (attributed to
 * the speaker who follows). The claim text is the sentence without its attribution frame. A sentence
 * that carries no attribution (the outlet's own narration) gives no claim; one claim per sentence at most.
 */
public final class ReportedSpeechAnnotator implements Annotator {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final Pattern SELON = Pattern.compile(
            "(?<![\\p{L}])(?:selon|d['’]apr[èe]s)\\s+"
            + "|(?<![\\p{L}])de\\s+sources?\\s+(?=(?:militaire|sécuritaire|officielle|policière|médicale|locale|proche|kurde|irakienne|syrienne|américaine|gouvernementale|diplomatique)s?\\b)", FLAGS);
    private static final Pattern POUR = Pattern.compile("^\\s*pour\\s+([^,]{2,80}),\\s*", FLAGS);
    private static final Pattern QUE = Pattern.compile("^[^.;«“\"]{0,70}?\\b(?<que>que|qu['’])", FLAGS);
    private static final Pattern INFINITIVE = Pattern.compile("^\\s+(?:avoir|être|n['’]avoir|ne\\s+pas|ne\\s+plus)\\b", FLAGS);
    private static final Pattern IMPERSONAL = Pattern.compile(
            "(?<![\\p{L}])(?:il\\s+(?:a|avait)\\s+été|il\\s+est|on\\s+(?:a\\s+)?appr(?:end|is))\\s+(?:\\p{L}+\\s+)?(?:que|qu['’])", FLAGS);
    private static final Pattern CITED_TAIL = Pattern.compile("^,?\\s*(?:cité|citée|cités|citées)\\s+par\\s+[^,]+", FLAGS);
    /** A wire dateline opening the first paragraph: "BAGHOUZ (Syrie), 20 mars 2019 (AFP) - ". */
    private static final Pattern DATELINE = Pattern.compile("^\\s*\\p{Lu}{2,}[^\\n]{0,100}?\\([^()\\n]{1,40}\\)\\s*[-–—]\\s+");
    private static final Pattern LIRE_AUSSI = Pattern.compile("^\\s*(?:lire aussi|à lire|voir aussi|à voir|lire la suite)", FLAGS);
    private static final Pattern ACRONYM = Pattern.compile("\\s*\\(\\p{Lu}[\\p{L}-]{1,12}\\)");
    private static final Pattern OBJECT = Pattern.compile(
            "^(?:\\s+\\p{L}+)?\\s+(?<obj>(?:le|la|l['’]|les)\\s*«?\\s*(?:lancement|début|fin|mort|prise|reprise|libération|chute|capture|retrait|arrivée|départ|ouverture|échec|succès|contrôle)\\b)", FLAGS);
    private static final Pattern ANNOUNCE = Pattern.compile("(?:annonc|confirm|dément|démenti)", FLAGS);
    /** Time words that may stand between a speech verb and its complement ("ont annoncé ce mardi être entrées"). */
    private static final Pattern TIME_GAP = Pattern.compile(
            "^(?:\\s*,?\\s*(?:ce|cette|lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|matin|soir|hier|aujourd['’]hui|dans\\s+(?:un|une|la)\\s+(?:communiqué|déclaration|vidéo)|à\\s+la\\s+presse|à\\s+l['’]AFP)(?![\\p{L}]))*", FLAGS);
    /**
     * Verbs whose direct object is the claim ("a qualifié la prise de « coup décisif »", "a annoncé samedi la
     * « totale élimination »", "a reconnu un « revers »", "a exhorté les forces à protéger", "ont fait état de pillages",
     * "a proclamé la victoire", "a salué une avancée", "accuse la coalition d'avoir …", "a recensé au moins 3 250 morts").
     */
    static final Pattern OPINION = Pattern.compile("(?<![\\p{L}-])(?:(?:a|ont|avait|avaient|aurait|auraient)(?:\\s+(?:\\p{L}+ment|également|aussi|pour\\s+sa\\s+part|de\\s+son\\s+côté|déjà))?\\s+)?"
            + "(?<v>(?:annonc|confirm|reconn|jug|qualifi|dénonc|condamn|exhort|appel|déplor|dément|démenti|fustig|critiqu)\\p{L}*"
            + "|(?:proclam|salu|félicit|accus|recens|dénombr)(?:e|ent|ait|aient)|(?<=(?<![\\p{L}])(?:a|ont|avait|avaient)(?:\\s{1,3}(?:\\p{L}{2,20}ment|également|aussi|pour\\s{1,3}sa\\s{1,3}part|de\\s{1,3}son\\s{1,3}côté|déjà))?\\s)(?:proclam|salu|félicit|accus|recens|dénombr)(?:é|ée|és|ées)"
            + "|fai(?:t|sait|saient|sons)\\s+état)(?=[\\s,])", FLAGS);
    private static final LeadFinder OPINIONS = new LeadFinder(OPINION, List.of("a$", "ont$", "avait$", "avaient$", "aurait$", "auraient$",
            "annonc", "confirm", "reconn", "jug", "qualifi", "dénonc", "condamn", "exhort", "appel", "déplor", "dément", "fustig", "critiqu",
            "proclam", "salu", "félicit", "accus", "recens", "dénombr", "fai"));
    private static final Pattern OBJECT_START = Pattern.compile(
            "^\\s+(?:«|\\d|(?:le|la|les|l['’]|un|une|des|du|d['’]|de|sa|son|ses|leur|leurs|ce|cet|cette|ces|tout|toute|tous|toutes|aucun|aucune|au\\s+moins|plus\\s+de|près\\s+de|quelque|environ)(?![\\p{L}]))", FLAGS);
    /**
     * "tout en assurant que …", "en précisant que …", "tout en confirmant la destruction de …": a participle clause
     * reporting what the subject said.
     */
    private static final Pattern PARTICIPLE = Pattern.compile("(?<![\\p{L}])(?:tout\\s+)?en\\s+(?:affirm|assur|précis|rappel|soulign|indiqu|estim|expliqu|ajout|jug|déclar|reconnaiss|annonç|préven|avertiss|insist|not|admett|dénonç)ant\\s+(?:que|qu['’])"
            + "|(?<![\\p{L}])(?:tout\\s+)?en\\s+(?:confirm|annonç|dénonç|salu|reconnaiss|déplor|qualifi|accus|dément)ant\\s+(?=(?:la|le|les|l['’]|un|une|des|du|«)(?![\\p{L}]))", FLAGS);
    private static final LeadFinder PARTICIPLES = new LeadFinder(PARTICIPLE, List.of("tout$", "en$"), false);
    /** "se sont inquiétées du sort de …", "s'est dit préoccupé par …": the complement is the claim. */
    private static final Pattern CONCERN = Pattern.compile("(?<![\\p{L}])(?:s['’]est|se\\s+sont|s['’]était|s['’]étaient)\\s+(?:"
            + "(?:inquiété|alarmé|ému)e?s?|dit(?:e|s|es)?\\s+[«\"“]?\\s*(?:(?:très|profondément|extrêmement|vivement)\\s+)?(?:préoccupée?s?|inquiète?s?|inquiets|alarmée?s?|favorables?|opposée?s?)\\s*[»\"”]?)\\s+(?=(?:de|du|des|d['’]|par|pour|à|au|aux)(?![\\p{L}]))", FLAGS);
    /** A "selon X" incise inside a relative clause ("qui, d'après l'ONU, y vivraient") scopes that clause only. */
    private static final Pattern RELATIVE_BEFORE = Pattern.compile("(?:^|[\\s,])(?:qui|que|qu['’]|dont|où)\\s*,\\s*$", FLAGS);
    /** An apposed speaker right after a "selon X," frame: "le général Abdelamir Yarallah," "Rami Abdel Rahmane,". */
    private static final Pattern APPOSITION = Pattern.compile(
            "^,\\s*(?:(?:le|la|l['’])\\s*\\p{Ll}[\\p{L}-]*\\s+)?\\p{Lu}[\\p{L}'’-]*(?:\\s+(?:(?:al|el|ben|bin|abou|abu)[\\s-])?\\p{Lu}[\\p{L}'’-]*){0,3}\\s*(?=,)");
    private static final Pattern TRAILING_PARTICIPLE = Pattern.compile(",\\s*(?:tout\\s+)?(?:en\\s+)?(?<w>\\p{Ll}{2,}ant)(?![\\p{L}-])");
    /** "est présentée par les autorités comme …": the complement after the speaker belongs to the claim. */
    private static final Pattern COMME = Pattern.compile("\\s+comme(?![\\p{L}])", FLAGS);
    private static final Pattern WORDS = Pattern.compile("[\\p{L}][\\p{L}-]*|[«\"]");
    private static final Set<String> TIME_WORDS = Set.of("lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche",
            "matin", "soir", "hier", "aujourd", "hui", "récemment", "également", "aussi", "encore", "ensuite", "enfin", "notamment",
            "à", "au", "l", "la", "le", "les", "un", "une", "des", "de", "du", "d", "auprès", "son", "sa", "ses", "leur", "leurs");
    private static final int MIN_WORDS = 3;

    private final SpeechLexicon lex;

    public ReportedSpeechAnnotator() { this(SpeechLexicon.standard()); }

    public ReportedSpeechAnnotator(SpeechLexicon lex) { this.lex = lex; }

    @Override public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Mention.class, Layers.ENTITIES.class, Claim.class);
    }

    @Override public Set<Class<?>> produces() { return Set.of(Claim.class); }

    /** A frame found in a sentence: the claim's text range(s), the speaker range, and whether it is impersonal. */
    private record Frame(int textStart, int textEnd, int cutStart, int cutEnd, int speakerStart, int speakerEnd, boolean impersonal,
                         boolean needsSpeaker) {
        Frame(int textStart, int textEnd, int cutStart, int cutEnd, int speakerStart, int speakerEnd, boolean impersonal) {
            this(textStart, textEnd, cutStart, cutEnd, speakerStart, speakerEnd, impersonal, true);
        }
    }

    @Override public void annotate(AnnotatedDocument doc) {
        ApposedSpeakers.annotate(doc, lex);
        TextIndex idx = new TextIndex(doc);
        SpeakerResolver resolver = new SpeakerResolver(idx, lex);
        String text = idx.text();
        List<Claim> claims = new ArrayList<>(doc.layer(Claim.class));
        List<Span> taken = new ArrayList<>();
        for (Claim c : claims) taken.add(c.evidence);
        List<Claim> impersonal = new ArrayList<>();
        List<Claim> added = new ArrayList<>();
        List<Claim> absorbed = new ArrayList<>();
        String title = doc.article().title() == null ? null : doc.article().title().strip();
        for (Span s : idx.sentences()) {
            if (idx.inEmbed(s.start()) || isTitle(idx, s, title)) continue;
            String sent = s.of(text);
            if (LIRE_AUSSI.matcher(sent).find()) continue;
            Claim quote = lastQuoteIn(s, claims);
            Frame f = null;
            Claim fragmentSpeaker = null;
            boolean fragments = false;
            Frame after = quote == null ? null : participleFrame(sent, quote.evidence.end() - s.start());
            if (after != null) f = after;
            else if (overlapsQuote(s, taken, text)) {
                Frame around = frame(sent);
                if (around != null && !around.impersonal && framesQuotedFragments(s, around, taken, text)) {
                    f = around;
                    fragments = true;
                    fragmentSpeaker = quote;
                    quote = null;
                }
            } else f = frame(sent);
            if (f == null) continue;
            int base = s.start();
            Matcher dl = DATELINE.matcher(sent);
            if (quote == null && dl.lookingAt()) {
                Frame g = frame(sent.substring(dl.end()));
                if (g == null) continue;
                f = g;
                base += dl.end();
                sent = sent.substring(dl.end());
            }
            Frame tail = participleTail(sent, f);
            if (tail != null) f = new Frame(f.textStart, tail.textStart, f.cutStart, f.cutEnd, f.speakerStart, f.speakerEnd, f.impersonal, f.needsSpeaker);
            String claimText = join(sent, f);
            if (claimText.split("\\s+").length < MIN_WORDS) continue;
            Claim c = new Claim(Claim.Kind.REPORTED_SPEECH, new Span(base + f.textStart, base + f.textEnd), claimText);
            if (quote != null) {
                c.claimant = quote.claimant;
                c.relays.addAll(quote.relays);
            } else if (!f.impersonal) {
                int anchor = f.cutStart > f.textStart && f.cutStart < f.textEnd ? f.cutStart : f.textStart;
                SpeakerResolver.Attribution who = resolver.resolve(base + f.speakerStart, base + f.speakerEnd, base + anchor);
                if (who.claimant() == null && fragmentSpeaker != null) {
                    c.claimant = fragmentSpeaker.claimant;
                    c.relays.addAll(fragmentSpeaker.relays);
                } else {
                    if (who.claimant() == null && f.needsSpeaker && !resolver.namesSomeone(base + f.speakerStart, base + f.speakerEnd)) continue;
                    c.claimant = who.claimant();
                    c.relays.addAll(who.relays());
                }
            } else impersonal.add(c);
            ClaimDetails.complete(idx, c);
            added.add(c);
            if (tail != null) {
                Claim t = new Claim(Claim.Kind.REPORTED_SPEECH, new Span(base + tail.textStart, base + tail.textEnd), join(sent, tail));
                t.claimant = c.claimant;
                t.relays.addAll(c.relays);
                if (f.impersonal) impersonal.add(t);
                ClaimDetails.complete(idx, t);
                added.add(t);
            }
            if (fragments) absorbed.addAll(quotesWithin(c, claims));
        }
        claims.removeAll(absorbed);
        claims.addAll(added);
        claims.sort(Comparator.comparing((Claim c) -> c.evidence));
        for (Claim c : impersonal) c.claimant = nextClaimant(idx, claims, c);
        doc.set(Claim.class, claims);
    }

    /** The claimant of the next attributed claim within two sentences ("Il a été annoncé que … « … », a déclaré X"). */
    private static String nextClaimant(TextIndex idx, List<Claim> claims, Claim c) {
        int limit = idx.sentenceEndAhead(c.evidence.start(), 2);
        for (Claim o : claims) {
            if (o.evidence.start() > c.evidence.start() && o.evidence.start() < limit && o.claimant != null) return o.claimant;
        }
        return null;
    }

    /**
     * True when the sentence lies in the headline line, or in a headline-like line above the lead (short, without
     * closing punctuation, before the first paragraph of running text): a headline restates the story, it is not
     * reported speech.
     */
    private static boolean isTitle(TextIndex idx, Span s, String title) {
        String line = idx.lineAt(s.start()).of(idx.text()).strip();
        if (title != null && !title.isEmpty() && line.equals(title)) return true;
        if (line.isEmpty() || ".!?»\"”…".indexOf(line.charAt(line.length() - 1)) >= 0 || words(line) > 25) return false;
        return s.start() < leadStart(idx);
    }

    /** Start of the first line of running text (at least 30 words): the lead paragraph. */
    private static int leadStart(TextIndex idx) {
        String text = idx.text();
        int at = 0;
        while (at < text.length()) {
            int end = text.indexOf('\n', at);
            if (end < 0) end = text.length();
            if (words(text.substring(at, end)) >= 30) return at;
            at = end + 1;
        }
        return 0;
    }

    private static int words(String line) {
        return line.isBlank() ? 0 : line.strip().split("\\s+").length;
    }

    /** The last attributed quote lying in the sentence (a participle clause after it reports the same speaker). */
    private static Claim lastQuoteIn(Span s, List<Claim> quotes) {
        Claim last = null;
        for (Claim q : quotes) {
            if (q.kind == Claim.Kind.DIRECT_QUOTE && q.claimant != null && q.evidence.start() >= s.start() && q.evidence.end() <= s.end()
                    && (last == null || q.evidence.end() > last.evidence.end())) last = q;
        }
        return last;
    }

    private static boolean overlapsQuote(Span s, List<Span> taken, String text) {
        for (Span q : taken) {
            Span wide = new Span(Math.max(0, q.start() - 1), Math.min(text.length(), q.end() + 1));
            if (wide.overlaps(s)) return true;
        }
        return false;
    }

    /**
     * True when the frame's claim text holds every quotation of the sentence and says more than they do: quoted
     * fragments inside reported speech ("selon lui, « environ 100 combattants » pourraient encore se cacher …").
     */
    private static boolean framesQuotedFragments(Span s, Frame f, List<Span> quotes, String text) {
        int from = s.start() + f.textStart, to = s.start() + f.textEnd;
        int cutFrom = s.start() + f.cutStart, cutTo = s.start() + f.cutEnd;
        int outside = to - from - Math.max(0, Math.min(to, cutTo) - Math.max(from, cutFrom));
        for (Span q : quotes) {
            if (!q.overlaps(s)) continue;
            if (q.start() < from || q.end() > to || (q.start() < cutTo && q.end() > cutFrom)) return false;
            outside -= q.end() - q.start();
        }
        return outside >= 25;
    }

    /**
     * "X a estimé que …, tout en confirmant la destruction de …": a participle clause inside the claim text is a second
     * statement of the same speaker; null when there is none or when either part would be too short.
     */
    private static Frame participleTail(String sent, Frame f) {
        if (f.cutStart > f.textStart && f.cutStart < f.textEnd) return null;
        Matcher p = PARTICIPLE.matcher(sent);
        p.region(f.textStart + 1, f.textEnd);
        if (!p.find()) return null;
        Frame tail = new Frame(p.start(), f.textEnd, 0, 0, f.speakerStart, f.speakerEnd, f.impersonal);
        Frame head = new Frame(f.textStart, p.start(), 0, 0, f.speakerStart, f.speakerEnd, f.impersonal);
        if (join(sent, head).split("\\s+").length < MIN_WORDS || join(sent, tail).split("\\s+").length < MIN_WORDS) return null;
        return tail;
    }

    /** The direct quotes lying inside a reported claim's span: they are fragments of it, and it replaces them. */
    private static List<Claim> quotesWithin(Claim c, List<Claim> claims) {
        List<Claim> out = new ArrayList<>();
        for (Claim q : claims) {
            if (q.kind == Claim.Kind.DIRECT_QUOTE && q.evidence.start() >= c.evidence.start() && q.evidence.end() <= c.evidence.end()) out.add(q);
        }
        return out;
    }

    /** The sentence minus the cut-out frame, within [textStart, textEnd). */
    private static String join(String sent, Frame f) {
        String a = sent.substring(f.textStart, Math.max(f.textStart, Math.min(f.cutStart, f.textEnd)));
        String b = f.cutEnd < f.textEnd ? sent.substring(Math.max(f.cutEnd, f.textStart), f.textEnd) : "";
        a = a.strip().replaceAll("[,;:]+$", "").strip();
        b = b.strip().replaceAll("^[,;:]+", "").strip();
        if (b.chars().noneMatch(Character::isLetterOrDigit)) b = "";
        String t = a.isEmpty() ? b : b.isEmpty() ? a : a + ", " + b;
        return t.replaceAll("[\\s.]+$", "").strip();
    }

    /** The attribution frame of a sentence, or null when it has none. */
    Frame frame(String sent) {
        int n = sent.length();
        Matcher sel = SELON.matcher(sent);
        while (sel.find()) {
            int npStart = sel.end();
            int npEnd = skipAcronym(sent, npEndComma(sent, npStart));
            String np = sent.substring(npStart, npEnd).strip().toLowerCase(Locale.ROOT);
            if (excluded(np) || np.isEmpty()) continue;
            Matcher app = APPOSITION.matcher(sent.substring(npEnd));
            if (app.find()) npEnd += app.end();
            Matcher tail = CITED_TAIL.matcher(sent.substring(npEnd));
            if (tail.find()) npEnd += tail.end();
            int speakerFrom = sel.group().toLowerCase(Locale.ROOT).startsWith("de") ? sel.start() : npStart;
            Frame f = new Frame(0, n, sel.start(), npEnd, speakerFrom, npEnd, false, false);
            if (!RELATIVE_BEFORE.matcher(sent.substring(0, sel.start())).find()) return f;
            Frame main = mainClauseFrame(sent);
            return main != null ? main : f;
        }
        return mainClauseFrame(sent);
    }

    /** The frame of the main clause, past any "selon X": "Pour X, …", passives, "X a affirmé que …", inverted verbs, objects. */
    private Frame mainClauseFrame(String sent) {
        int n = sent.length();
        Matcher pour = POUR.matcher(sent);
        if (pour.find() && speakerLike(pour.group(1))) {
            int npEnd = pour.end(1), textStart = pour.end();
            Matcher app = APPOSITION.matcher(sent.substring(npEnd));
            if (app.find()) {
                npEnd += app.end();
                textStart = npEnd + 1;
                while (textStart < n && Character.isWhitespace(sent.charAt(textStart))) textStart++;
            }
            return new Frame(textStart, n, 0, 0, pour.start(1), npEnd, false);
        }
        LeadFinder.Finder passives = lex.passives.finder(sent);
        if (passives.find()) {
            Matcher pass = passives.matcher();
            int npEnd = npEndComma(sent, pass.end());
            int by = pass.start() + pass.group().toLowerCase(Locale.ROOT).lastIndexOf("par");
            Matcher comme = COMME.matcher(sent).region(pass.end(), npEnd);
            if (comme.find()) return new Frame(0, n, by, comme.start(), pass.end(), comme.start(), false);
            return new Frame(0, by, n, n, pass.end(), npEnd, false);
        }
        Matcher imp = IMPERSONAL.matcher(sent);
        if (imp.find()) return new Frame(imp.end(), n, 0, 0, imp.start(), imp.end(), true);
        LeadFinder.Finder verbs = lex.finiteVerbs.finder(sent);
        while (verbs.find()) {
            Matcher v = verbs.matcher();
            String after = sent.substring(v.end());
            Matcher que = QUE.matcher(after);
            if (que.find() && v.start() > 0) {
                Matcher part = PARTICIPLE.matcher(after);
                if (part.find() && part.start() < que.start("que")) return participleFrame(sent, v.end());
                return new Frame(v.end() + que.start("que"), n, 0, 0, clauseStart(sent, v.start()), v.end(), false);
            }
            Matcher obj = OBJECT.matcher(after);
            if (v.start() > 0 && ANNOUNCE.matcher(v.group()).find() && obj.find()) {
                return new Frame(v.end() + obj.start("obj"), n, 0, 0, clauseStart(sent, v.start()), v.end(), false);
            }
            Matcher gap = TIME_GAP.matcher(after);
            String afterGap = gap.lookingAt() ? after.substring(gap.end()) : after;
            if (INFINITIVE.matcher(afterGap).find() && v.start() > 0) {
                return new Frame(v.start(), n, 0, 0, clauseStart(sent, v.start()), v.start(), false);
            }
        }
        Frame other = participleFrame(sent, 0);
        if (other != null) return other;
        Matcher concern = CONCERN.matcher(sent);
        if (concern.find() && concern.start() > 0) {
            return new Frame(concern.start(), n, 0, 0, clauseStart(sent, concern.start()), concern.start(), false);
        }
        LeadFinder.Finder inverted = lex.invertedVerbs.finder(sent);
        while (inverted.find()) {
            Matcher inv = inverted.matcher();
            int comma = sent.lastIndexOf(',', inv.start());
            if (comma < 0 || !sent.substring(comma + 1, inv.start()).isBlank()) continue;
            String np = sent.substring(inv.end()).strip();
            if (np.toLowerCase(Locale.ROOT).matches("^(que|qu['’]|à|de|d['’]|le fait).*")) continue;
            if (np.split("\\s+").length > 30 || sent.substring(0, comma).split("\\s+").length < 4) continue;
            if (!namesSpeaker(inv.group(), sent.substring(inv.end()))) continue;
            return new Frame(0, comma, comma, n, inv.start(), participleClause(sent, inv.end()), false);
        }
        LeadFinder.Finder opinions = OPINIONS.finder(sent);
        while (opinions.find()) {
            Matcher op = opinions.matcher();
            if (op.start() == 0) continue;
            if (sent.substring(0, op.start()).stripTrailing().endsWith(",") && namesSpeaker(op.group(), sent.substring(op.end()))) continue;
            String after = sent.substring(op.end());
            Matcher gap = TIME_GAP.matcher(after);
            int objAt = gap.lookingAt() ? gap.end() : 0;
            if (!OBJECT_START.matcher(after.substring(objAt)).find()) continue;
            return new Frame(op.start(), n, 0, 0, clauseStart(sent, op.start()), op.start(), false);
        }
        return null;
    }

    /**
     * "…, tout en assurant que …": the participle clause after {@code from} is a claim of the clause subject
     * (the frame is the text before the participle).
     */
    static Frame participleFrame(String sent, int from) {
        int start = PARTICIPLES.firstFrom(sent, from);
        if (start <= 0) return null;
        return new Frame(start, sent.length(), 0, 0, clauseStart(sent, start), start, false);
    }

    /**
     * Where a trailing participle clause (", mettant fin à …", ", tout en ajoutant …") starts after {@code from}, or the
     * sentence end: the speaker of an inverted verb is named before it, not inside it.
     */
    private int participleClause(String sent, int from) {
        Matcher p = TRAILING_PARTICIPLE.matcher(sent);
        p.region(from, sent.length());
        while (p.find()) {
            String w = p.group("w").toLowerCase(Locale.ROOT);
            if (!lex.roleSingular.contains(w) && !lex.rolePlural.contains(w)) return p.start();
        }
        return sent.length();
    }

    /**
     * True when an inverted verb is followed by a speaker ("a indiqué le général X", "annonce la chaîne CNN",
     * "affirme-t-il"), not by an object ("a annoncé dimanche la « libération totale »").
     */
    private boolean namesSpeaker(String verb, String after) {
        if (verb.matches("(?s).*-(?:t-)?(?:il|elle|ils|elles)$") || verb.matches("(?s).*-t-(?:il|elle|ils|elles)\\s.*")) return true;
        Matcher w = WORDS.matcher(after);
        while (w.find()) {
            String word = w.group();
            String lower = word.toLowerCase(Locale.ROOT);
            if (TIME_WORDS.contains(lower)) continue;
            return Character.isUpperCase(word.charAt(0)) || lex.speakerNoun(lower);
        }
        return false;
    }

    /** Start of the subject clause ending at a verb: after the last sentence-level break (";", ":" or a subordinate comma) before it. */
    private static int clauseStart(String sent, int verb) {
        int b = Math.max(sent.lastIndexOf(';', verb), sent.lastIndexOf(':', verb));
        return b < 0 ? 0 : b + 1;
    }

    /** Past a parenthesised acronym that ends a noun phrase: "l'Observatoire syrien des droits de l'homme (OSDH)". */
    private static int skipAcronym(String s, int end) {
        Matcher m = ACRONYM.matcher(s);
        m.region(end, s.length());
        return m.lookingAt() ? m.end() : end;
    }

    /** End of a "selon X" noun phrase: the next comma, semicolon, colon, quote or sentence end. */
    private static int npEndComma(String s, int from) {
        for (int i = from; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '«' || c == '“' || c == '"' || c == '(' || c == '\n') return i;
            if (c == '.' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))) return i;
        }
        return s.length();
    }

    private boolean excluded(String np) {
        for (String ex : lex.selonExclusions) if (np.startsWith(ex)) return true;
        return false;
    }

    /** "Pour X," is a frame when X is a pronoun, a role noun or a named speaker, not "pour le moment". */
    private boolean speakerLike(String np) {
        String n = np.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (excluded(n)) return false;
        if (n.matches("^(lui|elle|eux|elles|ce dernier|cette dernière)$")) return true;
        for (String w : n.split("[\\s']+")) {
            if (lex.roleSingular.contains(w) || lex.rolePlural.contains(w)) return true;
        }
        String named = np.strip().replaceFirst("^(?:l['’]|la\\s+|le\\s+|les\\s+)", "");
        String head = named.split("[\\s']+")[0].toLowerCase(Locale.ROOT);
        if (!named.equals(np.strip())) return Character.isUpperCase(named.charAt(0)) && lex.organisationNouns.contains(head);
        return Character.isUpperCase(np.strip().charAt(0)) && np.strip().split("\\s+").length <= 5;
    }
}
