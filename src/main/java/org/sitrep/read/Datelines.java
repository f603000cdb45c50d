package org.sitrep.read;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.clean.PageStamps;
import org.sitrep.clean.RawLine;

/**
 * Finds a publication date printed as a dateline in a dump. Strongest first: the earliest publication
 * stamp ("Publié le 7 novembre 2016 à 10h32", "Par France 24 avec Reuters | Publié le 01/04/2015",
 * "Publié le : 12/03/2017 - 10:32 Modifié le : …"), the earliest bare stamp ("22 juin 2017 à 21h14",
 * "La Croix (avec AFP), le 12/08/2016 à 17h41"), a wire dateline ("Bagdad (AFP) - 12/03/2017"), and last
 * the earliest update stamp ("Mis à jour le 17 octobre 2017"). Only these explicit forms count: a date merely
 * mentioned in the story is left to the annotators.
 */
public final class Datelines {
    private Datelines() { }

    private static final Pattern PUBLISHED = Pattern.compile(
            "^(?:publié|mis en ligne|posté|paru)(?:\\s+le)?\\s*:?\\s+(?:\\p{L}+\\s+)?(.{6,40})",
            Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE);
    private static final Pattern WIRE = Pattern.compile(
            "\\((?:AFP|Reuters|AP|Belga|ATS|APS)\\)\\s*[-–—]\\s*(?:\\p{L}+\\s+)?(.{6,30})");

    /** "BAGDAD, 12 mars 2017 (AFP) -": the wire dateline with the date before the agency. */
    private static final Pattern WIRE_DATE_FIRST = Pattern.compile(
            "^\\p{Lu}[^()\\n]{1,40}?,\\s*(?:\\p{L}+\\s+)?(\\d{1,2}(?:er)?\\s+\\p{L}{3,9}\\s+\\d{4})\\s*\\((?:AFP|Reuters|AP|Belga|ATS|APS)\\)",
            Pattern.UNICODE_CASE);

    /** A date right at the start of the text after the dateline's label. */
    private static final Pattern DATE_FIRST = Pattern.compile(
            "^\\s*(?:\\d{1,2}(?:er)?\\s+\\p{L}{3,9}\\.?\\s+\\d{4}|\\d{1,2}[/.]\\d{1,2}[/.]\\d{2}(?:\\d{2})?\\b"
                    + "|\\d{4}-\\d{2}-\\d{2}|\\p{L}{3,9}\\s+\\d{1,2},?\\s+\\d{4})", Pattern.UNICODE_CASE);

    /** The dateline's date, or null when there is none. */
    public static LocalDate find(List<RawLine> lines) {
        LocalDate published = earliest(lines, PageStamps.Kind.PUBLISHED);
        if (published != null) return published;
        for (RawLine line : lines) {
            LocalDate d = match(PUBLISHED, line.text());
            if (d != null) return d;
        }
        LocalDate bare = earliest(lines, PageStamps.Kind.BARE);
        if (bare != null) return bare;
        for (RawLine line : lines) {
            LocalDate d = match(WIRE, line.text());
            if (d == null) d = match(WIRE_DATE_FIRST, line.text());
            if (d != null) return d;
        }
        return earliest(lines, PageStamps.Kind.UPDATED);
    }

    private static LocalDate earliest(List<RawLine> lines, PageStamps.Kind kind) {
        LocalDate best = null;
        for (RawLine line : lines) {
            for (PageStamps.Stamp s : PageStamps.stamps(line.text())) {
                LocalDate d = s.kind() == kind ? Dates.find(s.date()) : null;
                if (d != null && (best == null || d.isBefore(best))) best = d;
            }
        }
        return best;
    }

    private static LocalDate match(Pattern p, String text) {
        Matcher m = p.matcher(text.replace('\u00A0', ' '));
        if (!m.find()) return null;
        String after = m.group(1);
        Matcher head = DATE_FIRST.matcher(after);
        return head.find() ? Dates.find(head.group()) : null;
    }
}
