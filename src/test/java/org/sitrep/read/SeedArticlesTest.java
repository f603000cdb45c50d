package org.sitrep.read;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.sitrep.doc.Article;
import org.sitrep.doc.Embed;

/** The five seed articles (text dumps of web pages) read and cleaned as an analyst would expect. */
class SeedArticlesTest {
    private static final Path SEEDS = Path.of("seeds");

    private static Article seed(String prefix) throws Exception {
        for (Path p : Readers.collect(List.of(SEEDS))) {
            if (p.getFileName().toString().startsWith(prefix)) return Readers.read(p);
        }
        throw new AssertionError("no seed " + prefix);
    }

    /** Page furniture that must not survive cleaning, whatever the seed. */
    private static final List<String> FURNITURE = List.of("Partager cet article", "Close Button", "Copy to clipboard",
            "Lien copié", "Tous droits réservés", "PUBLICITÉ", "EventsÉvènementsPodcasts", "Loader", "loader", "Find Us",
            "Chat", "cookies", "Tout accepter", "Tout Accepter", "Paramétrer vos choix", "Politique de Confidentialité",
            "S'abonner", "Votre inscription", "Merci de cliquer", "Telegram", "Pour participer aux discussions",
            "Fil d’actu", "Les plus récents d'abord", "Raconter l'actualité", "À découvrir également", "Lire aussi",
            "© AFP", "Sputnik France", "Par Euronews", "Source: Reuters");

    @ParameterizedTest
    @ValueSource(strings = {"000", "001", "002", "003", "004"})
    void boilerplateIsGone(String seed) throws Exception {
        Article a = seed(seed);
        for (String f : FURNITURE) assertFalse(a.text().contains(f), seed + " still contains " + f);
        for (String paragraph : a.text().split("\n\n")) {
            assertFalse(paragraph.isBlank(), "blank paragraph in " + seed);
            assertFalse(paragraph.matches("[\\d\\s]+|OK"), "lone number/OK in " + seed + ": " + paragraph);
            assertFalse(Pattern.compile("\\p{IsCyrillic}").matcher(paragraph).find(), "Cyrillic in " + seed);
        }
    }

    @ParameterizedTest
    @CsvSource(delimiter = '|', value = {
        "000|Euronews|Irak : offensive sur Bashiqa, combats de rue à Mossoul",
        "001|Euronews|Irak : lancement d'une vaste offensive militaire contre Daesh, à l'ouest du pays",
        "002|RT en français|Irak : la coalition entre dans Mossoul pour la première fois depuis sa capture par Daesh (VIDEOS)",
        "003|Sputnik France|L'avancée de l'armée irakienne fait fuir les chefs de Daech à Mossoul",
        "004|RT en français|Raqqa, Moussoul, Falloujah : Daesh attaqué de tous les côtés"})
    void publisherAndTitle(String seed, String publisher, String title) throws Exception {
        Article a = seed(seed);
        assertEquals(publisher, a.publisherHint());
        assertEquals(title, a.title());
        assertEquals("fr", a.language());
        assertTrue(a.text().startsWith(title + "\n\n"), "the headline opens the text, once");
        assertEquals(a.text().indexOf(title), a.text().lastIndexOf(title), "headline kept once in " + seed);
        assertNull(a.issuedHint(), "no dateline in the seeds: the date is left to the annotators");
    }

    @Test
    void seed000KeepsTheStandfirstOnceAndTheQuote() throws Exception {
        String text = seed("000").text();
        String standfirst = "Une opération sur Bashiqa a été lancée ce matin très tôt par les Peshmerga.";
        assertEquals(text.indexOf(standfirst), text.lastIndexOf(standfirst));
        assertTrue(text.contains(standfirst + " Ces militaires kurdes"));
        assertTrue(text.contains("Khalil Gardi, brigadier général Peshmerga : « Pour ce qui concerne"));
        assertFalse(text.contains("s'emparent d'une ville clé"), "related-article list after the header is dropped");
    }

    @Test
    void seed000EmbedIsAttributedToItsAccount() throws Exception {
        Article a = seed("000");
        assertEquals(1, a.embeds().size());
        Embed e = a.embeds().get(0);
        assertEquals("Peshmerga", e.accountName());
        assertEquals("KURDISTAN_ARMY", e.handle());
        assertEquals(LocalDate.of(2016, 11, 7), e.date());
        String post = a.text().substring(e.start(), e.end());
        assertTrue(post.startsWith("#BREAKING"), post);
        assertTrue(post.contains("Peshmerga launches attack on ISIS militants in Bashiqa."), post);
        assertFalse(post.contains("pic.twitter.com"), post);
        String whole = a.text().substring(e.lineStart(), e.lineEnd());
        assertTrue(whole.endsWith("— Peshmerga (@KURDISTAN_ARMY) 7 novembre 2016"), whole);
    }

    @Test
    void seed001EmbedAndTheQuoteBrokenAcrossLines() throws Exception {
        Article a = seed("001");
        Embed e = a.embeds().get(0);
        assertEquals("Reuters World", e.accountName());
        assertEquals("ReutersWorld", e.handle());
        assertEquals(LocalDate.of(2017, 1, 5), e.date());
        assertEquals("Iraqi general says 70 percent of east Mosul retaken from Islamic State", a.text().substring(e.start(), e.end()));
        assertTrue(a.text().contains("“On constate des progrès”, affirme Steve Townsend, commandant de la coalition"));
        assertTrue(a.text().endsWith("Avec Agences"), "the agency credit is content");
    }

    @Test
    void seed003DropsCaptionsAndTheLinkGluedUnderThem() throws Exception {
        String text = seed("003").text();
        assertFalse(text.contains("Haidar Mohammed Ali"));
        assertFalse(text.contains("Libération de quartiers et flux de déplacés"));
        assertTrue(text.contains("Privés de leurs chefs"));
        assertTrue(text.contains("Sergueï Lavrov"));
    }

    @Test
    void seed004KeepsSubheadingsAndDropsLinks() throws Exception {
        String text = seed("004").text();
        assertTrue(text.contains("\n\nPalmyre\u00a0: un atelier de production de bombes détruit\n\n"));
        assertTrue(text.contains("\n\nLes Irakiens entrent dans le centre de la capitale irakienne de Daesh, Falloujah\n\n"));
        assertFalse(text.contains("fosse commune"));
        assertTrue(text.contains("Seules 3\u00a0700\u00a0personnes"));
    }
}
