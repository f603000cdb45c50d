package org.sitrep.annotate.text;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.Sentence;

class SentenceAnnotatorTest {
    private static List<String> split(String t) {
        return SentenceAnnotator.split(t).stream().map(s -> s.span().of(t)).toList();
    }

    @Test void linesAndSentences() {
        assertEquals(List.of("Titre", "Une phrase.", "Une autre ?", "Fin"), split("Titre\n\nUne phrase. Une autre ? Fin"));
    }

    @Test void quotesStayWhole() {
        String t = "« Les forces avancent. Le succès est proche. » a dit M. Gardi.";
        assertEquals(List.of(t), split(t));
    }

    @Test void numbersAndAbbreviations() {
        assertEquals(List.of("Au moins 16 000 personnes, selon le gén. Smith et J. Doe, ont fui.", "Puis 3.5 km."),
                split("Au moins 16 000 personnes, selon le gén. Smith et J. Doe, ont fui. Puis 3.5 km."));
    }
}
