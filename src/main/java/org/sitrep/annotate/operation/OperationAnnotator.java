package org.sitrep.annotate.operation;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.DateMention;
import org.sitrep.annotate.Layers;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.claim.TextIndex;
import org.sitrep.annotate.text.Leads;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Operation;
import org.sitrep.extract.Span;
import org.sitrep.lexicon.Campaigns;
import org.sitrep.lexicon.Names;

/**
 * Military operations: trigger nouns (offensive, opération, bataille, assaut, siège, reprise, prise,
 * reconquête, libération, campagne), named operations ("Colère de l'Euphrate"), English wording and
 * hashtags in embedded posts ("attack on … in X", "#MosulOffensive"). Each mention gets a target place
 * (the named place its complement introduces), participants (who launched, led or supported it),
 * opponents and a start date. Mentions of one operation (same target; anaphora such as "l'opération",
 * "cette offensive") make one {@link Operation}; a known campaign gives the global key. Operations
 * without a target place are not reported.
 * <p>Besides trigger nouns, a force acting on a named place is an operation ("les troupes visent Raqa",
 * "sont parvenues à pénétrer à Karama", "ont repris la ville de Hawija", "s'est emparé de Ramadi",
 * "l'avancée de l'armée vers Tal Afar"); its subject participates, plans ("se préparent à entrer") and
 * nameless subjects do not count. Such movements join the operation on the same place, or on a district of
 * that place ("l'ouest de Mossoul" = Mossoul-Ouest), which is then {@code partOf} the city's battle; taking
 * a "localité voisine" is a step of the article's main operation. Later sentences add participants
 * ("ont participé aux combats", "frappes de la coalition", "en soutien aux FDS") and a start date
 * ("Depuis le 17 octobre, …"); defenders ("les Kurdes défendant Kobané ont repoussé …") are opponents.
 */
