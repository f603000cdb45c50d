package org.sitrep.annotate.entity;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.text.Leads;
import org.sitrep.extract.EntityType;
import org.sitrep.gazetteer.Gazetteer;
import org.sitrep.gazetteer.GazetteerEntry;
import org.sitrep.lexicon.Names;

/**
 * Places the gazetteer does not know, found from their context: "le village de X", "le quartier X",
 * "près de X", "à X, à 40 km de", "X, un quartier de", and facilities named after a place
 * ("le barrage d'Haditha", "le champ de gaz d'Ash Shaer", "la base aérienne de Tabqa"), which are
 * places of their own.
 */
final class PlaceContexts {

    /** A capitalised word, possibly after an Arabic article (al-, el-, ad-, ash-, ez-...). */
    static final String PART = "(?:(?:[Aa]sh|[Aa]l|[Ee]l|[Ee]z|[Ee]s|[Aa][dnrstz])[-\u2011 ’']?)?\\p{Lu}[\\p{L}’'\\-]*\\p{L}";
    static final String NAME = PART + "(?:[ \u00a0-]" + PART + "){0,3}";
    private static final String OF = "(?:de[ \u00a0]+|d['’][ ]?|du[ \u00a0]+)";
    private static final String ADJ = "(?:[ \u00a0]+\\p{Ll}[\\p{Ll}\\-]+)?";

