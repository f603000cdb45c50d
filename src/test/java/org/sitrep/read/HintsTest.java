package org.sitrep.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.clean.RawLine;
import org.sitrep.doc.Article;

/** Publisher and date hints found in the furniture of dumps. */
class HintsTest {
    private static String publisher(String dump) {
        return PublisherHints.find(RawLine.split(dump));
    }

    private static LocalDate dateline(String dump) {
        return Datelines.find(RawLine.split(dump));
    }

    @Test
    void publisherHints() {
        assertEquals("Euronews", publisher("Titre\nPar\u00a0Euronews\nTexte."));
        assertEquals("Le Monde", publisher("Titre\nLe Monde avec AFP\nTexte."));
        assertEquals("Le Figaro", publisher("Titre\nPar Le Figaro avec AFP\nTexte."));
        assertEquals("RT en français", publisher("Titre Source: Reuters\nSuivez RT en français surTelegram\nTexte."));
        assertEquals("Sputnik France", publisher("Mossoul - Sputnik France\nSuivez Sputnik sur Telegram pour ne rien manquer"));
        assertEquals("France 24", publisher("Texte.\nFrance 24 utilise des cookies pour améliorer ses services."));
        assertEquals("AFP", publisher("Texte.\n\nSource: AFP"));
        assertEquals("20 Minutes", publisher("Titre\n20 Minutes avec agences\nTexte."));
        assertNull(publisher("Par ailleurs, les combats continuent.\nSuivez-nous sur Twitter"));
        assertEquals("Le Point", publisher("Le Point - Actualité Monde\nTitre\nPar AFP\nTexte."));
        assertEquals("Mediapart", publisher("Mediapart\nTitre du jour\nBAGDAD (AFP) - Texte."));
        assertEquals("AFP", publisher("Raqqa est tombée\nBAGDAD (AFP) - Texte.\n\nSource: AFP"));
        assertNull(publisher("Raqqa est tombée\nBAGDAD (AFP) - Texte."));
        assertEquals("Le Monde", PublisherHints.first(null, "Le Monde.fr"));
        assertEquals("Le Monde", publisher("Le Monde\nRaqqa : la bataille finale\nPar Hélène Sallon\nTexte."));
        assertEquals("Hélène Sallon", publisher("Syrie\nRaqqa : la bataille finale\nPar Hélène Sallon\nTexte."));
    }

    @Test
    void portalsCarryingWireCopyArePublishers() {
        assertEquals("RFI", publisher("RFI - Moyen-Orient\nTitre du jour\nPar RFI\nTexte.\n"
                + "Ce site utilise des cookies. En poursuivant votre navigation, vous acceptez leur utilisation."));
        assertEquals("BFMTV", publisher("BFMTV\nDirect TV | Replay | International\nTitre du jour\nM.R. avec AFP\nTexte."));
        assertEquals("L'Orient-Le Jour", publisher("L'Orient-Le Jour\nAccueil > Moyen-Orient > Syrie\nTitre du jour\nOLJ/AFP\nTexte."));
        assertNull(publisher("Titre du jour\nJ.-C. B. avec AFP\nTexte."));
        assertNull(publisher("Titre du jour\nTexte.\nNotre site utilise des cookies."));
    }

    @Test
    void theOutletsLogoLineIsNotTheTitle(@TempDir Path dir) throws Exception {
        Path f = dir.resolve("olj.txt");
        Files.writeString(f, "L'Orient-Le Jour\n\nManbij : les FDS reprennent la ville\n\n"
                + "Suivez L'Orient-Le Jour sur Twitter\n\nLes Forces démocratiques syriennes ont repris Manbij.");
        Article a = Readers.read(f);
        assertEquals("L'Orient-Le Jour", a.publisherHint());
        assertEquals("Manbij : les FDS reprennent la ville", a.title());
        assertEquals("Manbij : les FDS reprennent la ville\n\nLes Forces démocratiques syriennes ont repris Manbij.", a.text());
    }

    @Test
    void datelines() {
        assertEquals(LocalDate.of(2016, 11, 7), dateline("Titre\nPublié le 7 novembre 2016 à 10h32\nTexte."));
        assertEquals(LocalDate.of(2016, 11, 7), dateline("Publié le : 07/11/2016 - 10:32 Modifié le : 08/11/2016"));
        assertEquals(LocalDate.of(2016, 11, 7), dateline("Publié le 07/11/16 à 10h32"));
        assertEquals(LocalDate.of(2017, 3, 12), dateline("Mossoul (Irak) (AFP) - 12/03/2017 - Les forces irakiennes avancent."));
        assertEquals(LocalDate.of(2017, 3, 12), dateline("BAGDAD, 12 mars 2017 (AFP) - Les forces irakiennes avancent."));
        assertNull(dateline("Le 17 octobre 2016, l'offensive sur Mossoul a commencé."));
        assertEquals(LocalDate.of(2015, 4, 1), dateline("Titre\nPar France 24 avec Reuters | Publié le 01/04/2015\nTexte."));
        assertEquals(LocalDate.of(2017, 10, 16),
                dateline("Mis à jour le 17 octobre 2017 à 18h05\nPublié le 16 octobre 2017 à 11h02\nTexte."));
        assertEquals(LocalDate.of(2017, 10, 17), dateline("Titre\nDernière mise à jour : 17/10/2017\nTexte."));
        assertNull(dateline("BAGDAD (AFP) - Les forces irakiennes avancent."));
    }
}