public final class OperationAnnotator implements Annotator {
    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;
    private static final String ADJ = "(?:(?:autre|nouvelle|nouvel|nouveau|dernier|premier|vaste|grande|grand|importante|première|seconde|deuxième|dernière|large|ultime|véritable|longue|violente|éventuelle|prochaine|future|même)\\s+)*";
    private static final Pattern TRIGGER = Pattern.compile(
            "(?<![\\p{L}])(?<det>(?:l['’]|d['’])|(?:la|le|les|une?|des|cette|cet|ce|ces|leur|leurs|son|sa|ses|du|de\\s+l['’]|de\\s+la)\\s+)?"
            + "(?<adj>" + ADJ + ")"
            + "(?<trig>contre-offensives?|offensives?|opérations?|batailles?|assauts?|sièges?|reprise|prise|reconquête|libération|campagnes?)(?![\\p{L}-])", FLAGS);
    /** TRIGGER tried only at words that can begin it (a determiner, an adjective of ADJ or a trigger noun). */
    private static final Set<String> DIRECTIONS = Set.of("ouest", "est", "nord", "sud", "west", "east", "north", "south");
    private static final Pattern RX0 = Pattern.compile(".*\\b(autre|nouvelle|nouvel|nouveau|deuxième|seconde)\\b.*");
    private static final Pattern RX1 = Pattern.compile("(?s).*\\bpar\\s*");
    private static final Pattern RX2 = Pattern.compile("(?:de|d'|du|des|de la|de l')(?:\\s+(?:la|l')?\\s*(?:ville|localité|cité|région|province|village|bastion)\\s+(?:de|d'))?\\s*.{0,12}");
    private static final Pattern RX3 = Pattern.compile("(?s).*(?:^|\\s)(?:depuis|par|à partir d[e'])(?:\\s+(?:le|la|les|l'|du|des))?(?:\\s*\\p{L}+){0,2}?(?:\\s+(?:de|d'))?");
    private static final Pattern RX4 = Pattern.compile("[\\s,]*(?:qui\\s+)?");
    private static final Pattern RX5 = Pattern.compile("\\s*(?:du|des|de l'|de la|d')\\s*(?:groupe\\s+)?(?:(?:dj|j)ihadistes?\\s+)?");
    private static final Pattern RX6 = Pattern.compile("(?s).*(?:des|du|de l'|de la|d')\\s*$");
    private static final Pattern RX7 = Pattern.compile("(?s).*contre.*");
    private static final Pattern RX8 = Pattern.compile("\\s*(?:à|par)\\s.*");
    private static final Pattern RX9 = Pattern.compile("(?s).*(?:^|\\s)(?:à|vers|dans|sur|jusqu['’]à|direction\\s+de|d['’]|de)\\s*$");
    private static final Pattern RX10 = Pattern.compile("(?s).*[,;:.«»\"].*");
    private static final Leads TRIGGER_LEADS = Leads.of(TRIGGER, "l$", "d$", "la$", "le$", "les$", "un$", "une$", "des$", "cette$", "cet$", "ce$", "ces$",
            "leur", "son$", "sa$", "ses$", "du$", "de$", "autre", "nouv", "dernier", "premier", "vaste", "grand", "importante", "seconde", "deuxieme",
            "large", "ultime", "veritable", "longue", "violente", "eventuelle", "prochaine", "future", "meme",
            "contre", "offensive", "operation", "bataille", "assaut", "siege", "reprise", "prise", "reconquete", "liberation", "campagne");
    private static final int DET = 1, ADJECTIVES = 2, TRIG = 3;
    /** A sentence without one of these (lower-cased) has no TRIGGER match: the cheap test before the regex. */
    private static final List<String> TRIGGER_NOUNS = List.of("offensive", "opération", "bataille", "assaut", "siège", "prise", "reconquête", "libération", "campagne");
    private static final Set<String> NEEDS_COMPLEMENT = Set.of("siège", "sièges", "reprise", "prise", "reconquête", "libération", "campagne", "campagnes");
    private static final Pattern ENGLISH = Pattern.compile(
            "(?<![\\p{L}])(?:attacks?|offensive|assault|operation|battle|push|advance)\\s+(?:on|against|for|of|to\\s+retake|to\\s+recapture|into)(?![\\p{L}])", FLAGS);
    private static final Leads ENGLISH_LEADS = Leads.of(ENGLISH, "attack", "offensive", "assault", "operation", "battle", "push", "advance");
    private static final Pattern HASHTAG = Pattern.compile(
            "#(?:(?<a>\\p{Lu}\\p{Ll}+(?:\\p{Lu}\\p{Ll}+)?)(?:Offensive|Op|Ops|Operation|Battle)|(?:BattleFor|BattleOf|Liberate|Free)(?<b>\\p{Lu}\\p{Ll}+))(?![\\p{L}])");
    private static final Pattern SUBJECT_VERB = Pattern.compile(
            "(?<![\\p{L}])(?:lanc(?:ent|e|é|ée|és|ées|er|ement)|men(?:é|ée|és|ées|er)|mènent|mène|dirig(?:ent|e|é|ée|er)|conduis(?:ent)?|entam(?:ent|e|é|ée|er)|"
            + "déclench(?:ent|e|é|ée|er)|poursuiv(?:ent|i|ie)|poursuit|(?:ont|a)\\s+(?:re)?pris|(?:re)?prennent|launch(?:es|ed)?|begins?|began|started|starts)(?![\\p{L}])", FLAGS);
    private static final Pattern BY = Pattern.compile(
            "(?<![\\p{L}])(?:lanc|men|dirig|condui|déclench|effectu|réalis|entam|mené)\\p{L}*(?:\\s+[\\p{L}\\d'’-]+){0,4}?\\s+par\\s+", FLAGS);
    private static final Pattern SUPPORT = Pattern.compile(
            "(?<![\\p{L}])(?:avec\\s+(?:le\\s+soutien|l['’]appui|l['’]aide|le\\s+support|le\\s+concours|la\\s+participation|l['’]assistance|la\\s+couverture)"
            + "(?:\\s+(?:aérien|aérienne|militaire|logistique|terrestre))?\\s+(?:de\\s+la|de\\s+l['’]|des|du|de|d['’])"
            + "|soutenue?s?\\s+par|appuyée?s?\\s+par|épaulée?s?\\s+par|aux\\s+côtés\\s+(?:de\\s+la|de\\s+l['’]|des|du|de|d['’]))", FLAGS);
    private static final Pattern AGAINST = Pattern.compile("(?<![\\p{L}])(?:contre|against|on)\\s+", FLAGS);
    private static final Pattern GOAL = Pattern.compile(
            "(?<![\\p{L}])(?:vis\\p{L}*\\s+à|pour|afin\\s+de)\\s+(?:libérer|reprendre|reconquérir|chasser|déloger|encercler|isoler|prendre|sécuriser)(?![\\p{L}])", FLAGS);
    private static final Pattern DEMONSTRATIVE_TARGET = Pattern.compile(
            "^[\\s\\p{L}'’-]{0,40}?(?:contre|sur|de|pour|dans)\\s+(?:(?:ce|cette|cet)\\s+(?:bastion|ville|village|réduit|fief|localité|cité|région|secteur|quartier|place\\s+forte)|la\\s+(?:ville|localité|cité))(?![\\p{L}])", FLAGS);
    /** Words that make a date in the sentence the start date: the operation was launched, began, has gone on since. */
    private static final Pattern START = Pattern.compile(
            "(?<![\\p{L}])(?:lanc\\p{L}*|début\\p{L}*|commenc\\p{L}*|entam\\p{L}*|déclench\\p{L}*|depuis|launch\\p{L}*|began|started)(?![\\p{L}])", FLAGS);
    private static final Pattern TODAY = Pattern.compile("(?<![\\p{L}])(?:ce\\s+matin|cette\\s+nuit|aujourd['’]hui|ce\\s+soir|this\\s+morning|today)(?![\\p{L}])", FLAGS);
    private static final Pattern LIRE_AUSSI = Pattern.compile("^\\s*(?:lire aussi|à lire|voir aussi|à voir|lire la suite|\\p{L}+\\s+aussi\\s*:)", FLAGS);
    private static final Set<String> ANAPHORIC = Set.of("l'", "la", "le", "cette", "cet", "ce", "leur", "son", "sa", "de l'", "du", "de la", "d'");
    private static final Pattern CLAUSE_BREAK = Pattern.compile(
            "(?<![\\p{L}'’])(?:(?:est|sont|a|ont|avait|avaient|sera|seront|serait|fut|été|vise|visent|visait|suit|suivent|se|s['’]|qui|que|qu['’]|dont|où|afin|"
            + "permet|permis|doit|devrait|pourrait|peut|pour\\s+(?-i:\\p{Ll})\\p{L}+(?:er|ir|re))(?![\\p{L}])"
            + "|et\\s+(?!(?-i:\\p{Lu})|de\\s|d['’]|à\\s|au\\s|aux\\s|dans\\s|sur\\s|contre\\s|ses\\s|leurs?\\s))", FLAGS);
    /** A force acting on a place: entering, advancing on, aiming at, encircling, retaking, seizing it. */
    private static final Pattern ACTION = Pattern.compile(
            "(?<![\\p{L}])(?:(?:pénètr\\p{L}*|pénétr\\p{L}*|entr(?:ent|e|é|ée|és|ées|er|ant)|avanc(?:ent|e|é|ée|és|ées|er|ant|aient|ait)|progress(?:ent|e|é|ée|és|er|ant|aient|ait))\\s+(?:dans|à|en|sur|vers|jusqu['’]à)"
            + "|(?:vis(?:ent|e|ait|aient|ant)|encercl(?:ent|e|é|ée|és|ées|er|ant)|assiég\\p{L}*|(?:ont|a|avaient|avait)\\s+(?:re)?pris(?:\\s+le\\s+contrôle\\s+de)?|(?:re)?prennent(?:\\s+le\\s+contrôle\\s+de)?|"
            + "(?:re)?prend(?:re)?(?:\\s+le\\s+contrôle\\s+de)?|(?:se\\s+sont|s['’]est)\\s+emparée?s?(?:\\s+\\p{L}+){0,2}?\\s+(?:de|du|d['’])|s['’]empar(?:er|ent|ant)\\s+(?:de|du|d['’])|libér(?:ent|é|ée|és|ées|er)|s['’]approch\\p{L}*\\s+(?:de|du|d['’])"
            + "|chass(?:ent|é|ée|és|er)\\s+(?:(?:[\\p{L}'’-]+|\\(\\p{Lu}+\\))\\s+){0,5}?(?:de|d['’]|du)))(?![\\p{L}])", FLAGS);
    private static final Leads ACTION_LEADS = Leads.of(ACTION, "penetr", "entr", "avanc", "progress", "vis", "encercl", "assieg", "ont$", "a$", "avai",
            "prenn", "reprenn", "prend", "reprend", "se$", "s$", "liber", "chass");
    /** "l'avancée de l'armée vers Y", "la progression des FDS dans Y": the force comes in the complement. */
    private static final Pattern MOVE_NOUN = Pattern.compile("(?<![\\p{L}])(?:avancée|progression|percée|entrée)\\s+(?:des|du|de\\s+la|de\\s+l['’]|d['’])", FLAGS);
    private static final Leads MOVE_NOUN_LEADS = Leads.of(MOVE_NOUN, "avancee", "progression", "percee", "entree");
    /** Words just before an action that make it a plan, a wish or a threat rather than a report. */
    private static final Pattern UNREAL = Pattern.compile("(?:prépar\\p{L}*\\s+à|apprêt\\p{L}*\\s+à|menac\\p{L}*\\s+de|pourrai\\p{L}*|devrai\\p{L}*|espér\\p{L}*|veulent|voudrai\\p{L}*|tent\\p{L}*\\s+de|ne\\s+\\p{L}+\\s+pas)\\s*$", FLAGS);
    /** Verbs whose subject defends against the operation (becomes an opponent). */
    private static final Pattern DEFEND = Pattern.compile("(?<![\\p{L}])(?:repouss\\p{L}*|résist\\p{L}*|défend\\p{L}*|contre-attaqu\\p{L}*)(?![\\p{L}])", FLAGS);
    /** "l'ouest de X", "la partie ouest de la ville de X": a district named after a city and a direction. */
    private static final Pattern DIRECTION = Pattern.compile(
            "(?:l['’]|la\\s+(?:partie|moitié)\\s+|le\\s+secteur\\s+|les\\s+quartiers\\s+)(?<dir>ouest|est|nord|sud)\\s+(?:de\\s+la\\s+ville\\s+(?:\\p{L}+\\s+)?)?(?:de|d['’])\\s*$", FLAGS);
    /** "depuis le début de l'opération": the article's main operation. */
    private static final Pattern SINCE_START = Pattern.compile("(?:début|lancement)\\s+(?:de|d['’])\\s*$", FLAGS);
    private static final Set<String> DEMONSTRATIVES = Set.of("ce", "cette", "cet");
    /** "l'assaut", "la bataille" with no operation in the last sentences: the article's main operation. */
    private static final Set<String> DEFINITE = Set.of("l'", "la", "le");
    /** "X ont participé aux combats", "X prennent part à l'offensive": participants of the current operation. */
    private static final Pattern PARTICIPATE = Pattern.compile(
            "(?<![\\p{L}])(?:(?:particip\\p{L}*|pris\\s+part|prenn?\\p{L}*\\s+part)\\s+(?:aux|au|à\\s+la|à\\s+l['’]|à\\s+cette|à\\s+cet)\\s*(?:combats|offensive|opération|assaut|bataille|reconquête|reprise)"
            + "|en\\s+(?:soutien|appui)\\s+(?:aux|au|à\\s+la|à\\s+l['’]|des|du|de\\s+la|de\\s+l['’]))", FLAGS);
    /** "L'offensive, lancée le 23 mai, a mobilisé l'armée, la police et le CTS": the operation as subject, its forces as object. */
    private static final Pattern MOBILISE = Pattern.compile(
            "^[^.;:«»\"]{0,60}?(?<![\\p{L}])(?:(?:a|ont|avait|avaient)\\s+(?:mobilisé|impliqué|engagé|réuni|associé)|mobilis(?:e|ent|ait|aient)|impliqu(?:e|ent|ait|aient)|"
            + "engag(?:e|ent|eait|eaient)|réuni(?:t|ssent|ssait|ssaient)|associ(?:e|ent|ait|aient))(?![\\p{L}])", FLAGS);
    /** "[jeudi] aux jihadistes …", "à l'EI": whom a place is taken from, right after the verb. */
    private static final Pattern FROM_WHOM = Pattern.compile(
            "\\s*(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche|hier|ce\\s+week-end)\\s+)?(?:aux|au|à\\s+la|à\\s+l['’]|à)\\s*", FLAGS);
    private static final Pattern ACRONYM = Pattern.compile("\\s*\\(\\p{Lu}[\\p{L}-]{0,11}\\)");
    /** A sentence opening on a pronoun for the operation just named: "Elle a mobilisé …". */
    private static final Pattern OPERATION_PRONOUN = Pattern.compile("^\\s*(?:elle|celle-ci)\\s+", FLAGS);
    /** "appuyées par" and co. plus "frappes (aériennes) de la coalition" next to an operation. */
    private static final Pattern STRIKES = Pattern.compile("(?<![\\p{L}])frappes(?:\\s+aériennes)?\\s+(?:de\\s+la|de\\s+l['’]|des|du|d['’])", FLAGS);
    /** "Karama, un quartier de Mossoul", "al-Mechleb, dans l'est de Raqqa": the city a district lies in. */
    private static final Pattern IN_CITY = Pattern.compile(
            "^\\s*,\\s*(?:(?:un|l['’]un)\\s+(?:des\\s+)?(?:quartiers?|faubourgs?|districts?|secteurs?)\\s+(?:de\\s+la\\s+ville\\s+)?(?:de|d['’])|dans\\s+l['’](?:est|ouest|nord|sud)\\s+(?:de|d['’]))\\s*$", FLAGS);
    /** Where the list of forces after "lancée par" ends: a purpose, a relative or a new clause. */
    private static final Pattern BY_STOP = Pattern.compile("\\s(?:avec|pour|afin|qui|dont|alors|mais|après|avant|contre)\\s", FLAGS);
    /** "la localité voisine de X", "le village voisin de X": a step of the operation under way nearby. */
    private static final Pattern NEARBY = Pattern.compile("(?<![\\p{L}])voisine?s?\\s+(?:de|d['’])\\s*$", FLAGS);
    /** A sentence opening with "Depuis le 17 octobre," right after an operation is named: its start date. */
    private static final Pattern SINCE_DATE = Pattern.compile("^\\s*(?:depuis|dès)\\s+(?:le\\s+)?\\d", FLAGS);
    /** Verbs that report the end of a fight (a capture), whose date is not the operation's start. */
    private static final Pattern CAPTURE = Pattern.compile("pris|prenn|prend|empar|libér|chass", FLAGS);
    /** A complement that is a common noun with its article: " sur la vieille ville". */
    private static final Pattern LOCAL_COMPLEMENT = Pattern.compile("\\s*(?:sur|contre|dans|vers)\\s+(?:la\\s+|le\\s+|l['’])((?-i:\\p{Ll})[\\p{L} -]{3,30}?)\\s*", FLAGS);
    /** A place complement after a trigger noun, before its opponent: " à l'ouest du pays", " dans le nord de la province". */
    private static final Pattern PLACE_COMPLEMENT = Pattern.compile(
            "\\s+(?:à|au|dans|en|vers|sur)\\s+[\\p{L}'’ -]{2,40}?(?=\\s+contre\\s|\\s*$)", FLAGS);
    private static final int WINDOW = 100;
    private static final int RECENT_SENTENCES = 4;