    static final Leads GENERIC = Leads.of(Pattern.compile(
            "(?iu:\\b(village|localité|bourgade|hameau|quartier|ville|cité|district|secteur|zone|faubourg|banlieue|camp"
            + "|prison|raffinerie|mont|montagne|colline|vallée|rivière|fleuve|île|pont|poste-frontière|poste|région|province|gouvernorat)s?)"
            + ADJ + "[ \u00a0]+(?:" + OF + ")?(" + NAME + ")"),
            "village", "localite", "bourgade", "hameau", "quartier", "ville", "cite", "district", "secteur", "zone", "faubourg",
            "banlieue", "camp", "prison", "raffinerie", "mont", "colline", "vallee", "riviere", "fleuve", "ile", "pont", "poste",
            "region", "province", "gouvernorat");
    /** A code name of a base or a pumping station: "T4", "H3". */
    private static final String CODE = "\\p{Lu}{1,2}-?\\d{1,2}\\b";
    static final Leads FACILITY = Leads.of(Pattern.compile(
            "(?iu:\\b(barrage|champ[ \u00a0]+de[ \u00a0]+gaz|champ[ \u00a0]+gazier|champ[ \u00a0]+pétrolier|champ[ \u00a0]+de[ \u00a0]+pétrole"
            + "|base[ \u00a0]+aérienne|base[ \u00a0]+militaire|aéroport(?:[ \u00a0]+militaire)?|vieille[ \u00a0]+ville))"
            + ADJ + "[ \u00a0]+" + OF + "(" + NAME + "|" + CODE + ")"),
            "barrage", "champ", "base", "aeroport", "vieille");
    /**
     * A landmark named right after its noun, often with an Arabic article: "la mosquée al-Nouri", "le rond-point
     * al-Naïm", "l'hôpital al-Chifa", "le stade Al-Shaab", "la place Tahrir": a place of its own.
     */
    static final Leads LANDMARK = Leads.of(Pattern.compile(
            "(?iu:\\b(mosquée|rond-point|hôpital|université|stade|citadelle|musée|place))[ \u00a0]+(?:" + OF + ")?(" + NAME + ")"),
            "mosquee", "rond", "hopital", "universite", "stade", "citadelle", "musee", "place");
    static final Leads NEAR = Leads.of(Pattern.compile(
            "(?iu:\\b(?:près|proche|autour|non[ \u00a0]+loin|aux[ \u00a0]+abords|aux[ \u00a0]+environs|aux[ \u00a0]+portes|en[ \u00a0]+périphérie"
            + "|au[ \u00a0]+(?:nord|sud)(?:-(?:est|ouest))?|à[ \u00a0]+l['’](?:est|ouest)))[ \u00a0]+" + OF + "(" + NAME + ")"),
            "pres$", "proche$", "autour$", "non$", "aux$", "en$", "au$", "a$");
    static final Leads DISTANCE = Leads.of(Pattern.compile(
            "\\b[àÀ][ \u00a0]+(" + NAME + "),?[ \u00a0]+(?:à[ \u00a0]+)?(?:une[ \u00a0]+|quelque[ \u00a0]+|environ[ \u00a0]+)?\\d+[ \u00a0]*(?:km|kilomètres)\\b"),
            "a$");
    /** "à Heracla, au nord de la ville": a place located relative to another. */
    static final Leads COMPASS = Leads.of(Pattern.compile(
            "\\b[àÀ][ \u00a0]+(" + NAME + "),[ \u00a0]+(?:au|à[ \u00a0]+l['’])[ \u00a0]*(?:nord|sud|est|ouest)"),
            "a$");
    /** "progresser vers Al-Qaryatain", "se sont retirés vers Tadef": a movement towards a place. */
    static final Leads TOWARDS = Leads.of(Pattern.compile(
            "(?iu:\\b(?:progress|avan[cç]|retir|repli|fui|fuy|dirig|march|achemin|foncer|fonç)\\p{L}*[ \u00a0]+vers"
            + "(?:[ \u00a0]+(?:le[ \u00a0]+|l['’])(?:nord|sud|est|ouest)(?:-(?:est|ouest))?,?[ \u00a0]+vers)?)[ \u00a0]+(" + NAME + ")"),
            "progress", "avan", "retir", "repli", "fui", "fuy", "dirig", "march", "achemin", "fonc");
    /**
     * A place picked out of a list of places: "plusieurs villages, dont X", "des camps de déplacés, notamment
     * celui d'X", "des quartiers comme X".
     */
    static final Leads AMONG = Leads.of(Pattern.compile(
            "(?iu:\\b(?:villages|localités|quartiers|villes|bourgades|hameaux|camps|secteurs|faubourgs|banlieues)\\b)"
            + "[^.;«»\n]{0,60}?(?:\\b(?:dont|notamment|comme|tels?[ \u00a0]+que|telles?[ \u00a0]+que)[ \u00a0]+"
            + "|\\b(?:celui|celle|ceux|celles)[ \u00a0]+(?:de[ \u00a0]+|d['’][ ]?))(" + NAME + ")"),
            "villages", "localites", "quartiers", "villes", "bourgades", "hameaux", "camps", "secteurs", "faubourgs", "banlieues");
    /**
     * "se sont livrés aux forces kurdes à Dibis, selon ...", "des camps à Amiriyat al Fallouja et dans la région de":
     * "à X" closing a clause.
     */
    static final Leads AT = Leads.of(Pattern.compile("\\b[àÀ][ \u00a0]+(" + NAME + ")(?=[ \u00a0]*[,.;]"
            + "|[ \u00a0]+(?:et|ou)[ \u00a0]+(?:dans|à|au|aux|en|près|vers|sur)\\b)"), "a$");
    /** "depuis Samarra et Al-Dour": a name with an Arabic article coordinated with a place. */
    static final Leads AND_ARABIC = Leads.of(Pattern.compile(
            "\\b(?:et|ou)[ \u00a0]+((?:Al|El|Ad|Ach|Ash|Ar|As|Az|An|Ed|Es|Ez)[-\u2011’']\\p{Lu}[\\p{L}’'\\-]*\\p{L})"), "et$", "ou$");
    /** A town named after another with an Arabic article: "Amiriyat al Fallouja", "Jisr al-Choughour". */
    private static final Pattern COMPOUND = Pattern.compile("\\p{Lu}\\p{L}+[ \u00a0](?:al|el|ad|ash|ach|as|az|ech|ez)[ \u00a0-]\\p{Lu}.*");
    /** "a déclaré à X," "a-t-il dit à X.": X is whom one speaks to, not where. */
    private static final Pattern ADDRESSEE = Pattern.compile(
            "(?iu:(?:déclaré|indiqué|affirmé|dit|confié|expliqué|annoncé|précisé|raconté|assuré|rapporté|ajouté|souligné|estimé"
            + "|répondu|écrit|demandé|promis|lancé|appelé|adressé|parlé|assure|affirme|déclare|explique|dit)(?:-t-(?:il|elle|on))?"
            + "(?:[ \u00a0]+\\p{Ll}+)?)[ \u00a0]+$");

