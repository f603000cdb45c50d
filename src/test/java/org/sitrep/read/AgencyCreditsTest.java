package org.sitrep.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.doc.Article;

/** Agencies credited on furniture lines survive cleaning as the article's credits; photo credits do not count. */
class AgencyCreditsTest {
    @TempDir Path dir;

    private Article read(String... lines) throws Exception {
        Path f = dir.resolve("page.txt");
        Files.writeString(f, String.join("\n", lines));
        return Readers.read(f);
    }

    @Test void siteWithAgenciesCreditsBoth() throws Exception {
        Article a = read("Le Monde.fr avec AFP et Reuters", "", "Syrie : l'armée reprend Deir ez-Zor", "",
                "Publié le 03 novembre 2017 à 14h10", "",
                "L'armée syrienne a repris vendredi le contrôle total de Deir ez-Zor, selon la télévision d'État.");
        assertEquals(List.of("AFP", "Reuters"), a.credits());
        assertFalse(a.text().contains("avec AFP"), "the credit line itself is furniture");
    }

    @Test void stampAndShortCreditLines() throws Exception {
        assertEquals(List.of("AFP"), read("Irak : Qayyarah reprise", "",
                "Les forces irakiennes ont repris jeudi la ville de Qayyarah, ont annoncé les autorités.", "",
                "Le 25/08/2016 à 14:12 - Source AFP").credits());
        assertEquals(List.of("AFP"), read("Syrie : Palmyre reprise", "OLJ/AFP", "",
                "L'armée syrienne a repris jeudi la cité antique de Palmyre, selon l'OSDH.").credits());
    }

    @Test void photoCreditsAreNotStoryCredits() throws Exception {
        assertEquals(List.of(), read("Ramadi : l'armée reprend le centre", "© AFP 2015 Moadh al-Dulaimi",
                "AFP PHOTO / AHMAD AL-RUBAYE", "",
                "Les forces irakiennes ont repris le centre de Ramadi, a annoncé un porte-parole.").credits());
    }
}