    private final Campaigns campaigns;
    private final List<String[]> named;
    private final List<String> nonMilitary;

    public OperationAnnotator() { this(Campaigns.standard()); }

    public OperationAnnotator(Campaigns campaigns) {
        this.campaigns = campaigns;
        this.named = new ArrayList<>();
        for (String line : OperationLexicon.lines("named-operations.tsv", false)) named.add(line.split("\t", -1));
        for (Campaigns.Campaign c : campaigns.all()) {
            for (String n : c.names()) {
                if (!n.isEmpty() && Character.isUpperCase(n.charAt(0))) named.add(new String[] {n, c.key(), c.target()});
            }
        }
        this.nonMilitary = OperationLexicon.lines("non-military.txt", true);
    }

    @Override public Set<Class<?>> requires() {
        return Set.of(Sentence.class, Mention.class, Layers.ENTITIES.class, DateMention.class, Layers.PUBLICATION.class);
    }

    @Override public Set<Class<?>> produces() { return Set.of(Operation.class); }

    /** One mention of an operation in the text, with what its sentence says about it. */
    private static final class OpMention {
        Span span;
        String trigger, phrase, det;
        int sentence;
        String campaign;
        final List<String> targets = new ArrayList<>();
        final Set<String> participants = new LinkedHashSet<>();
        final Set<String> opponents = new LinkedHashSet<>();
        LocalDate date;
        /** "vaste offensive à l'ouest du pays": the trigger with its adjectives and a place complement that names no target, or null. */
        Span descriptive;
        boolean anaphoric, thisTarget, plural, other, explicitTarget, movement, sinceStart, nearby, attachOnly, launchDate, provisional;
    }

    /** An operation under construction. */
    private static final class Op {
        final List<OpMention> mentions = new ArrayList<>();
        final List<String> targets = new ArrayList<>();
        final Set<String> participants = new LinkedHashSet<>();
        final Set<String> opponents = new LinkedHashSet<>();
        String campaign;
        LocalDate date;
        boolean launchDate;
        int lastSentence;

        String primary() { return targets.isEmpty() ? null : targets.get(0); }

        boolean movementOnly() { return mentions.stream().allMatch(m -> m.movement); }

        /** Only anaphora resolved by their previous sentences, before the article named any operation. */
        boolean provisionalOnly() { return mentions.stream().allMatch(m -> m.provisional || m.movement); }

        /** A step of this operation reported elsewhere (a capture inside its target): its forces and date, not its place. */
        void absorbStep(Op o) {
            for (String p : o.participants) if (!p.endsWith("/isis") && !opponents.contains(p)) participants.add(p);
            if (date == null && o.date != null) { date = o.date; launchDate = o.launchDate; }
        }

        void add(OpMention m) {
            mentions.add(m);
            for (String t : m.targets) if (!targets.contains(t)) targets.add(t);
            participants.addAll(m.participants);
            opponents.addAll(m.opponents);
            if (campaign == null) campaign = m.campaign;
            if (m.date != null && (date == null || m.launchDate && !launchDate)) { date = m.date; launchDate = m.launchDate; }
            lastSentence = Math.max(lastSentence, m.sentence);
        }

        void absorb(Op o) {
            for (OpMention m : o.mentions) add(m);
            participants.addAll(o.participants);
            opponents.addAll(o.opponents);
            if (o.date != null && (date == null || o.launchDate && !launchDate)) { date = o.date; launchDate = o.launchDate; }
            mentions.sort((a, b) -> a.span.compareTo(b.span));
        }
    }

    @Override public void annotate(AnnotatedDocument doc) {
        TextIndex idx = new TextIndex(doc);
        String text = idx.text();
        List<DateMention> dates = new ArrayList<>(doc.layer(DateMention.class));
        List<Op> ops = new ArrayList<>();
        Op last = null;
        List<Span> sentences = idx.sentences();
        for (int si = 0; si < sentences.size(); si++) {
            Span s = sentences.get(si);
            String sent = s.of(text);
            if (LIRE_AUSSI.matcher(sent).find()) continue;
            if (last != null && si - last.lastSentence <= RECENT_SENTENCES) joiners(idx, s, last);
            if (last != null && last.date == null && si - last.lastSentence == 1 && SINCE_DATE.matcher(sent).find()) {
                last.date = dateIn(s, dates);
                last.launchDate = last.date != null;
            }
            for (OpMention m : mentions(idx, si, dates)) {
                Op target = place(ops, last, m, idx);
                if (target == null) {
                    if (m.plural) continue;
                    target = new Op();
                    ops.add(target);
                }
                // an anaphor of an anaphor resolved only by its previous sentences stays provisional
                if (m.anaphoric && m.targets.isEmpty() && target.mentions.stream().anyMatch(x -> x.provisional)) m.provisional = true;
                target.add(m);
                if (!m.movement) last = target;
            }
        }
        List<Op> merged = mergeByTarget(doc, ops);
        merged.removeIf(o -> o.targets.isEmpty() || o.mentions.stream().allMatch(m -> m.attachOnly));
        settleSteps(doc, merged);
        List<Operation> out = new ArrayList<>();
        for (Op o : merged) out.add(build(doc, idx, o));
        partOf(doc, merged, out);
        doc.set(Operation.class, out);
    }

