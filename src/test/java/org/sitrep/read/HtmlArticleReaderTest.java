package org.sitrep.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sitrep.doc.Article;
import org.sitrep.doc.Embed;

/** An HTML page with metadata, JSON-LD, share buttons, a cookie banner, a tweet and a "Lire aussi" list. */
class HtmlArticleReaderTest {
    private static final Path PAGE = Path.of("src/test/resources/read/raqqa-article.html");

    @Test
    void metadataComesFromTheHead() throws Exception {
        Article a = Readers.read(PAGE);
        assertEquals("raqqa-article.html", a.fileName());
        assertEquals("Syrie : les FDS lancent l'assaut final sur Raqqa", a.title());
        assertEquals("L'Orient-Le Jour", a.publisherHint());
        assertEquals(LocalDate.of(2017, 6, 6), a.issuedHint());
        assertEquals("fr", a.language());
    }

    @Test
    void onlyTheArticleTextRemains() throws Exception {
        String text = Readers.read(PAGE).text();
        assertEquals("Syrie : les FDS lancent l'assaut final sur Raqqa", text.substring(0, text.indexOf("\n\n")));
        assertTrue(text.contains("Les Forces démocratiques syriennes sont entrées mardi"));
        assertTrue(text.contains("« La bataille pour libérer Raqqa a commencé », a déclaré Talal Sello à l'AFP."));
        assertTrue(text.endsWith("au moins 12 civils ont été tués."), text);
        for (String junk : new String[] {"cookies", "Tout accepter", "Accueil", "Partager", "Copier le lien", "PUBLICITÉ",
                "Lire aussi", "vieille ville", "Tabqa", "Delil Souleiman", "Tous droits réservés", "dataLayer"}) {
            assertFalse(text.contains(junk), "still contains " + junk);
        }
    }

    @Test
    void tweetBlockquoteBecomesAnAttributedEmbed() throws Exception {
        Article a = Readers.read(PAGE);
        assertEquals(1, a.embeds().size());
        Embed e = a.embeds().get(0);
        assertEquals("SDF Press", e.accountName());
        assertEquals("SDFpress", e.handle());
        assertEquals(LocalDate.of(2017, 6, 6), e.date());
        assertEquals("SDF fighters enter eastern Raqqa neighbourhood of al-Mashlab", a.text().substring(e.start(), e.end()));
        assertEquals("— SDF Press (@SDFpress) June 6, 2017", a.text().substring(e.lineEnd() - 36, e.lineEnd()));
    }

    @Test
    void withoutMetadataTheBylineCookieNoticeAndDatelineAnywhereInThePageAreUsed(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("talafar.htm");
        Files.writeString(page, "<html><head><title>Tal Afar : l'offensive est lancée</title></head><body>"
                + "<header><p>Publié le 20 août 2017 à 08h00</p></header>"
                + "<div class=\"main\"><h1>Tal Afar : l'offensive est lancée</h1><p>Par France 24</p>"
                + "<p>Les forces irakiennes ont lancé dimanche l'offensive sur Tal Afar,<br>a annoncé Haider al-Abadi.</p>"
                + "<p>Lire aussi : Mossoul, un an après</p></div>"
                + "<div id=\"consent\"><p>France 24 utilise des cookies.</p></div></body></html>", StandardCharsets.UTF_8);
        Article a = Readers.read(page);
        assertEquals("France 24", a.publisherHint());
        assertEquals(LocalDate.of(2017, 8, 20), a.issuedHint());
        assertEquals("Tal Afar : l'offensive est lancée\n\n"
                + "Les forces irakiennes ont lancé dimanche l'offensive sur Tal Afar, a annoncé Haider al-Abadi.", a.text());
    }

    @Test
    void aWrapperWithAWidgetLikeClassIsNotMistakenForAWidget(@TempDir Path dir) throws Exception {
        Path page = dir.resolve("wire.html");
        Files.writeString(page, "<html lang=\"fr\"><body><div class=\"page share-enabled\"><h1>Baghouz : dernier réduit</h1>"
                + "<p>Les FDS ont annoncé la chute de Baghouz, selon leur porte-parole.</p></div></body></html>", StandardCharsets.UTF_8);
        Article a = Readers.read(page);
        assertEquals("Baghouz : dernier réduit", a.title());
        assertEquals("Baghouz : dernier réduit\n\nLes FDS ont annoncé la chute de Baghouz, selon leur porte-parole.", a.text());
    }
}
