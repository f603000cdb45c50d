package org.sitrep.annotate.time;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Annotator;
import org.sitrep.annotate.DateMention;
import org.sitrep.annotate.Layers;
import org.sitrep.annotate.Sentence;
import org.sitrep.doc.Embed;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Span;
import org.sitrep.lexicon.Campaigns;

/**
 * Dates: absolute ("le 17 octobre 2016", "17/10/2016", "October 17, 2016", "en janvier 2014"), day-month
 * dates given a year (from the publication date, else from the campaigns against the places the
 * article names), weekday dates ("mardi 28 février": the year whose calendar fits, 2013–2020) and
 * relative ones ("hier", "ce matin", "jeudi", "lundi dernier") resolved against the publication date.
 * Decides the publication date: the article's hint, else the latest embedded post, a "publié le"
 * dateline, a weekday date, the latest explicit date, the latest campaign-dated day.
 */
public final class TimeAnnotator implements Annotator {

    static final int FIRST_YEAR = 2013, LAST_YEAR = 2020;
    private static final String S = "[ \u00a0]+";
    private static final Pattern FULL = Pattern.compile("(?iu)\\b(?:(" + FrenchDates.WEEKDAY + ")" + S + ")?(1er|\\d{1,2})" + S
            + "(" + FrenchDates.MONTH + ")" + S + "((?:19|20)\\d\\d)\\b");
    private static final Pattern NUMERIC = Pattern.compile("\\b(\\d{1,2})[/.](\\d{1,2})[/.]((?:19|20)\\d\\d)\\b|\\b((?:19|20)\\d\\d)-(\\d\\d)-(\\d\\d)\\b");
    private static final Pattern ENGLISH = Pattern.compile("\\b(" + FrenchDates.MONTH_EN + ")" + S + "(\\d{1,2}),?" + S + "((?:19|20)\\d\\d)\\b"
            + "|\\b(\\d{1,2})" + S + "(" + FrenchDates.MONTH_EN + ")" + S + "((?:19|20)\\d\\d)\\b");
    private static final Pattern MONTH_YEAR = Pattern.compile("(?iu)(?<![\\d\\p{L}] ?)\\b(" + FrenchDates.MONTH + ")" + S + "((?:19|20)\\d\\d)\\b");
    private static final Pattern PARTIAL = Pattern.compile("(?iu)\\b(?:(" + FrenchDates.WEEKDAY + ")" + S + ")?(1er|\\d{1,2})" + S
            + "(" + FrenchDates.MONTH + ")(?!" + S + "\\d)");
    private static final Pattern RELATIVE = Pattern.compile("(?iu)\\b(avant-hier|hier|aujourd['’]hui|ce[ \u00a0]+matin|ce[ \u00a0]+soir"
            + "|cette[ \u00a0]+nuit|cet[ \u00a0]+après-midi|(" + FrenchDates.WEEKDAY + ")(?:" + S + "(dernier))?)\\b(?![ \u00a0]*\\d)");
    private static final Pattern PUBLISHED = Pattern.compile("(?iu)\\b(?:publié|mis[ \u00a0]+à[ \u00a0]+jour|updated|posted|published)\\b[^\\n]{0,25}$");

    private final Campaigns campaigns;

    public TimeAnnotator() { this(Campaigns.standard()); }

    public TimeAnnotator(Campaigns campaigns) { this.campaigns = campaigns; }

    @Override public Set<Class<?>> requires() { return Set.of(Sentence.class, Layers.ENTITIES.class); }

    @Override public Set<Class<?>> produces() { return Set.of(DateMention.class, Layers.PUBLICATION.class); }

    /** A date expression before its year or anchor is known. */
    private record Raw(Span span, int year, int month, int day, DayOfWeek weekday, String relative, boolean monthOnly) { }