    private static final String APPOSED = ",[ \u00a0]+(?iu:(?:un|une|l['’]un|l['’]une)(?:[ \u00a0]+des)?[ \u00a0]+(village|localité|quartier|ville|bourgade|district|faubourg)s?)\\b";
    static final Pattern APPOSITION = Pattern.compile("(" + NAME + ")" + APPOSED);
    /** What follows the comma of "X, un village ...". */
    static final Pattern AFTER_NAME = Pattern.compile(APPOSED);
    /** The characters of a {@link #NAME} besides letters. */
    static final String NAME_CHARS = " \u00a0’'-\u2011";

    /** "Mossoul-Ouest": the western part of a known city, a district of its own. */
    private static final Pattern QUARTER = Pattern.compile("(\\p{Lu}[\\p{L}]+)[-\u2011](Ouest|Est|Nord|Sud)\\b");

    /** Whether the text has "-Ouest", "-Est", "-Nord" or "-Sud" (hyphen or U+2011): a QUARTER match needs one. */
    private static boolean hasQuarter(String text) {
        for (String d : new String[] {"Ouest", "Est", "Nord", "Sud"}) {
            if (text.contains("-" + d) || text.contains("\u2011" + d)) return true;
        }
        return false;
    }

    private static final Set<String> STOP = Set.of(
            "janvier", "fevrier", "mars", "avril", "mai", "juin", "juillet", "aout", "septembre", "octobre", "novembre",
            "decembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi", "samedi", "dimanche", "etat", "est", "ouest",
            "nord", "sud", "centre", "ville", "armee", "forces", "groupe", "coalition", "daech", "daesh", "ei", "la", "le",
            "les", "selon", "dieu", "allah", "irak", "syrie", "cette", "ce", "son", "sa", "leur", "plus", "tous", "toute");

    /** "la ville natale de X": X is a person. */
    private static final Pattern NATIVE = Pattern.compile("s?[ \u00a0]+natale?s?\\b");

    private final Gazetteer gazetteer;

    PlaceContexts(Gazetteer gazetteer) { this.gazetteer = gazetteer; }

