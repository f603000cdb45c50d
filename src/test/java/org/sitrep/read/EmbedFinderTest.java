package org.sitrep.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.BoilerplateCleaner;
import org.sitrep.clean.CleanedText;
import org.sitrep.clean.RawLine;
import org.sitrep.doc.Embed;

/** Embedded posts in dumps: signature on its own line or at the end of the post, posts in other scripts. */
class EmbedFinderTest {
    private static CleanedText clean(String raw) {
        return new BoilerplateCleaner().clean(RawLine.split(raw));
    }

    @Test
    void signatureAtTheEndOfThePostLine() {
        CleanedText c = clean("Les FDS avancent.\n\nSDF enter Tabqa https://t.co/x1Y2 — SDF Press (@SDFpress) March 22, 2017\n\nSuite.");
        List<Embed> embeds = EmbedFinder.find(c);
        assertEquals(1, embeds.size());
        Embed e = embeds.get(0);
        assertEquals("SDF Press", e.accountName());
        assertEquals(LocalDate.of(2017, 3, 22), e.date());
        assertEquals("SDF enter Tabqa", c.text().substring(e.start(), e.end()));
    }

    @Test
    void postInAnotherScriptIsKeptAndAttributed() {
        CleanedText c = clean("L'armée irakienne annonce la reprise de Hawija.\n\nتحرير الحويجة بالكامل\n\n"
                + "— Iraqi Army (@IraqiArmy) 5 octobre 2017\n\nsk/jri\n\nLes combats ont duré deux semaines.");
        Embed e = EmbedFinder.find(c).get(0);
        assertEquals("IraqiArmy", e.handle());
        assertEquals("تحرير الحويجة بالكامل", c.text().substring(e.start(), e.end()));
        assertEquals("L'armée irakienne annonce la reprise de Hawija.\n\nتحرير الحويجة بالكامل\n\n"
                + "— Iraqi Army (@IraqiArmy) 5 octobre 2017\n\nLes combats ont duré deux semaines.", c.text());
    }

    @Test
    void undatedSignatureAfterAnotherEmbedStillNamesItsAccount() {
        CleanedText c = clean("Post one\n\n— A (@a) 1 mai 2016\n\n— B (@bee)");
        List<Embed> embeds = EmbedFinder.find(c);
        assertEquals(2, embeds.size());
        Embed second = embeds.get(1);
        assertEquals("bee", second.handle());
        assertNull(second.date());
        assertEquals(second.start(), second.end());
    }
}
