package org.sitrep.read;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses the dates printed in pages and embeds: "7 novembre 2016", "1er mars 2017", "November 7, 2016", "12/03/2017", ISO. */
public final class Dates {
    private Dates() { }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("février", 2), Map.entry("fevrier", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("août", 8), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("octobre", 10),
            Map.entry("novembre", 11), Map.entry("décembre", 12), Map.entry("decembre", 12),
            Map.entry("january", 1), Map.entry("february", 2), Map.entry("march", 3), Map.entry("april", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("july", 7), Map.entry("august", 8),
            Map.entry("september", 9), Map.entry("october", 10), Map.entry("november", 11), Map.entry("december", 12),
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4), Map.entry("jun", 6),
            Map.entry("jul", 7), Map.entry("aug", 8), Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10),
            Map.entry("nov", 11), Map.entry("dec", 12));

    private static final String MONTH = "(\\p{L}{3,9})\\.?";
    /** "7 novembre 2016", "1er mars 2017". */
    static final Pattern DAY_MONTH_YEAR = Pattern.compile("(\\d{1,2})(?:er)?\\s+" + MONTH + "\\s+(\\d{4})", Pattern.UNICODE_CASE);
    /** "November 7, 2016". */
    static final Pattern MONTH_DAY_YEAR = Pattern.compile(MONTH + "\\s+(\\d{1,2}),?\\s+(\\d{4})", Pattern.UNICODE_CASE);
    /** "12/03/2017", "12.03.2017" (day first). */
    static final Pattern NUMERIC = Pattern.compile("(\\d{1,2})[/.](\\d{1,2})[/.](\\d{4})");
    /** "2016-11-07" at the start of an ISO date-time. */
    static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    /** The first date in {@code s} in any of the supported forms, or null. */
    public static LocalDate find(String s) {
        if (s == null) return null;
        Matcher m = ISO.matcher(s);
        if (m.find()) {
            LocalDate d = of(m.group(1), m.group(2), m.group(3));
            if (d != null) return d;
        }
        m = DAY_MONTH_YEAR.matcher(s);
        while (m.find()) {
            LocalDate d = of(m.group(3), month(m.group(2)), m.group(1));
            if (d != null) return d;
        }
        m = MONTH_DAY_YEAR.matcher(s);
        while (m.find()) {
            LocalDate d = of(m.group(3), month(m.group(1)), m.group(2));
            if (d != null) return d;
        }
        m = NUMERIC.matcher(s);
        while (m.find()) {
            LocalDate d = of(m.group(3), m.group(2), m.group(1));
            if (d != null) return d;
        }
        return null;
    }

    private static String month(String name) {
        Integer n = MONTHS.get(name.toLowerCase(Locale.ROOT));
        return n == null ? null : n.toString();
    }

    private static LocalDate of(String year, String month, String day) {
        if (month == null) return null;
        try {
            return LocalDate.of(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
        } catch (DateTimeException | NumberFormatException e) {
            return null;
        }
    }
}
