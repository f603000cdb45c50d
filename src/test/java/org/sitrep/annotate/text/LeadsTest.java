package org.sitrep.annotate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class LeadsTest {

    /** Spans and groups of the matches, as text, for comparison. */
    public static List<String> describe(List<MatchResult> matches) {
        List<String> out = new ArrayList<>();
        for (MatchResult m : matches) {
            StringBuilder b = new StringBuilder(m.start() + "-" + m.end());
            for (int g = 1; g <= m.groupCount(); g++) b.append('|').append(m.group(g));
            out.add(b.toString());
        }
        return out;
    }

    /** The matches of repeated {@code find()}. */
    public static List<MatchResult> find(Pattern p, String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.toMatchResult());
        return out;
    }

    /** The seed articles and the test corpus, raw. */
    public static List<String> corpus() throws IOException {
        List<String> out = new ArrayList<>();
        for (Path dir : List.of(Path.of("seeds"), Path.of("src/test/resources/corpus"))) {
            try (Stream<Path> files = Files.list(dir)) {
                for (Path f : files.filter(f -> f.toString().endsWith(".txt")).sorted().toList()) {
                    out.add(Files.readString(f, StandardCharsets.UTF_8));
                }
            }
        }
        return out;
    }

    private static final Leads PLACE = Leads.of(Pattern.compile(
            "(?iu:\\b(village|localité|près)s?)[ \u00a0]+(?:de[ \u00a0]+|d['’])?(\\p{Lu}\\p{L}+)"), "village", "localite", "pres");
    private static final Leads DATE = Leads.of(Pattern.compile("(?iu)\\b(?:(lundi|mardi)[ ]+)?(1er|\\d{1,2})[ ]+(mars|avril)"),
            "lundi", "mardi", "#");
    private static final Leads A = Leads.of(Pattern.compile("\\b[àÀ][ ]+(\\p{Lu}\\p{L}+)"), "à$");

    @Test void sameMatchesAsFindOnTheCorpus() throws IOException {
        List<String> texts = new ArrayList<>(corpus());
        texts.add("Le VILLAGE d'Abou, près de Kobané ; les villages Tel et Ras. Près d’Alep, à Raqqa, avec Mossoul.");
        texts.add("Lundi 1er mars, mardi 2 avril et 3 mars ; le 12 avril, 1er Avril.");
        int total = 0;
        for (String text : texts) {
            for (Leads l : List.of(PLACE, DATE, A)) {
                List<String> expected = describe(find(l.pattern(), text));
                assertEquals(expected, describe(l.all(text)), l.pattern().pattern());
                total += expected.size();
            }
        }
        assertEquals(true, total > 20, "the corpus exercises the patterns");
    }

    @Test void wholeWordLeadsRejectLongerWords() {
        assertEquals(List.of("11-18|Raqqa"), describe(A.all("avec Alep, à Raqqa")));
        assertEquals(List.of(), describe(A.all("Àla Raqqa")));
    }

    @Test void startsReportsOverlappingMatches() {
        Leads l = Leads.of(Pattern.compile("(?iu)a[ ]+(?:a[ ]+)?dit"), "a$");
        assertEquals(2, l.starts("il a a dit").length);
        assertEquals(1, l.all("il a a dit").size());
    }
}
