package org.sitrep.annotate.time;

import java.time.DayOfWeek;
import java.util.Locale;
import java.util.Map;
import org.sitrep.lexicon.Names;

/** Month and weekday names of French (and English) dates. */
final class FrenchDates {
    private FrenchDates() { }

    static final String MONTH = "(?:janvier|janv\\.|f[ée]vrier|f[ée]vr\\.|mars|avril|avr\\.|mai|juin|juillet|juil\\.|ao[ûu]t|septembre|sept\\.|octobre|oct\\.|novembre|nov\\.|d[ée]cembre|d[ée]c\\.)";
    static final String MONTH_EN = "(?:January|February|March|April|May|June|July|August|September|October|November|December|Jan\\.|Feb\\.|Mar\\.|Apr\\.|Jun\\.|Jul\\.|Aug\\.|Sept?\\.|Oct\\.|Nov\\.|Dec\\.)";
    static final String WEEKDAY = "(?:lundi|mardi|mercredi|jeudi|vendredi|samedi|dimanche)";

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("janvier", 1), Map.entry("janv", 1), Map.entry("fevrier", 2), Map.entry("fevr", 2), Map.entry("mars", 3),
            Map.entry("avril", 4), Map.entry("avr", 4), Map.entry("mai", 5), Map.entry("juin", 6), Map.entry("juillet", 7),
            Map.entry("juil", 7), Map.entry("aout", 8), Map.entry("septembre", 9), Map.entry("sept", 9), Map.entry("octobre", 10),
            Map.entry("oct", 10), Map.entry("novembre", 11), Map.entry("nov", 11), Map.entry("decembre", 12), Map.entry("dec", 12),
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2), Map.entry("march", 3),
            Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4), Map.entry("may", 5), Map.entry("june", 6),
            Map.entry("jun", 6), Map.entry("july", 7), Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8),
            Map.entry("september", 9), Map.entry("sep", 9), Map.entry("october", 10), Map.entry("november", 11),
            Map.entry("december", 12));
    private static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "lundi", DayOfWeek.MONDAY, "mardi", DayOfWeek.TUESDAY, "mercredi", DayOfWeek.WEDNESDAY, "jeudi", DayOfWeek.THURSDAY,
            "vendredi", DayOfWeek.FRIDAY, "samedi", DayOfWeek.SATURDAY, "dimanche", DayOfWeek.SUNDAY);

    static int month(String name) {
        Integer m = MONTHS.get(key(name));
        if (m == null) throw new IllegalArgumentException("not a month: " + name);
        return m;
    }

    static DayOfWeek weekday(String name) { return WEEKDAYS.get(key(name)); }

    static int day(String s) { return s.toLowerCase(Locale.ROOT).startsWith("1er") ? 1 : Integer.parseInt(s); }

    private static String key(String s) { return Names.stripAccents(s).toLowerCase(Locale.ROOT).replace(".", "").strip(); }
}
