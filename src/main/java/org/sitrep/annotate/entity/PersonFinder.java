package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.text.Leads;
import org.sitrep.extract.EntityType;
import org.sitrep.lexicon.Names;

/**
 * Named people: a capitalised name of two to four words next to a role noun ("le général X",
 * "le ministre russe des Affaires étrangères X", "X, porte-parole de ...") or a speech verb
 * ("a déclaré X", "selon X", "X a affirmé").
 */
final class PersonFinder {

    private static final String WORD = "\\p{Lu}[\\p{L}’'\\-]*\\p{Ll}[\\p{L}’'\\-]*";
    private static final String PARTICLE = "(?:al|el|ben|bin|ibn|abou|abu|de|van|von|ould|Al|El|Abou|Abu|Ben|Bin)";
    static final String NAME = WORD + "(?:[ \u00a0]+(?:" + PARTICLE + "[ \u00a0\\-])?" + WORD + "){1,3}";

    static final String ROLE = "(?:brigadier[ -]général|général(?:e)?(?:[ \u00a0]+de[ \u00a0]+(?:brigade|division|corps[ \u00a0]+d'armée))?"
            + "|lieutenant[ -]général|lieutenant[ -]colonel|(?:vice-|contre-)?amiral|colonel|lieutenant|commandant(?:[ \u00a0]+en[ \u00a0]+chef)?|capitaine|major|sergent"
            + "|porte-parole|vice-premier[ \u00a0]+ministre|premier[ \u00a0]+ministre|Premier[ \u00a0]+ministre|ministre|vice-président|président|présidente"
            + "|chef(?:[ \u00a0]+d['’]état-major)?|gouverneur|émir|cheikh|imam|député|responsable|maire|secrétaire[ \u00a0]+d['’][ÉE]tat"
            + "|secrétaire[ \u00a0]+général|ambassadeur|ambassadrice|envoyé[ \u00a0]+spécial|émissaire|ayatollah|roi|prince|analyste|expert"
            + "|chercheur|chercheuse|spécialiste|correspondant|correspondante|journaliste|reporter|photographe|militant|militante|activiste"
            + "|directeur|directrice|coordinateur|coordinatrice|représentant|représentante|haut-commissaire|patron|conseiller|conseillère"
            + "|officier|dirigeant|dirigeante|leader|fondateur|commandante|colonelle)";

    /** Words a role may carry before the name: lowercase words, elisions, a few capitalised office words. */
    private static final String QUALIFIER = "(?:[ \u00a0]+(?:\\p{Ll}[\\p{L}\\-]*|d['’]\\p{L}*|l['’]\\p{L}*|(?:des|du|de)[ \u00a0]+\\p{Lu}[\\p{L}\\-]*|Affaires|Défense|Intérieur|[ÉE]tat|Justice|Santé|Nations|Peshmerga|Pentagone))";

