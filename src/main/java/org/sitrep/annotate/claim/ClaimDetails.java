package org.sitrep.annotate.claim;

import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.Mention;
import org.sitrep.extract.Claim;
import org.sitrep.extract.Span;

/** Fills what a claim is about (entities named inside it) and the figures it states. */
public final class ClaimDetails {
    private static final Map<String, Integer> NUMBER_WORDS = Map.ofEntries(
            Map.entry("deux", 2), Map.entry("trois", 3), Map.entry("quatre", 4), Map.entry("cinq", 5),
            Map.entry("six", 6), Map.entry("sept", 7), Map.entry("huit", 8), Map.entry("neuf", 9),
            Map.entry("dix", 10), Map.entry("onze", 11), Map.entry("douze", 12), Map.entry("treize", 13),
            Map.entry("quatorze", 14), Map.entry("quinze", 15), Map.entry("seize", 16), Map.entry("vingt", 20),
            Map.entry("trente", 30), Map.entry("quarante", 40), Map.entry("cinquante", 50), Map.entry("soixante", 60),
            Map.entry("cent", 100), Map.entry("mille", 1000));
    private static final Pattern FIGURE = Pattern.compile(
            "(?<q>au moins|plus de|près de|environ|quelque|moins de|jusqu'à|jusqu’à|pas moins de|au total|plus d'|près d')?\\s*"
            + "(?<![\\p{L}\\d])(?<n>\\d{1,3}(?:[ \\u00a0\\u202f.]\\d{3})+|\\d+(?:,\\d+)?|"
            + String.join("|", NUMBER_WORDS.keySet().stream().sorted((a, b) -> b.length() - a.length()).toList())
            + ")(?![\\p{L}\\d])\\s*(?<m>millions?|milliers?|mille)?\\s*(?:(?<pct>%|pour ?cent|percent)|(?:de |d'|d’)?(?<u>\\p{L}[\\p{L}-]*))",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Set<String> NOT_UNITS = Set.of("janvier", "février", "mars", "avril", "mai", "juin", "juillet",
            "août", "septembre", "octobre", "novembre", "décembre", "lundi", "mardi", "mercredi", "jeudi", "vendredi",
            "samedi", "dimanche", "et", "ou", "à", "au", "de", "des", "du", "en", "heures", "h", "ans", "the", "of", "on", "in");

    private ClaimDetails() { }

    /** Adds about-entities (mentions inside the evidence, not the claimant or relays) and figures. */
    public static void complete(TextIndex idx, Claim c) {
        Span ev = c.evidence;
        for (Mention m : idx.mentionsIn(ev.start(), ev.end())) {
            if (!m.entityId().equals(c.claimant) && !c.relays.contains(m.entityId())) c.about.add(m.entityId());
        }
        if (!mayStateFigure(c.text)) return;
        Matcher m = FIGURE.matcher(c.text);
        int base = ev.start();
        while (m.find()) {
            String n = m.group("n").toLowerCase(Locale.ROOT);
            String unit = m.group("pct") != null ? "%" : m.group("u");
            if (unit == null) continue;
            unit = unit.toLowerCase(Locale.ROOT);
            if (NOT_UNITS.contains(unit)) continue;
            double value;
            if (NUMBER_WORDS.containsKey(n)) value = NUMBER_WORDS.get(n);
            else {
                String digits = n.replaceAll("[ \\u00a0\\u202f.]", "").replace(',', '.');
                if (n.matches("(19|20)\\d\\d")) continue;
                value = Double.parseDouble(digits);
            }
            String mult = m.group("m");
            if (mult != null) value *= mult.toLowerCase(Locale.ROOT).startsWith("million") ? 1e6 : 1e3;
            if (!unit.equals("%")) unit = singular(unit);
            String q = m.group("q") == null ? null : m.group("q").toLowerCase(Locale.ROOT).replace('’', '\'');
            int s = base + (m.group("q") != null ? m.start("q") : m.start("n"));
            int e = base + m.end();
            Span span = e <= idx.text().length() && c.text.equals(idx.text().substring(ev.start(), ev.end())) ? new Span(s, e) : ev;
            c.figures.add(new Claim.Figure(value, unit, q, span));
        }
    }

    /**
     * False when the text can hold no figure: it has no digit 0-9 and no number word, compared the way the
     * pattern's {@code CASE_INSENSITIVE | UNICODE_CASE} does (lower case of upper case, char by char).
     */
    private static boolean mayStateFigure(String text) {
        int n = text.length();
        char[] folded = new char[n];
        for (int i = 0; i < n; i++) {
            char ch = text.charAt(i);
            if (ch >= '0' && ch <= '9') return true;
            folded[i] = Character.toLowerCase(Character.toUpperCase(ch));
        }
        String f = new String(folded);
        for (String w : NUMBER_WORDS.keySet()) if (f.contains(w)) return true;
        return false;
    }

    private static String singular(String w) {
        if (w.endsWith("aux") && w.length() > 4) return w.substring(0, w.length() - 3) + "al";
        if ((w.endsWith("s") || w.endsWith("x")) && w.length() > 3) return w.substring(0, w.length() - 1);
        return w;
    }
}
