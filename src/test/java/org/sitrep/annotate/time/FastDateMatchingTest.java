package org.sitrep.annotate.time;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.text.Leads;
import org.sitrep.annotate.text.LeadsTestAccess;

/** The date patterns, run only at their lead words, find exactly what a plain {@code find()} loop finds. */
class FastDateMatchingTest {

    private static List<String> spans(Leads leads, String text, boolean fast) {
        List<String> out = new ArrayList<>();
        if (fast) {
            leads.all(text).forEach(m -> out.add(m.start() + "-" + m.end()));
        } else {
            Matcher m = leads.pattern().matcher(text);
            while (m.find()) out.add(m.start() + "-" + m.end());
        }
        return out;
    }

    @Test void datePatternsMatchAsFind() throws IOException {
        List<String> texts = new ArrayList<>(LeadsTestAccess.corpus());
        texts.add("Mardi 28 février, le 1er mars 2017, 17/10/2016, 2016-10-17, October 17, 2016, 5 May 2015, en janvier 2014, "
                + "hier, avant-hier, aujourd'hui, ce matin, cette nuit, cet après-midi, lundi dernier, Février 2015.");
        int total = 0;
        for (String text : texts) {
            for (Leads l : List.of(TimeAnnotator.FULL, TimeAnnotator.NUMERIC, TimeAnnotator.ENGLISH, TimeAnnotator.MONTH_YEAR,
                    TimeAnnotator.PARTIAL, TimeAnnotator.RELATIVE)) {
                List<String> expected = spans(l, text, false);
                assertEquals(expected, spans(l, text, true), l.pattern().pattern());
                total += expected.size();
            }
        }
        assertTrue(total >= 30, "the texts exercise the patterns: " + total);
    }
}