    static final Leads ROLE_NAME = Leads.of(Pattern.compile(
            "(?iu:\\b(" + ROLE + "))(" + QUALIFIER + "{0,7}?),?[ \u00a0]+(" + NAME + ")"),
            "brigadier", "general", "lieutenant", "amiral", "vice", "contre", "colonel", "commandant", "capitaine", "major", "sergent", "porte", "vice",
            "premier", "ministre", "president", "chef", "gouverneur", "emir", "cheikh", "imam", "depute", "responsable", "maire",
            "secretaire", "ambassad", "envoye", "emissaire", "ayatollah", "roi", "prince", "analyste", "expert", "chercheu",
            "specialiste", "correspondant", "journaliste", "reporter", "photographe", "militant", "activiste", "direct", "coordinat",
            "represent", "haut", "patron", "conseill", "officier", "dirigeant", "leader", "fondat");
    private static final String ROLE_TAIL = ",[ \u00a0]+(?iu:(?:le|la|l['’]|un|une|ancien|ancienne)[ \u00a0]+)?((?iu:" + ROLE + ")\\b[^.,;:\\n«»\"“”()]{0,80})";
    static final Pattern NAME_ROLE = Pattern.compile("(" + NAME + ")[ \u00a0]*" + ROLE_TAIL);
    /** What follows the comma of "X, porte-parole de ...". */
    static final Pattern AFTER_NAME = Pattern.compile(ROLE_TAIL);
    private static final String VERB = "(?:déclaré|affirmé|indiqué|annoncé|expliqué|ajouté|précisé|assuré|dit|souligné|estimé|confirmé|démenti"
            + "|averti|martelé|reconnu|réagi|répondu|rappelé|réitéré|raconté|insisté|jugé|poursuivi|rapporté|témoigné|commenté|noté|prévenu|promis|admis|déploré|écrit|tweeté)"
            + "(?:[ \u00a0]+sur[ \u00a0]+(?:Twitter|Facebook|Telegram|X|son[ \u00a0]+compte[ \u00a0]+\\p{L}+))?";
    /** An adverb between the auxiliary and the participle: "a toutefois averti X", "a pour sa part déclaré X". */
    private static final String ADVERB = "(?:[ \u00a0]+(?:toutefois|aussi|également|encore|ensuite|enfin|cependant|pourtant|néanmoins|notamment"
            + "|quant[ \u00a0]+à[ \u00a0]+lui|pour[ \u00a0]+sa[ \u00a0]+part|de[ \u00a0]+son[ \u00a0]+côté|par[ \u00a0]+ailleurs|plus[ \u00a0]+tard))?";
    static final Leads VERB_NAME = Leads.of(Pattern.compile(
            "(?iu:\\b(?:(?:a|avait|aurait)" + ADVERB + "[ \u00a0]+" + VERB + "|selon|d['’]après|affirme|déclare|explique|estime|ajoute|précise|souligne"
            + "|assure|indique|annonce|confirme|raconte|témoigne|insiste|prévient|martèle|reconnaît|poursuit))[,]?\\s+(" + NAME + ")"),
            "a$", "avait$", "aurait$", "selon", "d$", "affirme", "declare", "explique", "estime", "ajoute", "precise", "souligne",
            "assure", "indique", "annonce", "confirme", "raconte", "temoigne", "insiste", "previent", "martele", "reconnait", "poursuit");
    private static final String SPEECH = "(?iu:(?:a|avait|aurait)" + ADVERB + "[ \u00a0]+" + VERB + "|affirme|déclare|explique|estime|ajoute|précise|souligne"
            + "|assure|indique|annonce|confirme|raconte|témoigne|insiste|prévient|martèle|reconnaît)\\b";
    static final Pattern NAME_VERB = Pattern.compile("(" + NAME + ")[ \u00a0]+" + SPEECH);
    /** Where a speech verb after a name may start. */
    static final Leads SPEECH_AT = Leads.of(Pattern.compile(SPEECH), "a$", "avait$", "aurait$", "affirme", "declare",
            "explique", "estime", "ajoute", "precise", "souligne", "assure", "indique", "annonce", "confirme", "raconte", "temoigne",
            "insiste", "previent", "martele", "reconnait");
    static final String NAME_CHARS = " \u00a0’'-";

    private static final Pattern WORD_RUN = Pattern.compile("[^ \u00a0]+");

    private static final Set<String> STOP = Set.of(
            "le", "la", "les", "l", "un", "une", "des", "ce", "cette", "ces", "son", "sa", "ses", "leur", "selon", "mais", "pour",
            "dans", "et", "en", "au", "aux", "du", "de", "il", "elle", "ils", "elles", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
            "octobre", "novembre", "decembre", "etat", "monsieur", "madame", "m", "mme", "partager", "lire", "suivez", "par",
            "source", "photo", "video", "a", "defense", "affaires", "etrangeres", "interieur", "justice", "sante", "apres", "avant", "depuis", "lors", "alors", "ainsi", "nos", "notre", "vous", "nous", "twitter", "facebook", "telegram", "instagram");