    /**
     * The operation a mention belongs to, or null for a new one. The capture of a part of a place already fought over
     * ("la prise du barrage de Tabqa" after Tabqa was taken) is a step of that operation; a definite mention with no
     * target and no operation in the last sentences ("l'essentiel de l'assaut") is the article's main operation.
     */
    private Op place(List<Op> ops, Op last, OpMention m, TextIndex idx) {
        if (m.campaign != null) {
            for (Op o : ops) if (m.campaign.equals(o.campaign)) return o;
        }
        if (m.movement) return null;
        boolean recent = last != null && m.sentence - last.lastSentence <= RECENT_SENTENCES;
        if (m.anaphoric && !m.other && recent && m.targets.isEmpty()) return last;
        if (m.anaphoric && recent && m.explicitTarget && m.participants.isEmpty() && DEMONSTRATIVES.contains(m.det)) m.participants.addAll(last.participants);
        if (!m.targets.isEmpty()) {
            for (Op o : ops) {
                if (!m.targets.get(0).equals(o.primary()) || o.movementOnly()) continue;
                // "La coalition a lancé une vaste offensive … L'opération est dirigée par X … L'offensive vise à libérer … l'Euphrate":
                // the anaphor names the place the target-less operation just described aims at — one operation, with its forces and date
                if (m.anaphoric && !m.other && recent && last != o && last.targets.isEmpty() && !last.movementOnly()) {
                    o.absorb(last);
                    ops.remove(last);
                }
                return o;
            }
            if (m.trigger.equals("prise")) {
                for (Op o : ops) for (String t : o.targets) if (m.targets.get(0).startsWith(t + "-")) return o;
            }
            if (m.anaphoric && !m.other && recent && last.targets.isEmpty()) return last;
            return null;
        }
        for (Op o : ops) for (OpMention p : o.mentions) if (p.phrase.equals(m.phrase) && !m.anaphoric && m.phrase.split(" ").length > 2) return o;
        if ((m.anaphoric || m.thisTarget) && !m.other) {
            if (recent) return last;
            Op main = m.sinceStart || m.anaphoric && !m.plural ? main(ops) : null;
            if (main != null) return main;
            if (m.anaphoric && !m.plural && last != null) return last;
            if (m.anaphoric && !m.plural && !ops.isEmpty()) return ops.get(ops.size() - 1);
            if (m.plural || NEEDS_COMPLEMENT.contains(m.trigger)) return null;
            backfill(idx, m);
            m.provisional = m.anaphoric;
        }
        return null;
    }

    /**
     * Forces named as object of "a mobilisé", "impliquait"… when that verb follows the position (the operation or its
     * pronoun) in the same clause: "L'offensive, lancée le 23 mai, a mobilisé l'armée, la police et le CTS".
     */
    private void mobilised(TextIndex idx, Span s, int from, Set<String> out) {
        String sent = s.of(idx.text());
        Matcher mob = MOBILISE.matcher(sent);
        mob.region(from, sent.length());
        if (!mob.lookingAt() || TRIGGER_LEADS.pattern().matcher(sent.substring(from, mob.end())).find()) return;
        for (Mention x : idx.mentionsIn(s.start() + mob.end(), s.start() + npEndList(sent, mob.end()))) {
            if (isActor(idx, x) && !isEnemy(idx, x)) out.add(x.entityId());
        }
    }

    /**
     * "L'armée, la police et les Hachd ont participé aux combats, avec l'appui de la coalition", "Elle a mobilisé
     * l'armée": participants of the current operation.
     */
    private void joiners(TextIndex idx, Span s, Op current) {
        String sent = s.of(idx.text());
        Matcher pronoun = OPERATION_PRONOUN.matcher(sent);
        if (pronoun.lookingAt()) mobilised(idx, s, pronoun.end(), current.participants);
        Matcher p = PARTICIPATE.matcher(sent);
        if (!p.find()) return;
        int clause = clauseStart(sent, p.start());
        for (Mention x : idx.mentionsIn(s.start() + clause, s.start() + p.start())) {
            if (isActor(idx, x) && !isEnemy(idx, x) && !current.opponents.contains(x.entityId())) current.participants.add(x.entityId());
        }
        supporters(idx, s.start(), s.end(), current.participants);
    }

    /** The article's main operation: the one named most often (the first on a tie), movements aside. */
    private static Op main(List<Op> ops) {
        Op best = null;
        for (Op o : ops) {
            long n = o.mentions.stream().filter(x -> !x.movement).count();
            if (n > 0 && (best == null || n > best.mentions.stream().filter(x -> !x.movement).count())) best = o;
        }
        return best;
    }

    /** A definite mention with no recent operation refers to what the previous sentences describe: take their place and forces. */
    private void backfill(TextIndex idx, OpMention m) {
        for (int i = m.sentence; i >= 0 && i >= m.sentence - 3; i--) {
            Span s = idx.sentences().get(i);
            List<String> places = new ArrayList<>();
            for (Mention x : idx.mentionsIn(s.start(), i == m.sentence ? m.span.start() : s.end())) {
                String surface = x.span().of(idx.text());
                if (isTargetPlace(idx, x) && !surface.equals(surface.toUpperCase(Locale.ROOT)) && !places.contains(x.entityId())) places.add(x.entityId());
            }
            if (places.isEmpty()) continue;
            m.targets.add(places.get(0));
            for (Mention x : idx.mentionsIn(s.start(), i == m.sentence ? m.span.start() : s.end())) {
                if (idx.type(x) == EntityType.FORCE && !isEnemy(idx, x)) m.participants.add(x.entityId());
            }
            supporters(idx, s.start(), s.end(), m.participants);
            return;
        }
    }

    private List<OpMention> mentions(TextIndex idx, int si, List<DateMention> dates) {
        String text = idx.text();
        Span s = idx.sentences().get(si);
        String sent = s.of(text);
        List<OpMention> out = new ArrayList<>();
        String lower = sent.toLowerCase(Locale.ROOT);
        List<MatchResult> triggers = TRIGGER_NOUNS.stream().anyMatch(lower::contains) ? TRIGGER_LEADS.all(sent) : List.of();
        int k = 0;
        for (MatchResult t : triggers) {
            k++;
            String trig = t.group(TRIG).toLowerCase(Locale.ROOT);
            int from = s.start() + t.end();
            int nextTrigger = k < triggers.size() ? s.start() + triggers.get(k).start() : s.end();
            String rest = text.substring(from, s.end()).toLowerCase(Locale.ROOT).replace('’', '\'');
            if (trig.startsWith("opération") && nonMilitary(rest)) continue;
            OpMention m = new OpMention();
            m.trigger = trig;
            m.det = t.group(DET) == null ? "" : t.group(DET).strip().toLowerCase(Locale.ROOT).replace('’', '\'');
            m.plural = trig.endsWith("s") && !trig.equals("assauts") || trig.equals("assauts") || m.det.equals("les") || m.det.equals("des") || m.det.equals("ces");
            if (trig.equals("siège") || trig.equals("reprise") || trig.equals("prise") || trig.equals("reconquête") || trig.equals("libération") || trig.equals("campagne")) m.plural = false;
            m.other = t.group(ADJECTIVES) != null && RX0.matcher(t.group(ADJECTIVES).toLowerCase(Locale.ROOT)).matches();
            m.anaphoric = ANAPHORIC.contains(m.det);
            m.sinceStart = SINCE_START.matcher(sent.substring(0, t.start())).find();
            m.sentence = si;
            int windowEnd = windowEnd(text, from, Math.min(nextTrigger, s.end()));
            String target = target(idx, from, windowEnd, NEEDS_COMPLEMENT.contains(trig));
            if (target == null) target = localNamed(idx.doc(), text.substring(from, windowEnd));
            Matcher demonstrative = DEMONSTRATIVE_TARGET.matcher(text.substring(from, windowEnd));
            m.thisTarget = demonstrative.find();
            // "la bataille pour ce village … de l'Euphrate": the place after the demonstrative only locates the village
            if (m.thisTarget && target != null && endOfMention(idx, target, from, windowEnd) > from + demonstrative.end()) target = null;
            if (NEEDS_COMPLEMENT.contains(trig) && target == null) continue;
            if (m.det.isEmpty() && target == null && !Character.isUpperCase(t.group(TRIG).charAt(0))) continue;
            if (target != null) m.targets.add(target);
            m.explicitTarget = target != null;
            int phraseEnd = target != null ? endOfMention(idx, target, from, windowEnd) : from;
            m.span = new Span(s.start() + t.start(TRIG) - (t.group(ADJECTIVES) == null ? 0 : t.group(ADJECTIVES).length())
                    - (t.group(DET) == null ? 0 : t.group(DET).length()), phraseEnd);
            m.phrase = Names.norm(text.substring(s.start() + t.start(TRIG), Math.max(phraseEnd, from)));
            if (target == null && !m.anaphoric) {
                Matcher c = PLACE_COMPLEMENT.matcher(text.substring(from, windowEnd));
                if (c.lookingAt()) m.descriptive = new Span(s.start() + t.start(TRIG) - (t.group(ADJECTIVES) == null ? 0 : t.group(ADJECTIVES).length()), from + c.end());
            }
            describe(idx, m, s, s.start() + t.start(), from, dates);
            if (target == null && !m.anaphoric && !m.participants.isEmpty()) {
                for (Mention x : idx.mentionsIn(s.start(), s.end())) {
                    if (isTargetPlace(idx, x) && !RX1.matcher(text.substring(Math.max(s.start(), x.span().start() - 5), x.span().start())).matches()) {
                        m.targets.add(x.entityId());
                        break;
                    }
                }
            }
            out.add(m);
        }
        actions(idx, s, out, dates, si);
        english(idx, s, out, dates, si);
        hashtags(idx, s, out, si);
        namedOps(idx, s, out, si, dates);
        out.sort((a, b) -> a.span.compareTo(b.span));
        return out;
    }

