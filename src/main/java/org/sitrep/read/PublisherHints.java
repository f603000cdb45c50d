package org.sitrep.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.BoilerplateRules;
import org.sitrep.clean.PageStamps;
import org.sitrep.clean.RawLine;

/**
 * Finds the outlet that published a page in the furniture around the article, before the cleaner
 * drops it. Strongest first: the cookie notice ("RT en français utilise des cookies"), the social
 * prompt ("Suivez RT en français sur Telegram"), the masthead at the top of the page ("Le Point - Actualité
 * Monde"), the credit ("Le Monde avec AFP", "Publié le … | Le Point.fr"), a caption ending with the outlet
 * ("Mossoul - Sputnik France"), a plain byline ("Par Euronews": it may name a journalist, so the logo line at the
 * top of the page is preferred to it), a source credit ("Source: AFP"). A wire agency is the
 * publisher only when no site is named (the logo line at the top of the page names one too): a portal carrying
 * AFP or Reuters copy is the publisher. When another
 * candidate extends the chosen one ("Sputnik" → "Sputnik France") the longer name wins. A logo line over a menu
 * or breadcrumb still names the site, and is the publisher when nothing else is found; a generic subject ("Ce site
 * utilise des cookies") or a journalist's initials ("M.R. avec AFP") are no candidates.
 */
public final class PublisherHints {
    private PublisherHints() { }

