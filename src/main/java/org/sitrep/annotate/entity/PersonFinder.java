package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
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
            + "|lieutenant[ -]général|lieutenant[ -]colonel|colonel|lieutenant|commandant(?:[ \u00a0]+en[ \u00a0]+chef)?|capitaine|major|sergent"
            + "|porte-parole|vice-premier[ \u00a0]+ministre|premier[ \u00a0]+ministre|Premier[ \u00a0]+ministre|ministre|vice-président|président|présidente"
            + "|chef(?:[ \u00a0]+d['’]état-major)?|gouverneur|émir|cheikh|imam|député|responsable|maire|secrétaire[ \u00a0]+d['’][ÉE]tat"
            + "|secrétaire[ \u00a0]+général|ambassadeur|ambassadrice|envoyé[ \u00a0]+spécial|émissaire|ayatollah|roi|prince|analyste|expert"
            + "|chercheur|chercheuse|spécialiste|correspondant|correspondante|journaliste|reporter|photographe|militant|militante|activiste"
            + "|directeur|directrice|coordinateur|coordinatrice|représentant|représentante|haut-commissaire|patron|conseiller|conseillère"
            + "|officier|dirigeant|dirigeante|leader|fondateur|commandante|colonelle)";

    /** Words a role may carry before the name: lowercase words, elisions, a few capitalised office words. */
    private static final String QUALIFIER = "(?:[ \u00a0]+(?:\\p{Ll}[\\p{L}\\-]*|d['’]\\p{L}*|l['’]\\p{L}*|Affaires|Défense|Intérieur|[ÉE]tat|Justice|Santé|Nations|Peshmerga|Pentagone))";

    private static final Pattern ROLE_NAME = Pattern.compile(
            "(?iu:\\b(" + ROLE + "))(" + QUALIFIER + "{0,7}?),?[ \u00a0]+(" + NAME + ")");
    private static final Pattern NAME_ROLE = Pattern.compile(
            "(" + NAME + ")[ \u00a0]*,[ \u00a0]+(?iu:(?:le|la|l['’]|un|une|ancien|ancienne)[ \u00a0]+)?((?iu:" + ROLE + ")\\b[^.,;:\\n«»\"“”()]{0,80})");
    private static final String VERB = "(?:déclaré|affirmé|indiqué|annoncé|expliqué|ajouté|précisé|assuré|dit|souligné|estimé|confirmé|démenti"
            + "|averti|martelé|reconnu|raconté|insisté|jugé|poursuivi|rapporté|témoigné|commenté|noté|prévenu|promis|admis|déploré)";
    private static final Pattern VERB_NAME = Pattern.compile(
            "(?iu:\\b(?:(?:a|avait|aurait)[ \u00a0]+" + VERB + "|selon|d['’]après|affirme|déclare|explique|estime|ajoute|précise|souligne"
            + "|assure|indique|annonce|confirme|raconte|témoigne|insiste|prévient|martèle|reconnaît|poursuit))[,]?\\s+(" + NAME + ")");
    private static final Pattern NAME_VERB = Pattern.compile(
            "(" + NAME + ")[ \u00a0]+(?iu:(?:a|avait|aurait)[ \u00a0]+" + VERB + "|affirme|déclare|explique|estime|ajoute|précise|souligne"
            + "|assure|indique|annonce|confirme|raconte|témoigne|insiste|prévient|martèle|reconnaît)\\b");

    private static final Set<String> STOP = Set.of(
            "le", "la", "les", "l", "un", "une", "des", "ce", "cette", "ces", "son", "sa", "ses", "leur", "selon", "mais", "pour",
            "dans", "et", "en", "au", "aux", "du", "de", "il", "elle", "ils", "elles", "lundi", "mardi", "mercredi", "jeudi",
            "vendredi", "samedi", "dimanche", "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre",
            "octobre", "novembre", "decembre", "etat", "monsieur", "madame", "m", "mme", "partager", "lire", "suivez", "par",
            "source", "photo", "video", "a", "defense", "affaires", "etrangeres", "interieur", "justice", "sante", "apres", "avant", "depuis", "lors", "alors", "ainsi", "nos", "notre", "vous", "nous");

    /** Candidates; {@code taken[i]} is true where a lexicon entity or a place was already found. */
    List<Candidate> find(String text, boolean[] taken) {
        List<Candidate> out = new ArrayList<>();
        Matcher m = ROLE_NAME.matcher(text);
        while (m.find()) {
            String role = (m.group(1) + m.group(2)).replaceAll("\\s+", " ").strip();
            person(out, text, taken, m.start(3), m.end(3), role, m.start(1), m.end(2));
        }
        m = NAME_ROLE.matcher(text);
        while (m.find()) {
            String role = m.group(2).replaceAll("\\s+", " ").strip();
            person(out, text, taken, m.start(1), m.end(1), role, m.start(2), m.end(2));
        }
        m = VERB_NAME.matcher(text);
        while (m.find()) person(out, text, taken, m.start(1), m.end(1), null, -1, -1);
        m = NAME_VERB.matcher(text);
        while (m.find()) person(out, text, taken, m.start(1), m.end(1), null, -1, -1);
        return out;
    }

    private static void person(List<Candidate> out, String text, boolean[] taken, int s, int e, String role, int rs, int re) {
        // drop leading words that are stop words or belong to an entity already found ("Daech Abou Bakr ...")
        List<int[]> words = new ArrayList<>();
        Matcher w = Pattern.compile("[^ \u00a0]+").matcher(text).region(s, e);
        while (w.find()) words.add(new int[] {w.start(), w.end()});
        int from = 0;
        while (from < words.size() && (STOP.contains(Names.norm(text.substring(words.get(from)[0], words.get(from)[1])))
                || taken[words.get(from)[0]])) from++;
        int to = words.size();
        while (to > from && (STOP.contains(Names.norm(text.substring(words.get(to - 1)[0], words.get(to - 1)[1])))
                || taken[words.get(to - 1)[1] - 1])) to--;
        if (to - from < 2) return;
        for (int i = from; i < to; i++) if (taken[words.get(i)[0]] || taken[words.get(i)[1] - 1]) return;
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
