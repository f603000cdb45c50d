package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The masthead, credit and date-stamp lines that French news pages print around an article, and what
 * they say: "Le Point - Actualité Monde" (site and section), "Par Le Figaro avec AFP", "franceinfo avec AFP",
 * "Publié le 25/08/2016 à 14h12 | Le Point.fr", "La Croix (avec AFP), le 12/08/2016 à 17h41",
 * "Publié le : 12/03/2017 - 10:32 Modifié le : …", "22 juin 2017 à 21h14". The reader takes the publisher
 * and date hints from them; the cleaner drops them.
 */
public final class PageStamps {
    private PageStamps() { }

    private static final int FLAGS = Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE;

    /** Words of section names ("Actualité Monde", "Actualités économie", "Moyen-Orient"), never outlets. */
    private static final Set<String> SECTION_WORDS = Set.of(
            "actualité", "actualités", "actu", "actus", "info", "infos", "information", "informations", "monde",
            "international", "internationale", "moyen-orient", "proche-orient", "politique", "économie", "economie",
            "société", "societe", "vidéo", "vidéos", "video", "videos", "europe", "afrique", "asie", "amériques",
            "maghreb", "france", "défense", "defense", "culture", "sport", "sports", "opinions", "débats", "idées",
            "régions", "direct", "live", "dernière", "dernières", "heure", "news", "world", "middle", "east",
            "terrorisme", "diplomatie", "guerre", "conflits", "géopolitique", "planète", "accueil", "une", "la",
            "à", "a", "en", "et", "&", "/", "l'actualité", "l'info", "fil", "flash", "dépêches", "depeches", "afp",
            "irak", "syrie", "turquie", "liban", "iran", "israël", "russie", "libye", "kurdistan", "égypte", "yémen");

    /** Wire agencies: named in credits, but the site carrying their copy is the publisher. */
    private static final Set<String> AGENCIES = Set.of("afp", "reuters", "ap", "associated press",
            "agence france-presse", "agence france presse", "agence france", "afp/reuters", "reuters/afp", "belga", "ats", "dpa", "efe", "anadolu", "xinhua", "ansa");

    private static final String AGENCY = "(?:l'|les\\s+)?(?:AFP|Reuters|AP|agences?|Associated Press)";
    private static final String DATE = "(?:\\d{1,2}(?:er)?\\s+\\p{L}{3,9}\\.?\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2}(?:\\d{2})?(?!\\d)"
            + "|\\d{4}-\\d{2}-\\d{2})";
    private static final String WEEKDAY = "(?:(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)\\s+)?";
    private static final String TIME = "(?:\\s*(?:à|-|,)?\\s*\\d{1,2}\\s*[h:]\\s*\\d{0,2}(?:\\s*(?:GMT|UTC|CET|CEST|HEC))?)?";

    /** "Site - Section" / "Site | Section". */
    private static final Pattern MASTHEAD = Pattern.compile("^(.{2,40}?)\\s+[-–—|]\\s+(.{2,40})$", FLAGS);
    /** A stamp that dates the first publication. */
    private static final Pattern PUBLISHED = Pattern.compile(
            "(?:publié|publiée|mis en ligne|posté|paru|créé)(?:\\s+le)?\\s*:?\\s*" + WEEKDAY + "(" + DATE + ")", FLAGS);
    /** A stamp that dates an update. */
    private static final Pattern UPDATED = Pattern.compile(
            "(?:mis à jour|mise à jour|modifié|modifiée|actualisé|actualisée|dernière mise à jour|maj)(?:\\s+le)?\\s*:?\\s*"
                    + WEEKDAY + "(" + DATE + ")", FLAGS);
    /** A bare date stamp: "22 juin 2017 à 21h14", "Le 05/10/2017 à 10h15 - Source AFP", "…, le 12/08/2016 à 17h41". */
    private static final Pattern BARE = Pattern.compile(
            "(?:^|[,|—–-]\\s*|\\s)(?:le\\s+)?" + WEEKDAY + "(" + DATE + ")" + TIME
                    + "\\s*(?:$|[-–—|,]\\s*(?:(?:modifié|mis à jour|mise à jour|source|par|avec)\\b.*|\\p{Lu}[^.!?]{0,40})$|par\\s.*$)", FLAGS);

