package org.sitrep.lexicon;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * {@link Names#norm} and {@link Names#normText} give what the reference scorer's {@code norm} and
 * {@code norm_text} give (expected values printed by ../shared/eval/score.py under CPython 3.11),
 * including the corners where Java's and Python's character classes differ.
 */
class NamesScorerParityTest {
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "L’armée irakienne|armee irakienne|l'armee irakienne",
        "les Forces démocratiques syriennes (FDS)|forces democratiques syriennes fds|les forces democratiques syriennes (fds)",
        "de l'Etat islamique|etat islamique|de l'etat islamique",
        "Deir ez-Zor|deir ez zor|deir ez-zor",
        "Aïn al-Arab|ain al arab|ain al-arab",
        "x\u001cy|x y|x y",              // Python's \\s and strip() include the separators U+001C..U+001F
        "x\u0488y|x y|x\u0488y",         // an enclosing mark of combining class 0 is kept, then is not \\w
        "x\u0903y|x y|x\u0903y",         // a spacing mark of class 0, likewise
        "x\u2460y|x1y|x1y",
        "\"Tal\u00a0Afar \"|tal afar|tal afar",
        "x\u203fy|x y|x\u203fy",         // connector punctuation other than _ is not \\w in Python
        "x\u200dy|x y|x\u200dy",         // nor is the zero-width joiner
        "x\u00b2y|x2y|x2y",
        "la la Kobané|kobane|la la kobane",
    })
    void sameAsTheReferenceScorer(String in, String norm, String normText) {
        assertEquals(norm, Names.norm(in));
        assertEquals(normText, Names.normText(in));
    }
}
