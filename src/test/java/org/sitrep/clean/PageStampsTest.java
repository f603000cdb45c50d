package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.clean.PageStamps.Kind;
import org.sitrep.clean.PageStamps.Stamp;

/** Mastheads, credits and date stamps versus story lines that look like them. */
class PageStampsTest {

    @Test
    void mastheadsNameTheSiteNotTheSection() {
        assertEquals("Le Point", PageStamps.masthead("Le Point - Actualité Monde"));
        assertEquals("Boursorama", PageStamps.masthead("Boursorama | Actualités économie"));
        assertNull(PageStamps.masthead("Mossoul - Sputnik France"));
        assertNull(PageStamps.masthead("Actualité - Monde"));
        assertNull(BoilerplateRules.outletCaption("Le Point - Actualité Monde"));
    }

    @Test
    void creditsNameTheSite() {
        assertEquals("Le Figaro", PageStamps.credit("Par Le Figaro avec AFP"));
        assertEquals("franceinfo", PageStamps.credit("franceinfo avec AFP"));
        assertEquals("Le Point", PageStamps.credit("Publié le 25/08/2016 à 14h12 | Le Point.fr"));
        assertEquals("La Croix", PageStamps.credit("La Croix (avec AFP), le 12/08/2016 à 17h41"));
        assertEquals("Le Monde", PageStamps.credit("Le Monde.fr avec AFP et Reuters"));
        assertEquals("Jeune Afrique", PageStamps.credit("23 juin 2017 à 21h14 Par Jeune Afrique avec AFP"));
        assertTrue(PageStamps.isAgency("Reuters"));
        assertFalse(PageStamps.isAgency("Le Monde"));
    }

    @Test
    void storyLinesAreNeitherCreditsNorStamps() {
        for (String line : List.of(
                "Par ailleurs, les combats continuent dans le nord de la ville.",
                "Les Kurdes, avec l'aide de la coalition, ont repris la colline.",
                "Le 17 octobre 2016 à 1h30, l'offensive sur Mossoul a commencé.",
                "Le 17 octobre 2016, les forces irakiennes ont lancé l'offensive",
                "Palmyre - L'armée syrienne a repris dimanche la cité antique de Palmyre, selon Sana.",
                "Selon l'AFP, au moins 20 civils ont été tués le 12/03/2017 à Mossoul.",
                "« Nous avons publié le 12 mars 2017 un communiqué », a-t-il dit.",
                "L'EI a publié le 12 mars 2017 une vidéo de l'exécution")) {
            assertFalse(PageStamps.isFurniture(line), line);
            assertFalse(BoilerplateRules.isBoilerplate(line), line);
        }
    }

    @Test
    void photoCreditsAreFurniture() {
        for (String line : List.of(
                "Des soldats irakiens à Mossoul, le 12 mars 2017. AFP PHOTO / AHMAD AL-RUBAYE",
                "Un combattant des FDS à Raqqa. REUTERS/Rodi Said",
                "Des combattants kurdes près de Kobané (photo AFP)",
                "Des combattants des FDS à Baghouz, le 23 mars 2019. © Delil Souleiman, AFP",
                "Photo d'illustration",
                "12 commentaires",
                "Commentaires (3)",
                "Vidéos",
                "Accepter et continuer")) {
            assertTrue(BoilerplateRules.isBoilerplate(line), line);
        }
    }

    @Test
    void stampsTellPublicationFromUpdate() {
        assertEquals(List.of(new Stamp(Kind.PUBLISHED, "12/03/2017"), new Stamp(Kind.UPDATED, "13/03/2017")),
                PageStamps.stamps("Publié le : 12/03/2017 - 10:32 Modifié le : 13/03/2017 - 11:00"));
        assertEquals(List.of(new Stamp(Kind.UPDATED, "17 octobre 2017")), PageStamps.stamps("Mis à jour le 17 octobre 2017 à 18h05"));
        assertEquals(List.of(new Stamp(Kind.BARE, "05/10/2017")), PageStamps.stamps("Le 05/10/2017 à 10h15 - Source AFP"));
        assertEquals(List.of(new Stamp(Kind.BARE, "22 juin 2017")), PageStamps.stamps("22 juin 2017 à 21h14"));
        assertTrue(PageStamps.stamps("BAGDAD (AFP) - Les forces irakiennes avancent.").isEmpty());
    }
}