    /** Candidates found in the text; {@code actors[i]} is true where a lexicon actor was already found. */
    List<Candidate> find(String text, boolean[] actors) {
        List<Candidate> out = new ArrayList<>();
        for (MatchResult m : FACILITY.all(text)) {
            String name = trim(m.group(2));
            if (name == null || covered(actors, m.start(2), m.start(2) + name.length())) continue;
            String kind = m.group(1).toLowerCase(Locale.ROOT).replace('\u00a0', ' ');
            String suffix = kind.startsWith("barrage") ? "dam" : kind.contains("gaz") ? "gas-field" : kind.startsWith("vieille") ? "old-city"
                    : kind.startsWith("champ") ? "oil-field" : kind.startsWith("aéroport") ? "airport"
                    : kind.contains("aérienne") ? "air-base" : "military-base";
            String phrase = text.substring(m.start(), m.start(2) + name.length());
            GazetteerEntry city = suffix.equals("old-city") ? known(name) : null;
            Candidate c = new Candidate(m.start(), m.start(2) + name.length(), Candidate.CONTEXT, EntityType.PLACE,
                    (city != null ? city.key() : Names.slug(name)) + "-" + suffix, phrase);
            c.subtype = suffix;
            if (!suffix.equals("old-city")) c.extraName = name; // the old city of Mosul is not Mosul
            out.add(c);
        }
        for (MatchResult m : LANDMARK.all(text)) {
            String name = trim(m.group(2));
            if (name == null || covered(actors, m.start(2), m.start(2) + name.length())) continue;
            String kind = m.group(1).toLowerCase(Locale.ROOT);
            boolean of = m.start(2) > m.end(1) + 1; // "de X" between the noun and the name
            // "à la place de X" is "instead of X", "l'hôpital de Mossoul" names the city: only mosques and citadels take "de"
            if (of && !kind.equals("mosquée") && !kind.equals("citadelle")) continue;
            if (kind.equals("place") && !Character.isUpperCase(name.charAt(0))) continue; // "sur place al-..." is no square
            String suffix = switch (kind) {
                case "mosquée" -> "mosque"; case "rond-point" -> "roundabout"; case "hôpital" -> "hospital";
                case "université" -> "university"; case "stade" -> "stadium"; case "citadelle" -> "citadel";
                case "musée" -> "museum"; default -> "square";
            };
            int end = m.start(2) + name.length();
            Candidate c = new Candidate(m.start(), end, Candidate.CONTEXT, EntityType.PLACE, Names.slug(name) + "-" + suffix,
                    text.substring(m.start(), end).replaceAll("\\s+", " "));
            c.subtype = suffix;
            c.extraName = name;
            out.add(c);
        }
        Matcher q = QUARTER.matcher(text);
        boolean quarters = hasQuarter(text);
        while (quarters && q.find()) {
            GazetteerEntry city = known(q.group(1));
            if (city == null || covered(actors, q.start(), q.end())) continue;
            String dir = q.group(2).toLowerCase(Locale.ROOT);
            String en = switch (dir) { case "ouest" -> "west"; case "est" -> "east"; case "nord" -> "north"; default -> "south"; };
            Candidate c = new Candidate(q.start(), q.end(), Candidate.LEXICON, EntityType.PLACE, en + "-" + city.key(),
                    text.substring(q.start(), q.end()));
            c.subtype = "district";
            c.country = city.countryQid();
            out.add(c);
        }
        add(out, GENERIC.all(text), 2, 1, text, actors);
        add(out, NEAR.all(text), 1, 0, text, actors);
        add(out, DISTANCE.all(text), 1, 0, text, actors);
        add(out, COMPASS.all(text), 1, 0, text, actors);
        add(out, TOWARDS.all(text), 1, 0, text, actors);
        add(out, AMONG.all(text), 1, 0, text, actors);
        add(out, NameTails.all(APPOSITION, text, NameTails.positions(text, ','), AFTER_NAME, NAME_CHARS), 1, 2, text, actors);
        return out;
    }

    /**
     * Places found only as "à X," ("se sont livrés aux forces kurdes à Dibis, selon") or as "Place et Al-X": the weakest
     * contexts,
     * tried last, where nothing else was found ({@code taken}), not after a speech verb ("a déclaré à X,"),
     * and not when X is a word of a person's name the text gives ({@code personWords}, normalised).
     */
    List<Candidate> at(String text, boolean[] taken, boolean[] places, Set<String> personWords) {
        List<Candidate> out = new ArrayList<>();
        for (MatchResult m : AND_ARABIC.all(text)) {
            int s = m.start(1), e = m.end(1);
            if (m.start() < 2 || !places[m.start() - 2] || covered(taken, s, e) || personWords.contains(Names.norm(m.group(1)))) continue;
            out.add(place(s, e, m.group(1), null));
        }
        for (MatchResult m : AT.all(text)) {
            String name = trim(m.group(1));
            if (name == null) continue;
            int s = m.start(1), e = s + name.length();
            String norm = Names.norm(name);
            boolean extendsPlace = COMPOUND.matcher(name).matches() && !taken[s] && !coveredBut(taken, places, s, e);
            if (covered(taken, s, e) && !extendsPlace || norm.length() < 4 || personWords.contains(norm)
                    || ADDRESSEE.matcher(text).region(Math.max(0, m.start() - 40), m.start()).find()) continue;
            out.add(place(s, e, name, null));
        }
        return out;
    }