    private static final Pattern COOKIES = Pattern.compile(
            "^([\\p{Lu}\\d][\\p{L}\\d'’.\\- ]{1,40}?)\\s+(?:utilise|utilisent|a recours à)\\s+(?:des\\s+)?(?:cookies|traceurs)",
            Pattern.UNICODE_CASE);
    private static final Pattern FOLLOW = Pattern.compile(
            "^Suivez\\s+([\\p{Lu}\\d][\\p{L}\\d'’.\\- ]{1,40}?)\\s*sur\\s*(?:Telegram|Twitter|Facebook|Instagram|YouTube|WhatsApp|X\\b|Google)",
            Pattern.UNICODE_CASE);
    private static final Pattern SOURCE = Pattern.compile(
            "(?:^|\\s)Sources?\\s*:\\s*(\\p{Lu}[\\p{L}\\d'’.\\- ]{1,40}?)\\s*$", Pattern.UNICODE_CASE);
    private static final Pattern CREDIT_WITH_AGENCY = Pattern.compile(
            "^([\\p{Lu}\\d][\\p{L}\\d'’.\\- ]{1,40}?)\\s+avec\\s+(?:l'|les\\s+)?(?:AFP|Reuters|AP|agences?)$",
            Pattern.UNICODE_CASE);
    private static final Pattern WITH_AGENCY = Pattern.compile("\\s+(?:avec|with|et)\\s+(?:AFP|Reuters|AP|agences?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    /** A logo: capitalised words ("Mediapart", "Le Point", "TV5MONDE"), unlike a short headline ("Raqqa est tombée"). */
    private static final Pattern LOGO = Pattern.compile("^[\\p{Lu}\\d][\\p{L}\\d'’\\-]*(?:\\s+[\\p{Lu}\\d][\\p{L}\\d'’\\-]*)*$");
    /** A site name written as its domain: "Le Monde.fr", "Le Point.fr". */
    private static final Pattern SITE_DOMAIN = Pattern.compile("^(\\p{Lu}.*\\s.*)\\.(?:fr|com)$");
    /** A wire dateline opening a story: "BAGDAD, 28 décembre (Reuters) -". */
    private static final Pattern WIRE = Pattern.compile("^\\p{Lu}[^()]{1,60}?(?:\\([^()]{1,30}\\)[^()]{0,30}?)?\\((AFP|Reuters|AP)\\)\\s*[-–—]");
    /** The strength of plain bylines ("Par Euronews", but also "Par Hélène Sallon") and of source credits. */
    private static final int BYLINES = 5;
    private static final int SOURCES = 6;
    /** How many non-blank lines at the top of a dump may hold the masthead. */
    private static final int TOP_LINES = 5;
    private static final Pattern FOLLOW_OUR = Pattern.compile("^(?:nous|-nous|notre|nos)\\b.*", Pattern.CASE_INSENSITIVE);

    /** The best publisher hint in the lines of a dump, or null. */
    public static String find(List<RawLine> lines) {
        List<List<String>> byStrength = new ArrayList<>();
        for (int i = 0; i <= SOURCES; i++) byStrength.add(new ArrayList<>());
        int top = 0;
        String logo = null;
        for (RawLine line : lines) {
            String t = line.text().replace('\u00A0', ' ').replace('\u202F', ' ');
            if (!t.isBlank() && top == 0) logo = logo(t);
            if (!t.isBlank() && top == 1 && logo != null && !isHeadlineAfter(logo, t) && !isNavigation(t)) logo = null;
            if (!t.isBlank() && top++ < TOP_LINES) add(byStrength.get(2), PageStamps.masthead(t));
            add(byStrength.get(0), match(COOKIES, t));
            add(byStrength.get(1), match(FOLLOW, t));
            int credit = PageStamps.isPlainByline(t) ? BYLINES : 3;
            add(byStrength.get(credit), PageStamps.credit(t));
            add(byStrength.get(credit), BoilerplateRules.byline(t));
            add(byStrength.get(3), match(CREDIT_WITH_AGENCY, t));
            add(byStrength.get(4), BoilerplateRules.outletCaption(t));
            add(byStrength.get(SOURCES), match(SOURCE, t));
            if (logo != null) add(byStrength.get(SOURCES), match(WIRE, t)); // wire copy on the site of the logo
        }
        List<String> all = new ArrayList<>();
        byStrength.forEach(all::addAll);
        String site = all.stream().filter(c -> !PageStamps.isAgency(c)).findFirst().orElse(logo);
        for (int level = 0; level < byStrength.size(); level++) {
            List<String> candidates = byStrength.get(level);
            if (candidates.isEmpty()) continue;
            String chosen = candidates.get(0);
            if (PageStamps.isAgency(chosen) && site != null) chosen = site;
            else if (level == BYLINES && logo != null) chosen = logo; // "Par Hélène Sallon" on the page of a logo
            return longestExtension(chosen, all);
        }
        return logo;
    }

    /** True for a menu or breadcrumb line under a logo: "Direct TV | Replay | International", "Accueil > Moyen-Orient > Syrie". */
    private static boolean isNavigation(String line) {
        String[] items = line.strip().split("\\s+[|>›»]\\s+");
        if (items.length < 2) return false;
        for (String item : items) if (item.length() > 30 || item.endsWith(".")) return false;
        return true;
    }

    /** Picks the strongest of several hints (metadata first, then these found in text), or null; "Le Monde.fr" gives "Le Monde". */
    public static String first(String... hints) {
        for (String h : hints) if (h != null && !h.isBlank()) return SITE_DOMAIN.matcher(h.strip()).replaceFirst("$1");
        return null;
    }

    /** The first line of a page when it can be the site's logo ("Mediapart"): a short name, not a section or a stamp (the next line must be the headline). */
    private static String logo(String line) {
        String t = line.strip().replaceAll("\\.(?:fr|com)$", "");
        if (t.length() > 30 || t.split("\\s+").length > 3 || !LOGO.matcher(t).matches()) return null;
        return PageStamps.isSectionName(t) || PageStamps.isFurniture(t) || BoilerplateRules.isBoilerplate(t) ? null : t;
    }

    /** True when {@code line}, right under a logo, is the headline: longer, and no credit or furniture. */
    private static boolean isHeadlineAfter(String logo, String line) {
        String t = line.strip();
        return t.length() > logo.length() && BoilerplateRules.isHeadlineLike(t) && !BoilerplateRules.isBoilerplate(t)
                && !PageStamps.isFurniture(t);
    }

    private static String longestExtension(String chosen, List<String> all) {
        String best = chosen;
        for (String c : all) {
            if (c.length() > best.length() && c.startsWith(best + " ")) best = c;
        }
        return best;
    }

    private static String match(Pattern p, String line) {
        Matcher m = p.matcher(line);
        return m.find() ? m.group(1) : null;
    }

    private static void add(List<String> list, String name) {
        if (name == null) return;
        String n = WITH_AGENCY.matcher(name.strip()).replaceFirst("").strip();
        if (n.isEmpty() || FOLLOW_OUR.matcher(n).matches() || !PageStamps.isSiteName(n)) return;
        list.add(n);
    }
}