    /**
     * Candidates; {@code taken[i]} is true where a lexicon entity or a place was already found, {@code actors[i]}
     * where an actor (not a place) was. A name next to a role noun may contain a place word: a surname can be a
     * town's name ("le commandant en chef des FDS, Mazloum Kobani"); the longer person then beats the place.
     */
    List<Candidate> find(String text, boolean[] taken, boolean[] actors) {
        List<Candidate> out = new ArrayList<>();
        boolean[] places = placesOf(taken, actors);
        for (MatchResult m : ROLE_NAME.all(text)) {
            String role = (m.group(1) + m.group(2)).replaceAll("\\s+", " ").strip();
            person(out, text, actors, places, m.start(3), m.end(3), role, m.start(1), m.end(2));
        }
        for (MatchResult m : NameTails.all(NAME_ROLE, text, NameTails.positions(text, ','), AFTER_NAME, NAME_CHARS)) {
            String role = m.group(2).replaceAll("\\s+", " ").strip();
            person(out, text, actors, places, m.start(1), m.end(1), role, m.start(2), m.end(2));
        }
        for (MatchResult v : VERB_NAME.all(text)) person(out, text, taken, v.start(1), v.end(1), null, -1, -1);
        for (MatchResult m : NameTails.all(NAME_VERB, text, SPEECH_AT.starts(text), null, NAME_CHARS)) {
            person(out, text, taken, m.start(1), m.end(1), null, -1, -1);
        }
        return out;
    }

    /** Where places (found, but no actor) are. */
    private static boolean[] placesOf(boolean[] taken, boolean[] actors) {
        boolean[] p = new boolean[taken.length];
        for (int i = 0; i < taken.length; i++) p[i] = taken[i] && !(i < actors.length && actors[i]);
        return p;
    }

    /** A word opening with an elided article ("L'amiral", "D'après"): no first name. */
    private static final Pattern ELIDED = Pattern.compile("[LlDd]['’]");

    private static final Set<String> PARTICLE_WORDS = Set.of("al", "el", "ben", "bin", "ibn", "abou", "abu", "de", "van", "von", "ould", "du", "d");

    private static void person(List<Candidate> out, String text, boolean[] taken, int s, int e, String role, int rs, int re) {
        person(out, text, taken, null, s, e, role, rs, re);
    }

    /** A person candidate; {@code places}, when given, marks place words the name may end with (its surname). */
    private static void person(List<Candidate> out, String text, boolean[] taken, boolean[] places, int s, int e, String role,
            int rs, int re) {
        // drop leading words that are stop words or belong to an entity already found ("Daech Abou Bakr ...")
        List<int[]> words = new ArrayList<>();
        Matcher w = WORD_RUN.matcher(text).region(s, e);
        while (w.find()) words.add(new int[] {w.start(), w.end()});
        int from = 0;
        while (from < words.size() && (STOP.contains(Names.norm(text.substring(words.get(from)[0], words.get(from)[1])))
                || ELIDED.matcher(text).region(words.get(from)[0], words.get(from)[1]).lookingAt()
                || taken[words.get(from)[0]])) from++;
        int to = words.size();
        while (to > from && (STOP.contains(Names.norm(text.substring(words.get(to - 1)[0], words.get(to - 1)[1])))
                || taken[words.get(to - 1)[1] - 1])) to--;
        if (to - from < 2) return;
        for (int i = from; i < to; i++) if (taken[words.get(i)[0]] || taken[words.get(i)[1] - 1]) return;
        if (places != null) {
            // a place word only as the surname, after a first name ("Mazloum Kobani"), never after "de" ("Musées de Syrie")
            for (int i = from; i < to; i++) {
                if (!places[words.get(i)[0]]) continue;
                if (i != to - 1 || i == from || places[words.get(i - 1)[0]]) return;
                if (PARTICLE_WORDS.contains(Names.norm(text.substring(words.get(i - 1)[0], words.get(i - 1)[1])))) return;
            }
        }
        int ns = words.get(from)[0];
        int ne = words.get(to - 1)[1];
        String name = text.substring(ns, ne).replaceAll("[ \u00a0]+", " ");
        Candidate c = new Candidate(ns, ne, Candidate.PERSON, EntityType.PERSON, Names.slug(name), name);
        c.subtype = "person";
        c.role = role;
        c.roleStart = rs;
        c.roleEnd = re;
        out.add(c);
    }
}
