package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/** The fast matching of the entity patterns finds exactly what a plain {@code find()} loop finds. */
class FastMatchingTest {

    private static List<String> find(Pattern p, String text) {
        List<MatchResult> out = new ArrayList<>();
        Matcher m = p.matcher(text);
        while (m.find()) out.add(m.toMatchResult());
        return describe(out);
    }

    private static List<String> describe(List<MatchResult> matches) {
        List<String> out = new ArrayList<>();
        for (MatchResult m : matches) {
            StringBuilder b = new StringBuilder(m.start() + "-" + m.end());
            for (int g = 1; g <= m.groupCount(); g++) b.append('|').append(m.group(g));
            out.add(b.toString());
        }
        return out;
    }

    private static List<String> texts() throws IOException {
        List<String> texts = new ArrayList<>(org.sitrep.annotate.text.LeadsTestAccess.corpus());
        texts.add("Ahmed Al-Sharaa, porte-parole de l'armée, a déclaré. Selon Jean Dupont, le général Kino Gabriel a affirmé.\n"
                + "Tadef, un village proche, et Qabbas, une localité voisine. Le Mossoul Nord, l'un des quartiers.");
        return texts;
    }

    @Test void namePatternsMatchAsFind() throws IOException {
        int total = 0;
        for (String text : texts()) {
            List<String> roles = find(PersonFinder.NAME_ROLE, text);
            assertEquals(roles, describe(NameTails.all(PersonFinder.NAME_ROLE, text, NameTails.positions(text, ','),
                    PersonFinder.AFTER_NAME, PersonFinder.NAME_CHARS)));
            List<String> verbs = find(PersonFinder.NAME_VERB, text);
            assertEquals(verbs, describe(NameTails.all(PersonFinder.NAME_VERB, text, PersonFinder.SPEECH_AT.starts(text), null,
                    PersonFinder.NAME_CHARS)));
            List<String> apposed = find(PlaceContexts.APPOSITION, text);
            assertEquals(apposed, describe(NameTails.all(PlaceContexts.APPOSITION, text, NameTails.positions(text, ','),
                    PlaceContexts.AFTER_NAME, PlaceContexts.NAME_CHARS)));
            total += roles.size() + verbs.size() + apposed.size();
        }
        assertTrue(total >= 10, "the texts exercise the patterns: " + total);
    }

    @Test void keywordPatternsMatchAsFind() throws IOException {
        int total = 0;
        for (String text : texts()) {
            for (var leads : List.of(PlaceContexts.GENERIC, PlaceContexts.FACILITY, PlaceContexts.NEAR, PlaceContexts.DISTANCE,
                    PersonFinder.ROLE_NAME, PersonFinder.VERB_NAME, Outlets.OUTLET, Ministries.MINISTRY)) {
                List<String> expected = find(leads.pattern(), text);
                assertEquals(expected, describe(leads.all(text)), leads.pattern().pattern());
                total += expected.size();
            }
        }
        assertTrue(total >= 50, "the texts exercise the patterns: " + total);
    }
}
