package org.sitrep.eval;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

/** The Python formatting the scorer's output depends on (expected values printed by CPython 3.11). */
class PyTest {
    @Test
    void fixedRoundsTheExactBinaryValueHalfEven() {
        assertEquals("0.667", Py.fixed(2.0 / 3, 3));
        assertEquals("2.67", Py.fixed(2.675, 2));      // format(2.675, ".2f") == '2.67'
        assertEquals("0.125", Py.fixed(0.125, 3));
        assertEquals("0.12", Py.fixed(0.125, 2));      // exact tie: to even
        assertEquals("1.33", Py.fixed(4.0 / 3, 2));
        assertEquals("0.000", Py.fixed(0.0, 3));
    }

    @Test
    void floatReprIsShortestRoundTrip() {
        assertEquals("0.6666666666666666", Py.floatRepr(2.0 / 3));
        assertEquals("0.6666666666666665", Py.floatRepr(2 * 0.6666666666666666 * 0.6666666666666666 / (0.6666666666666666 + 0.6666666666666666) * 0.9999999999999999));
        assertEquals("1.0", Py.floatRepr(1.0));
        assertEquals("0.0", Py.floatRepr(0.0));
        assertEquals("0.1", Py.floatRepr(0.1));
        assertEquals("0.0001", Py.floatRepr(0.0001));
        assertEquals("1e-05", Py.floatRepr(0.00001));
        assertEquals("1.3333333333333333", Py.floatRepr(4.0 / 3));
    }

    @Test
    void listReprQuotesLikePython() {
        assertEquals("['Place:Tabqa', \"Claim:l'armée\", 'a\\\\b', '\\xa0']",
                Py.listRepr(List.of("Place:Tabqa", "Claim:l'armée", "a\\b", "\u00a0")));
        assertEquals("[]", Py.listRepr(List.of()));
    }

    @Test
    void headAndOrderCountCodePoints() {
        assertEquals("a\uD83D\uDE00", Py.head("a\uD83D\uDE00bc", 2));
        assertEquals(1, Integer.signum(Py.CODE_POINT_ORDER.compare("\uD83D\uDE00", "\uFFFD")));
    }
}