    private boolean nonMilitary(String rest) {
        String r = rest.stripLeading();
        for (String w : nonMilitary) if (r.startsWith(w)) return true;
        return false;
    }

    /**
     * Like {@code m.region(regionStart, regionEnd)} then {@link Matcher#find()} from {@code from}, for a pattern whose
     * matches all begin with {@code (?<![\p{L}])} and a letter: only the starts of letter runs are tried.
     */
    private static boolean findAtWord(Matcher m, String text, int regionStart, int from, int regionEnd) {
        return findAtWord(m, text, regionStart, from, regionEnd, false);
    }

    /** The same, for a lookbehind {@code (?<![\p{L}'’])} when {@code apostrophes}. */
    private static boolean findAtWord(Matcher m, String text, int regionStart, int from, int regionEnd, boolean apostrophes) {
        for (int p = from; p < regionEnd; p++) {
            if (!Character.isLetter(text.charAt(p))) continue;
            if (p > regionStart && (Character.isLetter(Character.codePointBefore(text, p))
                    || apostrophes && (text.charAt(p - 1) == '\'' || text.charAt(p - 1) == '\u2019'))) continue;
            m.region(p, regionEnd);
            if (m.lookingAt()) return true;
        }
        return false;
    }

    /** The window of a trigger's complement: up to a clause break (, ; : . a verb, a relative pronoun) or the next trigger, at most WINDOW chars. */
    private static int windowEnd(String text, int from, int limit) {
        int end = Math.min(limit, from + WINDOW);
        Matcher verb = CLAUSE_BREAK.matcher(text);
        if (findAtWord(verb, text, from, from, end, true)) end = verb.start();
        for (int i = from; i < end; i++) {
            char c = text.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '(' || c == '«' || c == '"' || c == '\n') return i;
            if (c == '.' && (i + 1 >= text.length() || Character.isWhitespace(text.charAt(i + 1)))) return i;
        }
        return end;
    }

    /** The first named (capitalised) non-country place in the window; for reprise/siège… it must follow at once. */
    private String target(TextIndex idx, int from, int to, boolean immediate) {
        String text = idx.text();
        for (Mention m : idx.mentionsIn(from, to)) {
            if (!isTargetPlace(idx, m)) continue;
            String gap = text.substring(from, m.span().start()).toLowerCase(Locale.ROOT).replace('’', '\'').strip();
            if (immediate && !RX2.matcher(gap).matches()) return null;
            if (RX3.matcher(gap).matches()) continue;
            return m.entityId();
        }
        return null;
    }

    /** "sur la vieille ville", "contre l'aéroport": the one local place of the article whose name begins with that common noun. */
    private static String localNamed(AnnotatedDocument doc, String complement) {
        Matcher c = LOCAL_COMPLEMENT.matcher(complement);
        if (!c.matches()) return null;
        String noun = Names.norm(c.group(1));
        String found = null;
        for (Entity e : doc.entities().values()) {
            if (e.type != EntityType.PLACE || !LOCAL.contains(e.subtype == null ? "" : e.subtype)) continue;
            if (!(Names.norm(e.label) + " ").startsWith(noun + " ")) continue;
            if (found != null && !found.equals(e.id())) return null;
            found = e.id();
        }
        return found;
    }

    private boolean isTargetPlace(TextIndex idx, Mention m) {
        if (idx.type(m) != EntityType.PLACE) return false;
        Entity e = idx.entity(m);
        if ("country".equals(e.subtype)) return false;
        // "la vieille ville", "l'aéroport": a common noun the entity layer resolved to a local place of the article
        return LOCAL.contains(e.subtype == null ? "" : e.subtype) || m.span().of(idx.text()).chars().anyMatch(Character::isUpperCase);
    }

    private List<String> placesIn(TextIndex idx, int from, int to) {
        List<String> out = new ArrayList<>();
        for (Mention m : idx.mentionsIn(from, to)) if (isTargetPlace(idx, m) && !out.contains(m.entityId())) out.add(m.entityId());
        return out;
    }

    private static int endOfMention(TextIndex idx, String entityId, int from, int to) {
        for (Mention m : idx.mentionsIn(from, to)) if (m.entityId().equals(entityId)) return m.span().end();
        return from;
    }

    /** Participants, opponents, goal places and date from the mention's sentence. */
    private void describe(TextIndex idx, OpMention m, Span s, int trigStart, int trigEnd, List<DateMention> dates) {
        String text = idx.text();
        String sent = s.of(text);
        int clause = Math.max(sent.lastIndexOf(':', trigStart - s.start()), -1) + 1;
        Matcher v = SUBJECT_VERB.matcher(sent);
        int verb = -1;
        for (int from = clause; findAtWord(v, sent, clause, from, Math.max(clause, trigStart - s.start())); from = v.end()) verb = v.start();
        if (verb > 0) {
            for (Mention x : idx.mentionsIn(s.start() + clause, s.start() + verb)) {
                if (isActor(idx, x) && !after(text, s.start() + clause, x, "contre")) m.participants.add(x.entityId());
            }
        }
        Matcher defend = DEFEND.matcher(sent);
        if (findAtWord(defend, sent, clause, clause, Math.max(clause, trigStart - s.start()))) {
            Mention defender = null;
            for (Mention x : idx.mentionsIn(s.start() + clause, s.start() + defend.start())) if (isActor(idx, x)) defender = x;
            if (defender != null && RX4.matcher(text.substring(defender.span().end(), s.start() + defend.start())).matches()) m.opponents.add(defender.entityId());
        }
        Matcher by = BY.matcher(sent);
        by.region(Math.max(0, trigStart - s.start()), sent.length());
        if (by.find()) {
            int npEnd = npEndList(sent, by.end());
            Matcher stop = BY_STOP.matcher(sent);
            stop.region(by.end(), npEnd);
            if (stop.find()) npEnd = stop.start();
            for (Mention x : idx.mentionsIn(s.start() + by.end(), s.start() + npEnd)) if (isActor(idx, x)) m.participants.add(x.entityId());
        }
        supporters(idx, s.start(), s.end(), m.participants);
        for (Mention x : idx.mentionsIn(trigEnd, s.end())) {
            if (!isActor(idx, x)) continue;
            String before = text.substring(Math.max(trigEnd, x.span().start() - 40), x.span().start()).toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean enemy = isEnemy(idx, x);
            String gap = text.substring(trigEnd, x.span().start()).toLowerCase(Locale.ROOT).replace('’', '\'');
            boolean directComplement = RX5.matcher(gap).matches();
            if ((directComplement || RX6.matcher(before).matches()) && !RX7.matcher(before).matches()
                    && (!enemy || directComplement)) m.participants.add(x.entityId());
        }
        Matcher against = AGAINST.matcher(sent);
        int againstFrom = Math.max(0, trigStart - s.start());
        for (int f = againstFrom; findAtWord(against, sent, againstFrom, f, sent.length()); f = against.end()) {
            int npEnd = npEnd(sent, against.end());
            Matcher brk = CLAUSE_BREAK.matcher(sent);
            if (findAtWord(brk, sent, against.end(), against.end(), npEnd, true)) npEnd = brk.start();
            int par = sent.indexOf(" par ", against.end());
            if (par >= 0 && par < npEnd) npEnd = par;
            for (Mention x : idx.mentionsIn(s.start() + against.end(), s.start() + npEnd)) {
                if (idx.type(x) == EntityType.FORCE) m.opponents.add(x.entityId());
            }
        }
        mobilised(idx, s, Math.max(0, trigEnd - s.start()), m.participants);
        m.participants.removeAll(m.opponents);
        Matcher goal = GOAL.matcher(sent);
        if (findAtWord(goal, sent, Math.max(0, trigStart - s.start()), Math.max(0, trigStart - s.start()), sent.length())) {
            for (String p : placesIn(idx, s.start() + goal.end(), s.end())) if (!m.targets.contains(p)) m.targets.add(p);
        }
        Matcher start = START.matcher(sent);
        boolean started = findAtWord(start, sent, 0, 0, sent.length());
        if (started) {
            for (DateMention d : dates) {
                if (s.contains(d.span()) && d.span().start() >= s.start() + start.start() - 40) { m.date = d.date(); m.launchDate = true; break; }
            }
        }
        if (m.date == null && started && findAtWord(TODAY.matcher(sent), sent, 0, 0, sent.length())) {
            m.date = idx.doc().issued() != null ? idx.doc().issued() : idx.doc().article().issuedHint();
        }
    }

    /** Forces named after "avec le soutien de", "soutenues par", "aux côtés de" (a country too when it comes first). */
    private void supporters(TextIndex idx, int from, int to, Set<String> out) {
        String text = idx.text();
        String sent = text.substring(from, to);
        List<int[]> cues = new ArrayList<>();
        for (Pattern p : List.of(SUPPORT, STRIKES)) {
            Matcher c = p.matcher(sent);
            for (int f = 0; findAtWord(c, sent, 0, f, sent.length()); f = c.end()) cues.add(new int[] {c.start(), c.end(), p == STRIKES ? 1 : 0});
        }
        for (int[] sup : cues) {
            if (sup[2] == 1) {
                List<Mention> next = idx.mentionsIn(from + sup[1], to);
                if (!next.isEmpty() && next.get(0).span().start() - (from + sup[1]) <= 2 && isActor(idx, next.get(0)) && !isEnemy(idx, next.get(0))) out.add(next.get(0).entityId());
                continue;
            }
            int npEnd = npEndList(sent, sup[1]);
            boolean first = true;
            for (Mention x : idx.mentionsIn(from + sup[1], from + npEnd)) {
                Entity e = idx.entity(x);
                if (isActor(idx, x) && !isEnemy(idx, x)) out.add(x.entityId());
                else if (first && e.type == EntityType.PLACE && "country".equals(e.subtype)) out.add(x.entityId());
                first = false;
            }
        }
    }

    private static boolean isActor(TextIndex idx, Mention x) { return idx.type(x) == EntityType.FORCE; }

    private static boolean isEnemy(TextIndex idx, Mention x) { return idx.entity(x).key.equals("isis"); }

    private static boolean after(String text, int from, Mention x, String word) {
        return text.substring(from, x.span().start()).toLowerCase(Locale.ROOT).contains(word + " ");
    }

    /** End of a noun phrase: the next comma, semicolon, colon, "avec" or sentence end. */
    private static int npEnd(String s, int from) {
        int avec = s.toLowerCase(Locale.ROOT).indexOf(" avec ", from);
        int end = avec < 0 ? s.length() : avec;
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c == ',' || c == ';' || c == ':' || c == '#' || c == '.' && !(i + 1 < s.length() && Character.isDigit(s.charAt(i + 1)))) return i;
        }
        return end;
    }

    /** End of an enumeration of supporters: the sentence end, a semicolon or "contre". */
    private static int npEndList(String s, int from) {
        int contre = s.toLowerCase(Locale.ROOT).indexOf(" contre ", from);
        int end = contre < 0 ? s.length() : contre;
        for (int i = from; i < end; i++) {
            char c = s.charAt(i);
            if (c == ';' || c == ':' || c == '.' && (i + 1 == s.length() || Character.isWhitespace(s.charAt(i + 1)))) return i;
        }
        return end;
    }

    /**
     * A force acting on a named place ("les troupes visent Raqa", "sont parvenues à pénétrer à Karama", "ont repris
     * la ville de Hawija", "l'avancée de l'armée irakienne … à Mossoul"): an operation on that place whose participants
     * are the clause's subject (or the noun's complement) and its supporters. Plans and threats are skipped.
     */
    private void actions(TextIndex idx, Span s, List<OpMention> out, List<DateMention> dates, int si) {
        String text = idx.text();
        String sent = s.of(text);
        for (MatchResult a : ACTION_LEADS.all(sent)) {
            if (UNREAL.matcher(sent.substring(Math.max(0, a.start() - 30), a.start())).find()) continue;
            int from = s.start() + a.end();
            String gapStart = text.substring(from, Math.min(s.end(), from + 5)).toLowerCase(Locale.ROOT);
            if (RX8.matcher(gapStart).matches()) continue;
            int objectFrom = afterLoser(idx, from, s.end());
            Mention object = objectPlace(idx, objectFrom, windowEnd(text, objectFrom, Math.min(s.end(), objectFrom + 70)));
            if (object == null) continue;
            OpMention m = movement(idx, si, s.start() + a.start(), districtOrPlace(idx, object, objectFrom), object.span().end());
            m.nearby = NEARBY.matcher(text.substring(objectFrom, object.span().start())).find();
            for (Mention y : idx.mentionsIn(object.span().end(), Math.min(s.end(), object.span().end() + 45))) {
                if (!isTargetPlace(idx, y)) continue;
                if (IN_CITY.matcher(text.substring(object.span().end(), y.span().start())).find() && !m.targets.contains(y.entityId())) m.targets.add(y.entityId());
                break;
            }
            int clause = clauseStart(sent, a.start());
            List<String> subject = new ArrayList<>();
            for (Mention x : idx.mentionsIn(s.start() + clause, s.start() + a.start())) {
                if (isActor(idx, x) && !after(text, s.start() + clause, x, "contre")) subject.add(x.entityId());
            }
            if (!subject.isEmpty() && subject.get(0).endsWith("/isis")) m.participants.add(subject.get(0));
            else for (String f : subject) if (!f.endsWith("/isis")) m.participants.add(f);
            if (m.participants.isEmpty()) continue;
            describe(idx, m, s, s.start() + a.start(), from, dates);
            if (m.date == null && !CAPTURE.matcher(a.group()).find()) m.date = dateIn(s, dates);
            out.add(m);
        }
        for (MatchResult n : MOVE_NOUN_LEADS.all(sent)) {
            int from = s.start() + n.end();
            int end = Math.min(s.end(), from + 80);
            for (int i = from; i < end; i++) if (".;,:\n«".indexOf(text.charAt(i)) >= 0) { end = i; break; }
            String target = null;
            int placeStart = end, placeEnd = end;
            for (Mention x : idx.mentionsIn(from, end)) {
                String before = text.substring(Math.max(from, x.span().start() - 16), x.span().start()).toLowerCase(Locale.ROOT);
                if (isTargetPlace(idx, x) && RX9.matcher(before).matches()) {
                    target = districtOrPlace(idx, x, from);
                    placeStart = x.span().start();
                    placeEnd = x.span().end();
                    break;
                }
            }
            boolean attachOnly = false;
            if (target == null) {
                target = placeBefore(idx, si, s.start() + n.start());
                attachOnly = true;
                if (target == null) continue;
                placeEnd = Math.min(end, from + 40);
            }
            List<Mention> forces = idx.mentionsIn(from, attachOnly ? end : placeStart).stream().filter(x -> isActor(idx, x) && !isEnemy(idx, x)).toList();
            if (forces.isEmpty() || forces.get(0).span().start() - from > 25) continue;
            if (attachOnly) placeEnd = forces.get(0).span().end();
            OpMention m = movement(idx, si, s.start() + n.start(), target, placeEnd);
            m.attachOnly = attachOnly;
            m.participants.add(forces.get(0).entityId());
            describe(idx, m, s, s.start() + n.start(), from, dates);
            out.add(m);
        }
    }

    /**
     * Where the object of a capture verb starts once "jeudi aux jihadistes du groupe Etat islamique (EI)" is skipped
     * (an optional day, then whom the place was taken from: the enemy, with its acronym); else the position itself.
     */
    private static int afterLoser(TextIndex idx, int from, int limit) {
        String text = idx.text();
        Matcher loser = FROM_WHOM.matcher(text);
        loser.region(from, limit);
        if (!loser.lookingAt()) return from;
        int pos = loser.end();
        boolean enemy = false;
        for (Mention x : idx.mentionsIn(pos, Math.min(limit, loser.end() + 60))) {
            if (!isEnemy(idx, x) || RX10.matcher(text.substring(pos, x.span().start())).matches()) break;
            pos = x.span().end();
            enemy = true;
        }
        if (!enemy) return from;
        Matcher acronym = ACRONYM.matcher(text);
        acronym.region(pos, limit);
        return acronym.lookingAt() ? acronym.end() : pos;
    }

    /** The last named place before a position in its sentence, else the previous sentence's first: what a bare "l'avancée de X" is about. */
    private String placeBefore(TextIndex idx, int si, int pos) {
        Span s = idx.sentences().get(si);
        List<String> here = placesIn(idx, s.start(), pos);
        if (!here.isEmpty()) return here.get(here.size() - 1);
        if (si == 0) return null;
        Span prev = idx.sentences().get(si - 1);
        List<String> before = placesIn(idx, prev.start(), prev.end());
        return before.isEmpty() ? null : before.get(0);
    }

    /** The first date its sentence names: when a reported action took place. */
    private static LocalDate dateIn(Span s, List<DateMention> dates) {
        for (DateMention d : dates) if (s.contains(d.span())) return d.date();
        return null;
    }

    private static OpMention movement(TextIndex idx, int si, int start, String target, int end) {
        OpMention m = new OpMention();
        m.trigger = "offensive";
        m.det = "";
        m.sentence = si;
        m.movement = true;
        m.explicitTarget = true;
        m.targets.add(target);
        m.span = new Span(start, Math.max(start + 1, end));
        m.phrase = Names.norm(m.span.of(idx.text()));
        return m;
    }

    /** Start of the clause an action verb belongs to: after the last colon or opening quote. */
    private static int clauseStart(String sent, int verb) {
        int c = -1;
        for (char ch : new char[] {':', '«', '"', ';'}) c = Math.max(c, sent.lastIndexOf(ch, verb - 1));
        return c + 1;
    }

    /** The place an action verb acts on: the first named place of the window with no other proper noun before it. */
    private Mention objectPlace(TextIndex idx, int from, int to) {
        String text = idx.text();
        for (Mention x : idx.mentionsIn(from, to)) {
            String gap = text.substring(from, x.span().start());
            if (!isTargetPlace(idx, x)) {
                if (idx.type(x) == EntityType.PLACE) return null;
                continue;
            }
            if (gap.length() > 60 || gap.codePoints().anyMatch(Character::isUpperCase)) return null;
            return x;
        }
        return null;
    }

    /** "l'ouest de Mossoul" is the district Mossoul-Ouest when the article names such a district. */
    private static String districtOrPlace(TextIndex idx, Mention x, int from) {
        Matcher d = DIRECTION.matcher(idx.text().substring(from, x.span().start()));
        if (d.find()) {
            String city = Names.norm(x.span().of(idx.text()));
            String dir = Names.norm(d.group("dir"));
            for (Entity e : idx.doc().entities().values()) {
                if (e.type != EntityType.PLACE) continue;
                String l = Names.norm(e.label);
                if (l.equals(city + " " + dir) || l.equals(dir + " " + city)) return e.id();
            }
        }
        return x.entityId();
    }

    /** Whether one place is a district of another: its label is the city's label and a direction ("Mossoul-Ouest"). */
    private static boolean districtOf(AnnotatedDocument doc, String district, String city) {
        Entity d = doc.entities().get(district), c = doc.entities().get(city);
        if (d == null || c == null || d == c) return false;
        String dl = Names.norm(d.label), cl = Names.norm(c.label);
        return dl.length() > cl.length() + 1 && (dl.startsWith(cl) && dl.charAt(cl.length()) == ' ' && DIRECTIONS.contains(dl.substring(cl.length() + 1))
                || dl.endsWith(cl) && dl.charAt(dl.length() - cl.length() - 1) == ' ' && DIRECTIONS.contains(dl.substring(0, dl.length() - cl.length() - 1)));
    }

    /** "attack on ISIS militants in Bashiqa", "offensive against …" in English posts. */
    private void english(TextIndex idx, Span s, List<OpMention> out, List<DateMention> dates, int si) {
        String text = idx.text();
        for (MatchResult e : ENGLISH_LEADS.all(s.of(text))) {
            int from = s.start() + e.end();
            int end = Math.min(s.end(), from + 80);
            for (int i = from; i < end; i++) if (".;,\n#".indexOf(text.charAt(i)) >= 0) { end = i; break; }
            List<String> places = placesIn(idx, from, end);
            if (places.isEmpty()) continue;
            OpMention m = new OpMention();
            m.trigger = e.group().split("\\s+")[0].toLowerCase(Locale.ROOT);
            m.det = "";
            m.sentence = si;
            m.targets.add(places.get(0));
            m.span = new Span(s.start() + e.start(), endOfMention(idx, places.get(0), from, end));
            m.phrase = Names.norm(m.span.of(text));
            describe(idx, m, s, s.start() + e.start(), from, dates);
            out.add(m);
        }
    }

    /** "#MosulOffensive", "#BattleForRaqqa": the place named inside the hashtag, when the article names it. */
    private void hashtags(TextIndex idx, Span s, List<OpMention> out, int si) {
        String text = idx.text();
        Matcher h = HASHTAG.matcher(s.of(text));
        while (h.find()) {
            String name = h.group("a") != null ? h.group("a") : h.group("b");
            String place = placeNamed(idx.doc(), name);
            if (place == null) continue;
            OpMention m = new OpMention();
            m.trigger = "offensive";
            m.det = "";
            m.sentence = si;
            m.targets.add(place);
            m.span = new Span(s.start() + h.start(), s.start() + h.end());
            m.phrase = Names.norm(h.group());
            out.add(m);
        }
    }

    /** A place of the entity table one of whose names (or whose key) is this name. */
    private static String placeNamed(AnnotatedDocument doc, String name) {
        String n = Names.norm(name);
        for (Entity e : doc.entities().values()) {
            if (e.type != EntityType.PLACE) continue;
            if (Names.norm(e.key).equals(n) || Names.norm(e.label).equals(n)) return e.id();
            for (String a : e.altLabels) if (Names.norm(a).equals(n)) return e.id();
        }
        return null;
    }

    /** Named operations ("Colère de l'Euphrate", "Bouclier de l'Euphrate") and campaign names written with capitals. */
    private void namedOps(TextIndex idx, Span s, List<OpMention> out, int si, List<DateMention> dates) {
        String text = idx.text();
        String sent = s.of(text);
        for (String[] n : named) {
            int at = sent.indexOf(n[0]);
            if (at < 0) continue;
            OpMention m = new OpMention();
            m.trigger = "opération";
            m.det = "";
            m.sentence = si;
            m.campaign = n[1];
            String id = EntityType.PLACE.segment + "/" + (n.length > 2 ? n[2] : "");
            if (n.length > 2 && !n[2].isEmpty() && idx.doc().entities().containsKey(id)) m.targets.add(id);
            m.span = new Span(s.start() + at, s.start() + at + n[0].length());
            m.phrase = Names.norm(n[0]);
            describe(idx, m, s, m.span.start(), m.span.end(), dates);
            out.removeIf(o -> o.span.overlaps(m.span));
            out.add(m);
        }
    }

    /** Operations with the same primary target are one; a campaign key joins them too. */
    private static List<Op> mergeByTarget(AnnotatedDocument doc, List<Op> ops) {
        List<Op> out = new ArrayList<>();
        List<Op> rest = new ArrayList<>();
        for (Op o : ops) {
            Op district = null;
            if (o.movementOnly() && o.primary() != null) {
                for (Op d : ops) if (d != o && !d.movementOnly() && d.primary() != null && districtOf(doc, d.primary(), o.primary())) { district = d; break; }
            }
            if (district == null && o.movementOnly() && o.mentions.stream().allMatch(x -> x.nearby)) {
                Op main = main(ops);
                if (main != null && main != o) district = main;
            }
            if (district == null) rest.add(o);
            else district.absorb(o);
        }
        for (Op o : rest) {
            Op same = null;
            for (Op p : out) {
                if (o.primary() != null && o.primary().equals(p.primary())
                        || o.campaign != null && o.campaign.equals(p.campaign)) { same = p; break; }
            }
            if (same == null) out.add(o);
            else same.absorb(o);
        }
        return out;
    }

    /**
     * Captures, entries and advances ("sont entrées dans le quartier de X", "reprennent l'aéroport de Mossoul") are steps of
     * the article's named operations, never operations of their own once the article names one: a movement joins the
     * operation on its place or on the place it lies in, a movement on a local place (district, airport, base, mosque,
     * roundabout…) joins the main operation, a movement elsewhere by a force of a named operation is a step of that
     * operation; only a movement elsewhere by forces no named operation has (another front) stays an operation. Anaphora
     * resolved before any operation was named join the operation on their place, or the main one when that place is
     * local; an assault named after a river bank ("l'assaut sur la rive ouest du Tigre") joins the main operation.
     */
    private static void settleSteps(AnnotatedDocument doc, List<Op> ops) {
        List<Op> named = ops.stream().filter(o -> !o.provisionalOnly() && !bankOnly(doc, o)).toList();
        if (named.isEmpty()) return;
        Op main = main(named);
        for (Op o : List.copyOf(ops)) {
            if (named.contains(o)) continue;
            Op home = null;
            for (Op p : named) if (covers(doc, p, o)) { home = p; break; }
            if (home == null && (bankOnly(doc, o) || o.targets.stream().anyMatch(t -> LOCAL.contains(subtype(doc, t))))) home = main;
            if (home == null && o.movementOnly()) for (Op p : named) if (p.participants.stream().anyMatch(o.participants::contains)) { home = p; break; }
            if (home == null) continue;
            ops.remove(o);
            if (home != null) home.absorbStep(o);
        }
    }

    /** Subtypes of places that lie inside a town: a step there is a step of the town's battle. */
    private static final Set<String> LOCAL = Set.of("neighbourhood", "district", "airport", "air-base", "base", "mosque", "old-city", "roundabout",
            "square", "citadel", "hospital");

    private static String subtype(AnnotatedDocument doc, String place) {
        Entity e = doc.entities().get(place);
        return e == null || e.subtype == null ? "" : e.subtype;
    }

    /** An operation whose only target is a river reached through its bank ("l'assaut sur la rive ouest du Tigre"). */
    private static boolean bankOnly(AnnotatedDocument doc, Op o) {
        return o.targets.size() == 1 && "river".equals(subtype(doc, o.primary())) && o.mentions.stream().allMatch(m -> (" " + m.phrase + " ").contains(" rive "));
    }

    /** Whether an operation's place is (or contains) one of a step's places. */
    private static boolean covers(AnnotatedDocument doc, Op op, Op step) {
        for (String t : step.targets) {
            if (op.targets.contains(t)) return true;
            for (String c : op.targets) if (inside(doc, t, c)) return true;
        }
        return false;
    }

    /** A district named after the town ("Mossoul-Ouest") or a local place whose name holds the town's ("aéroport de Mossoul"). */
    private static boolean inside(AnnotatedDocument doc, String place, String town) {
        if (districtOf(doc, place, town)) return true;
        Entity p = doc.entities().get(place), t = doc.entities().get(town);
        if (p == null || t == null || p == t || !LOCAL.contains(subtype(doc, place))) return false;
        Set<String> townNames = new LinkedHashSet<>();
        townNames.add(Names.norm(t.label));
        for (String a : t.altLabels) townNames.add(Names.norm(a));
        Set<String> placeNames = new LinkedHashSet<>();
        placeNames.add(Names.norm(p.label));
        for (String a : p.altLabels) placeNames.add(Names.norm(a));
        for (String pn : placeNames) {
            for (String tn : townNames) if (!tn.isEmpty() && (" " + pn + " ").contains(" " + tn + " ")) return true;
        }
        return false;
    }

    private Operation build(AnnotatedDocument doc, TextIndex idx, Op o) {
        String text = idx.text();
        String primaryKey = doc.entities().get(o.primary()).key;
        LocalDate day = o.date != null ? o.date : doc.issued();
        Optional<Campaigns.Campaign> camp = o.campaign != null ? campaigns.byKey(o.campaign) : Optional.empty();
        if (camp.isEmpty()) {
            List<Campaigns.Campaign> forPlace = campaigns.forPlace(primaryKey);
            if (day != null) camp = campaigns.find(primaryKey, day);
            else if (forPlace.size() == 1) camp = Optional.of(forPlace.get(0));
        }
        String key = camp.map(Campaigns.Campaign::key).orElse(o.campaign);
        OpMention first = o.mentions.get(0);
        for (OpMention m : o.mentions) if (!m.targets.isEmpty()) { first = m; break; }
        if (key == null) key = primaryKey + "-" + englishTrigger(first.trigger) + (day == null ? "" : "-" + day.getYear());
        String label = camp.map(Campaigns.Campaign::label).orElse(first.span.of(text).replaceAll("\\s+", " ").strip());
        // a bare anaphor ("L'opération") names the operation less well than a trigger with its place complement
        if (camp.isEmpty() && first.anaphoric && first.span.end() - first.span.start() <= first.det.length() + first.trigger.length() + 2) {
            for (OpMention m : o.mentions) if (m.descriptive != null && !m.movement) { label = m.descriptive.of(text).replaceAll("\\s+", " ").strip(); break; }
        }
        Operation op = new Operation(key, label);
        camp.ifPresent(c -> op.wikidata = c.wikidata());
        for (OpMention m : o.mentions) {
            op.altLabels.add(m.span.of(text).replaceAll("\\s+", " ").strip());
            op.mentions.add(m.span);
        }
        op.targets.addAll(o.targets);
        op.participants.addAll(o.participants);
        op.opponents.addAll(o.opponents);
        op.participants.removeAll(op.opponents);
        if (op.opponents.isEmpty()) {
            String isis = EntityType.FORCE.segment + "/isis";
            if (doc.entities().containsKey(isis) && !op.participants.contains(isis)) op.opponents.add(isis);
        }
        op.startDate = o.date;
        return op;
    }

    /** A push on a city's district or local place ("l'assaut sur la vieille ville") is part of the city's battle when the article reports both. */
    private static void partOf(AnnotatedDocument doc, List<Op> ops, List<Operation> built) {
        for (int i = 0; i < ops.size(); i++) {
            for (int j = 0; j < ops.size(); j++) {
                if (i != j && built.get(i).partOf == null && inside(doc, ops.get(i).primary(), ops.get(j).primary())) built.get(i).partOf = built.get(j).key;
            }
        }
    }

    private static String englishTrigger(String t) {
        if (t.startsWith("bataille") || t.startsWith("battle")) return "battle";
        if (t.startsWith("siège")) return "siege";
        if (t.startsWith("assaut") || t.startsWith("assault") || t.startsWith("attack")) return "assault";
        return "offensive";
    }
}

