package org.sitrep.read;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.RawLine;

/**
 * Finds a publication date printed as a dateline in a dump: "Publié le 7 novembre 2016 à 10h32",
 * "Mis en ligne le 12/03/2017", or a wire dateline "Bagdad (AFP) - 12/03/2017". Only these explicit
 * forms count: a date merely mentioned in the story is left to the annotators.
 */
public final class Datelines {
    private Datelines() { }

    private static final Pattern PUBLISHED = Pattern.compile(
            "^(?:publié|mis en ligne|posté|paru)(?:\\s+le|\\s*:)\\s+(?:\\p{L}+\\s+)?(.{6,40})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WIRE = Pattern.compile(
            "\\((?:AFP|Reuters|AP|Belga|ATS|APS)\\)\\s*[-–—]\\s*(?:\\p{L}+\\s+)?(.{6,30})");

    /** A date right at the start of the text after the dateline's label. */
    private static final Pattern DATE_FIRST = Pattern.compile(
            "^\\s*(?:\\d{1,2}(?:er)?\\s+\\p{L}{3,9}\\.?\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{4}"
                    + "|\\d{4}-\\d{2}-\\d{2}|\\p{L}{3,9}\\s+\\d{1,2},?\\s+\\d{4})", Pattern.UNICODE_CASE);

    /** The dateline's date, or null when there is none. */
    public static LocalDate find(List<RawLine> lines) {
        for (RawLine line : lines) {
            LocalDate d = match(PUBLISHED, line.text());
            if (d != null) return d;
        }
        for (RawLine line : lines) {
            LocalDate d = match(WIRE, line.text());
            if (d != null) return d;
        }
        return null;
    }

    private static LocalDate match(Pattern p, String text) {
        Matcher m = p.matcher(text.replace('\u00A0', ' '));
        if (!m.find()) return null;
        String after = m.group(1);
        Matcher head = DATE_FIRST.matcher(after);
        return head.find() ? Dates.find(head.group()) : null;
    }
}