    /** The end of what may precede a stamp's field: nothing, a separator, a time or a credit ("Par X avec AFP ,"). */
    private static final Pattern FIELD_START = Pattern.compile("(?:^|[|•—–,\\-]|\\d|\\b(?:GMT|UTC|CET|CEST|HEC))\\s*$");
    /** "Par X", "By X". */
    private static final Pattern BY = Pattern.compile("^(?:par|by)\\s+(\\S.*)$", FLAGS);
    /** "X avec AFP", "X (avec AFP)", "X, avec AFP et Reuters". */
    private static final Pattern WITH = Pattern.compile("^(.+?)[,\\s]*\\(?\\s*(?:avec|with)\\s+" + AGENCY + "\\b.*$", FLAGS);
    /** "Le Point.fr", "lefigaro.fr". */
    private static final Pattern DOMAIN = Pattern.compile("^(\\S.{0,30}?)\\.(?:fr|com|net|info|ch|be)$", FLAGS);
    /** A date or stamp trailing a credit: "X le 28/12/2015 à 11:02", "X — 1 avril 2015". */
    private static final Pattern TRAILING_DATE = Pattern.compile("[,\\s]*(?:[-–—]\\s*)?(?:le\\s+)?" + DATE + ".*$", FLAGS);
    /** The subject of a cookie notice or a credit that names no site: "Ce site", "Notre site", "Le site". */
    private static final Pattern GENERIC_SITE = Pattern.compile(
            "^(?:ce|notre|le|cet|nos|ces|les)\\s+(?:site|sites|service|services|portail|média|journal|application)(?:\\s+(?:web|internet))?$", FLAGS);
    /** A journalist's initials signing wire copy: "M.R.", "J.-C. B", "AFP" is not one (no dots). */
    private static final Pattern INITIALS = Pattern.compile("^\\p{Lu}\\.(?:\\s*-?\\p{Lu}\\.?){0,3}$");
    private static final Pattern NAME = Pattern.compile("^[\\p{L}\\d][\\p{L}\\d'’.\\- ]{0,40}$");

    /** A date printed by a stamp line. */
    public enum Kind { PUBLISHED, BARE, UPDATED }

    /** One date stamp: its kind and the date's text (e.g. "25/08/2016"). */
    public record Stamp(Kind kind, String date) { }

    /** The dates a short furniture line stamps, publication dates first; empty for other lines. */
    public static List<Stamp> stamps(String line) {
        String t = BoilerplateRules.simplify(line);
        List<Stamp> out = new ArrayList<>();
        if (t.length() > 160 || t.endsWith(".") && !t.matches("(?i).*\\b(?:min|GMT)\\.$")) return out;
        Matcher m = PUBLISHED.matcher(t);
        while (m.find()) if (opensField(t.substring(0, m.start()))) out.add(new Stamp(Kind.PUBLISHED, m.group(1)));
        m = UPDATED.matcher(t);
        while (m.find()) if (opensField(t.substring(0, m.start()))) out.add(new Stamp(Kind.UPDATED, m.group(1)));
        m = BARE.matcher(t);
        while (m.find()) {
            if (isFurnitureBefore(t.substring(0, m.start(1)))) out.add(new Stamp(Kind.BARE, m.group(1)));
        }
        return out;
    }

    /** True when a "Publié le" at this point starts a field of the stamp line, not a verb of a sentence ("L'EI a publié le …"). */
    private static boolean opensField(String before) {
        return FIELD_START.matcher(before).find();
    }

    /** What precedes a bare date on a stamp line: nothing, "Le", or a credit ("Boursorama avec Reuters", "Par X"). */
    private static boolean isFurnitureBefore(String before) {
        String b = before.replaceAll("(?i)[,|—–-]?\\s*(?:\\ble)?\\s*$", "").strip();
        return b.isEmpty() || credit(b) != null;
    }