    private void add(List<Candidate> out, List<MatchResult> matches, int nameGroup, int kindGroup, String text, boolean[] actors) {
        for (MatchResult m : matches) {
            String name = trim(m.group(nameGroup));
            if (name == null) continue;
            int s = m.start(nameGroup);
            int e = s + name.length();
            if (covered(actors, s, e)) continue;
            String kind = kindGroup == 0 ? null : m.group(kindGroup).toLowerCase(Locale.ROOT);
            if (kind != null && m.end(kindGroup) <= s && NATIVE.matcher(text).region(m.end(kindGroup), s).lookingAt()) continue;
            out.add(place(s, e, name, kind));
        }
    }

    private GazetteerEntry known(String name) {
        String norm = Names.norm(name);
        for (GazetteerEntry g : gazetteer.lookup(name)) if ("Place".equalsIgnoreCase(g.type()) && named(g, norm)) return g;
        return null;
    }

    private Candidate place(int s, int e, String name, String kind) {
        boolean province = kind != null && (kind.startsWith("province") || kind.startsWith("gouvernorat"));
        GazetteerEntry known = null;
        String norm = Names.norm(name);
        for (GazetteerEntry g : gazetteer.lookup(name)) {
            if (!"Place".equalsIgnoreCase(g.type()) || !named(g, norm)) continue;
            if (known == null) known = g;
            if (province && g.subtype() != null && (g.subtype().contains("governorate") || g.subtype().contains("region"))) {
                known = g;
                break;
            }
        }
        Candidate c;
        if (known != null) {
            c = new Candidate(s, e, Candidate.CONTEXT, EntityType.PLACE, known.key(), known.label());
            EntityAnnotator.copy(known, c);
        } else {
            c = new Candidate(s, e, Candidate.CONTEXT, EntityType.PLACE, Names.slug(name), name);
            c.subtype = kind == null ? null : subtype(kind);
        }
        return c;
    }

    /** True when one of the entry's names is this name exactly (after normalisation): lookups may be fuzzy. */
    static boolean named(GazetteerEntry g, String norm) {
        if (g.labelFr() != null && Names.norm(g.labelFr()).equals(norm)) return true;
        if (g.labelEn() != null && Names.norm(g.labelEn()).equals(norm)) return true;
        for (String n : g.names()) if (Names.norm(n).equals(norm)) return true;
        return false;
    }

    private static String subtype(String kind) {
        return switch (kind) {
            case "quartier", "faubourg", "banlieue", "secteur" -> "neighbourhood";
            case "ville", "cité" -> "city";
            case "province", "gouvernorat" -> "governorate";
            case "district" -> "district";
            case "village", "hameau", "localité", "bourgade" -> "village";
            default -> kind;
        };
    }

    /** Drops trailing stop words; null when nothing acceptable is left. */
    private static String trim(String name) {
        String[] parts = name.split("[ \u00a0]+");
        int n = parts.length;
        while (n > 0 && STOP.contains(Names.norm(parts[n - 1]))) n--;
        if (n == 0) return null;
        if (STOP.contains(Names.norm(parts[0]))) return null;
        String s = String.join(" ", java.util.Arrays.copyOf(parts, n));
        // keep the original spacing: recompute the length from the source text prefix
        int len = 0;
        int seen = 0;
        while (seen < n && len < name.length()) {
            int next = name.indexOf(parts[seen], len);
            len = next + parts[seen].length();
            seen++;
        }
        String kept = name.substring(0, len);
        return Names.norm(s).length() < 2 ? null : kept;
    }

    /** True when something other than a place covers a character of [s, e). */
    private static boolean coveredBut(boolean[] mask, boolean[] places, int s, int e) {
        for (int i = s; i < e && i < mask.length; i++) if (mask[i] && !places[i]) return true;
        return false;
    }

    private static boolean covered(boolean[] mask, int s, int e) {
        for (int i = s; i < e && i < mask.length; i++) if (mask[i]) return true;
        return false;
    }
}
