package org.sitrep.read;

import java.util.List;
import java.util.Locale;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.BoilerplateRules;
import org.sitrep.clean.RawLine;

/**
 * The wire agencies a page credits for its story on lines that cleaning drops as furniture:
 * "Le Monde avec AFP et Reuters", "Par Le Figaro avec AFP", "Le 25/08/2016 à 14:12 - Source AFP", "OLJ/AFP".
 * Photo credits ("© AFP", "AFP PHOTO / X", "NAME/AFP") do not count: the agency took a picture, it did not
 * report the story.
 */
final class AgencyCredits {
    private AgencyCredits() { }

    private static final String AGENCY = "(AFP|Reuters|REUTERS|AP|Associated Press|Agences|agences)";
    /** "avec AFP (et Reuters)", "Source(s) : AFP", "(AFP)" inside a stamp line, "OLJ/AFP". */
    private static final Pattern CREDIT = Pattern.compile(
            "(?:\\bavec\\s+(?:l'|les\\s+)?|\\bet\\s+|\\bsources?\\s*:?\\s*|^[A-Z]{2,5}/)" + AGENCY + "\\b",
            Pattern.CASE_INSENSITIVE);
    private static final Pattern PHOTO = Pattern.compile(
            "©|(?i:\\b(?:photo|image|illustration|vid[ée]o)\\b)|\\p{Lu}{2,}[ .'-]+\\p{Lu}[\\p{Lu} .'-]*/\\s*(?:AFP|REUTERS)");

    /** Canonical agency names, sorted: "AFP", "Agences", "Associated Press", "Reuters". */
    static List<String> find(List<RawLine> lines) {
        TreeSet<String> found = new TreeSet<>();
        for (RawLine line : lines) {
            String t = line.text().strip();
            if (t.isEmpty() || t.length() > 160 || PHOTO.matcher(t).find() || !BoilerplateRules.isBoilerplate(t)) continue;
            Matcher m = CREDIT.matcher(t);
            while (m.find()) found.add(canonical(m.group(1)));
        }
        return List.copyOf(found);
    }

    private static String canonical(String agency) {
        return switch (agency.toLowerCase(Locale.ROOT)) {
            case "afp" -> "AFP";
            case "reuters" -> "Reuters";
            case "ap", "associated press" -> "Associated Press";
            default -> "Agences";
        };
    }
}