    @Override public void annotate(AnnotatedDocument doc) {
        String text = doc.text();
        List<Raw> raws = scan(text);
        Set<String> places = new TreeSet<>();
        for (Entity e : doc.entities().values()) if (e.type == EntityType.PLACE) places.add(e.key);

        LocalDate issued = doc.article().issuedHint();
        if (issued == null) issued = infer(doc, text, raws, places);
        doc.setIssued(issued);

        List<DateMention> out = new ArrayList<>();
        for (Raw r : raws) {
            LocalDate d = resolve(r, issued, places, raws);
            if (d != null) out.add(new DateMention(r.span, d, r.relative != null));
        }
        out.sort(Comparator.comparing(DateMention::span));
        doc.set(DateMention.class, out);
    }

    /** All date expressions, longest forms first, without overlaps. */
    static List<Raw> scan(String text) {
        List<Raw> raws = new ArrayList<>();
        boolean[] used = new boolean[text.length() + 1];
        Matcher m = FULL.matcher(text);
        while (m.find()) {
            add(raws, used, new Raw(new Span(m.start(), m.end()), Integer.parseInt(m.group(4)), FrenchDates.month(m.group(3)),
                    FrenchDates.day(m.group(2)), null, null, false));
        }
        m = NUMERIC.matcher(text);
        while (m.find()) {
            boolean iso = m.group(4) != null;
            int y = Integer.parseInt(iso ? m.group(4) : m.group(3));
            int mo = Integer.parseInt(iso ? m.group(5) : m.group(2));
            int d = Integer.parseInt(iso ? m.group(6) : m.group(1));
            add(raws, used, new Raw(new Span(m.start(), m.end()), y, mo, d, null, null, false));
        }
        m = ENGLISH.matcher(text);
        while (m.find()) {
            boolean mdy = m.group(1) != null;
            add(raws, used, new Raw(new Span(m.start(), m.end()), Integer.parseInt(mdy ? m.group(3) : m.group(6)),
                    FrenchDates.month(mdy ? m.group(1) : m.group(5)), Integer.parseInt(mdy ? m.group(2) : m.group(4)), null, null, false));
        }
        m = MONTH_YEAR.matcher(text);
        while (m.find()) {
            add(raws, used, new Raw(new Span(m.start(), m.end()), Integer.parseInt(m.group(2)), FrenchDates.month(m.group(1)), 1,
                    null, null, true));
        }
        m = PARTIAL.matcher(text);
        while (m.find()) {
            DayOfWeek wd = m.group(1) == null ? null : FrenchDates.weekday(m.group(1));
            add(raws, used, new Raw(new Span(m.start(), m.end()), 0, FrenchDates.month(m.group(3)), FrenchDates.day(m.group(2)),
                    wd, null, false));
        }
        m = RELATIVE.matcher(text);
        while (m.find()) {
            String word = m.group(1).toLowerCase(Locale.ROOT).replace('\u00a0', ' ').replace('’', '\'');
            DayOfWeek wd = m.group(2) == null ? null : FrenchDates.weekday(m.group(2));
            String rel = wd == null ? word : m.group(3) != null ? "last-weekday" : "weekday";
            add(raws, used, new Raw(new Span(m.start(), m.end()), 0, 0, 0, wd, rel, false));
        }
        raws.sort(Comparator.comparing(Raw::span));
        return raws;
    }

    private static void add(List<Raw> raws, boolean[] used, Raw r) {
        for (int i = r.span.start(); i < r.span.end(); i++) if (used[i]) return;
        if (r.relative == null && (r.month < 1 || r.month > 12 || r.day < 1 || r.day > 31)) return;
        if (r.year != 0) {
            try {
                LocalDate.of(r.year, r.month, r.day);
            } catch (DateTimeException e) {
                return;
            }
        }
        for (int i = r.span.start(); i < r.span.end(); i++) used[i] = true;
        raws.add(r);
    }