    /** True when the line is a masthead, a credit or a date stamp. */
    public static boolean isFurniture(String line) {
        String t = BoilerplateRules.simplify(line);
        return masthead(t) != null || credit(t) != null || !stamps(t).isEmpty() || isSectionName(t)
                || t.matches("(?i)^(?:source\\s*:?\\s*)?" + AGENCY + "(?:\\s*[/,]\\s*" + AGENCY + ")*\\.?$")
                || t.matches("^\\p{Lu}{2,6}\\s*/\\s*(?:AFP|Reuters|AP)$");
    }

    /** The site of a "Site - Section" masthead ("Le Point - Actualité Monde" → "Le Point"), or null. */
    public static String masthead(String line) {
        Matcher m = MASTHEAD.matcher(BoilerplateRules.simplify(line));
        if (!m.matches() || !isSectionName(m.group(2))) return null;
        String site = siteName(m.group(1));
        return site == null || isSectionName(site) ? null : site;
    }

    /** True when every word of {@code phrase} belongs to section names ("Actualité Monde", "Moyen-Orient"). */
    public static boolean isSectionName(String phrase) {
        String p = phrase.strip().toLowerCase(Locale.ROOT).replace('’', '\'');
        if (p.isEmpty()) return false;
        for (String w : p.split("[\\s,]+")) if (!SECTION_WORDS.contains(w)) return false;
        return true;
    }

    /** True for wire agencies ("AFP", "Reuters"). */
    public static boolean isAgency(String name) {
        return name != null && AGENCIES.contains(name.strip().toLowerCase(Locale.ROOT));
    }

    /**
     * The site a credit names: "Par Le Figaro avec AFP" → "Le Figaro", "franceinfo avec AFP" → "franceinfo",
     * "Publié le 25/08/2016 à 14h12 | Le Point.fr" → "Le Point", "23 juin 2017 à 21h14 Par Jeune Afrique avec AFP"
     * → "Jeune Afrique"; null for other lines.
     */
    public static String credit(String line) {
        String t = BoilerplateRules.simplify(line);
        if (t.length() > 120) return null;
        for (String segment : t.split("\\s+[|•—–]\\s+|\\s+-\\s+|\\s+(?=[Pp]ar\\s+\\p{Lu})|(?<=\\d)\\s+(?=[Pp]ar\\s)")) {
            String s = segment.strip();
            Matcher by = BY.matcher(s);
            boolean byline = by.matches();
            if (byline) s = by.group(1);
            Matcher with = WITH.matcher(s);
            boolean agency = with.matches();
            if (agency) s = with.group(1);
            s = TRAILING_DATE.matcher(s).replaceFirst("").strip();
            boolean domain = DOMAIN.matcher(s).matches() && s.split("\\s+").length <= 3;
            String site = siteName(s);
            if (site == null || isSectionName(site)) continue;
            if (byline && !s.endsWith(".") && Character.isUpperCase(site.codePointAt(0)) || agency || domain) return site;
        }
        return null;
    }

    /** True for a byline naming no agency and no domain ("Par Euronews", "Par Hélène Sallon"): a site or a journalist. */
    public static boolean isPlainByline(String line) {
        String t = BoilerplateRules.simplify(line);
        return BY.matcher(t).matches() && !t.matches("(?i).*\\b(?:avec|with)\\s+" + AGENCY + "\\b.*")
                && !t.matches("(?i).*\\.(?:fr|com|net)\\b.*");
    }

    /** A site name cleaned of ".fr" and a final dot, or null when it cannot be one. */
    private static String siteName(String s) {
        String n = s.strip().replaceAll("\\.$", "").strip();
        Matcher d = DOMAIN.matcher(n);
        if (d.matches()) n = d.group(1).strip();
        if (!NAME.matcher(n).matches() || n.split("\\s+").length > 5) return null;
        if (n.matches("(?i)^(?:nous|notre|nos|ailleurs|ailleurs,.*|la suite|exemple)$")) return null;
        if (GENERIC_SITE.matcher(n).matches() || INITIALS.matcher(n).matches()) return null;
        return n;
    }

    /**
     * True when {@code name} can name a site: not a generic subject ("Ce site utilise des cookies") nor a
     * journalist's initials ("M.R. avec AFP").
     */
    public static boolean isSiteName(String name) {
        return name != null && siteName(name) != null;
    }
}
