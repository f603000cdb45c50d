package org.sitrep.read;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.BoilerplateRules;
import org.sitrep.clean.RawLine;

/**
 * Finds the outlet that published a page in the furniture around the article, before the cleaner
 * drops it. Strongest first: the cookie notice ("RT en français utilise des cookies"), the social
 * prompt ("Suivez RT en français sur Telegram"), the byline ("Par Euronews"), a caption ending with
 * the outlet ("Mossoul - Sputnik France"), a source credit ("Source: AFP"). When another candidate
 * extends the chosen one ("Sputnik" → "Sputnik France") the longer name wins.
 */
public final class PublisherHints {
    private PublisherHints() { }

    private static final Pattern COOKIES = Pattern.compile(
            "^(\\p{Lu}[\\p{L}\\d'’.\\- ]{1,40}?)\\s+(?:utilise|utilisent|a recours à)\\s+(?:des\\s+)?(?:cookies|traceurs)",
            Pattern.UNICODE_CASE);
    private static final Pattern FOLLOW = Pattern.compile(
            "^Suivez\\s+(\\p{Lu}[\\p{L}\\d'’.\\- ]{1,40}?)\\s*sur\\s*(?:Telegram|Twitter|Facebook|Instagram|YouTube|WhatsApp|X\\b|Google)",
            Pattern.UNICODE_CASE);
    private static final Pattern SOURCE = Pattern.compile(
            "(?:^|\\s)Sources?\\s*:\\s*(\\p{Lu}[\\p{L}\\d'’.\\- ]{1,40}?)\\s*$", Pattern.UNICODE_CASE);
    private static final Pattern WITH_AGENCY = Pattern.compile("\\s+(?:avec|with|et)\\s+(?:AFP|Reuters|AP|agences?)\\s*$",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern FOLLOW_OUR = Pattern.compile("^(?:nous|-nous|notre|nos)\\b.*", Pattern.CASE_INSENSITIVE);

    /** The best publisher hint in the lines of a dump, or null. */
    public static String find(List<RawLine> lines) {
        List<List<String>> byStrength = List.of(new ArrayList<>(), new ArrayList<>(), new ArrayList<>(),
                new ArrayList<>(), new ArrayList<>());
        for (RawLine line : lines) {
            String t = line.text().replace('\u00A0', ' ').replace('\u202F', ' ');
            add(byStrength.get(0), match(COOKIES, t));
            add(byStrength.get(1), match(FOLLOW, t));
            add(byStrength.get(2), BoilerplateRules.isByline(t));
            add(byStrength.get(3), BoilerplateRules.outletCaption(t));
            add(byStrength.get(4), match(SOURCE, t));
        }
        List<String> all = new ArrayList<>();
        byStrength.forEach(all::addAll);
        for (List<String> candidates : byStrength) {
            if (!candidates.isEmpty()) return longestExtension(candidates.get(0), all);
        }
        return null;
    }

    /** Picks the strongest of several hints (metadata first, then these found in text), or null. */
    public static String first(String... hints) {
        for (String h : hints) if (h != null && !h.isBlank()) return h.strip();
        return null;
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
        if (n.isEmpty() || FOLLOW_OUR.matcher(n).matches()) return;
        list.add(n);
    }
}