    private LocalDate infer(AnnotatedDocument doc, String text, List<Raw> raws, Set<String> places) {
        LocalDate best = null;
        for (Embed e : doc.article().embeds()) if (e.date() != null && (best == null || e.date().isAfter(best))) best = e.date();
        if (best != null) return best;
        for (Raw r : raws) {
            if (r.year == 0 || r.monthOnly) continue;
            int lineStart = text.lastIndexOf('\n', r.span.start()) + 1;
            if (PUBLISHED.matcher(text.substring(lineStart, r.span.start())).find()) return date(r);
        }
        for (Raw r : raws) {
            if (r.weekday != null && r.relative == null) {
                LocalDate d = r.year != 0 ? date(r) : byWeekday(r, null, places, raws);
                if (d != null) return d;
            }
        }
        for (Raw r : raws) {
            if (r.year == 0 || r.monthOnly) continue;
            LocalDate d = date(r);
            if (d.getYear() >= FIRST_YEAR && d.getYear() <= LAST_YEAR + 5 && (best == null || d.isAfter(best))) best = d;
        }
        if (best != null) return best;
        for (Raw r : raws) {
            if (r.year != 0 || r.relative != null) continue;
            List<Integer> years = campaigns.yearsFor(r.month, r.day, places);
            if (years.isEmpty()) continue;
            LocalDate d = LocalDate.of(years.get(0), r.month, r.day);
            if (best == null || d.isAfter(best)) best = d;
        }
        return best;
    }

    private LocalDate resolve(Raw r, LocalDate issued, Set<String> places, List<Raw> raws) {
        if (r.relative != null) {
            if (issued == null) return null;
            return switch (r.relative) {
                case "hier" -> issued.minusDays(1);
                case "avant-hier" -> issued.minusDays(2);
                case "weekday" -> issued.with(TemporalAdjusters.previousOrSame(r.weekday));
                case "last-weekday" -> issued.with(TemporalAdjusters.previous(r.weekday));
                default -> issued;
            };
        }
        if (r.year != 0) return date(r);
        if (r.weekday != null) return byWeekday(r, issued, places, raws);
        if (issued != null) {
            LocalDate d = safe(issued.getYear(), r.month, r.day);
            if (d != null && d.isAfter(issued.plusDays(1))) d = safe(issued.getYear() - 1, r.month, r.day);
            return d;
        }
        List<Integer> years = campaigns.yearsFor(r.month, r.day, places);
        if (!years.isEmpty()) return safe(years.get(0), r.month, r.day);
        Integer year = latestExplicitYear(raws);
        return year == null ? null : safe(year, r.month, r.day);
    }

    /** "mardi 28 février": the year(s) 2013–2020 whose calendar fits, the closest to what else is known. */
    private LocalDate byWeekday(Raw r, LocalDate issued, Set<String> places, List<Raw> raws) {
        List<LocalDate> fits = new ArrayList<>();
        for (int y = FIRST_YEAR; y <= LAST_YEAR; y++) {
            LocalDate d = safe(y, r.month, r.day);
            if (d != null && d.getDayOfWeek() == r.weekday) fits.add(d);
        }
        if (fits.isEmpty()) return null;
        if (issued != null) {
            return fits.stream().filter(d -> !d.isAfter(issued.plusDays(1))).max(Comparator.naturalOrder()).orElse(fits.get(0));
        }
        List<Integer> years = campaigns.yearsFor(r.month, r.day, places);
        for (int y : years) for (LocalDate d : fits) if (d.getYear() == y) return d;
        Integer explicit = latestExplicitYear(raws);
        if (explicit != null) {
            return fits.stream().min(Comparator.comparingInt((LocalDate d) -> Math.abs(d.getYear() - explicit))).orElseThrow();
        }
        return fits.size() == 1 ? fits.get(0) : null;
    }

    private static Integer latestExplicitYear(List<Raw> raws) {
        return raws.stream().filter(x -> x.year != 0).map(x -> x.year).max(Integer::compare).orElse(null);
    }

    private static LocalDate date(Raw r) { return LocalDate.of(r.year, r.month, r.day); }

    private static LocalDate safe(int y, int m, int d) {
        try {
            return LocalDate.of(y, m, d);
        } catch (DateTimeException e) {
            return null;
        }
    }
}
