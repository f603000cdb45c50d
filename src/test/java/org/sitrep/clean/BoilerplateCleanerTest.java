package org.sitrep.clean;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** Cleaning rules on dumps in the style of common French news sites, and the offset map back to the raw text. */
class BoilerplateCleanerTest {
    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    private CleanedText clean(String raw) {
        return cleaner.clean(RawLine.split(raw));
    }

    @Test
    void leMondeStyleDump() {
        String raw = String.join("\n",
                "Syrie : les FDS entrent dans Raqqa",
                "Les Forces démocratiques syriennes ont annoncé mardi leur entrée dans la ville.",
                "Le Monde avec AFP",
                "Publié le 06 juin 2017 à 10h02 - Mis à jour le 06 juin 2017 à 14h10",
                "Temps de Lecture 2 min.",
                "Article réservé aux abonnés",
                "Offrir l’article",
                "Ajouter à vos sélections",
                "Partager",
                "",
                "Les FDS, appuyées par la coalition, ont pris le quartier d'al-Mashlab, selon un porte-parole.",
                "Lire aussi | Le siège de Raqqa, une bataille de plusieurs mois",
                "",
                "Il vous reste 70 % de cet article à lire. La suite est réservée aux abonnés.",
                "Newsletter",
                "Vous aimerez aussi",
                "Mossoul : l'armée irakienne reprend la vieille ville",
                "Tabqa : le barrage repris");
        assertEquals(String.join("\n\n",
                "Syrie : les FDS entrent dans Raqqa",
                "Les Forces démocratiques syriennes ont annoncé mardi leur entrée dans la ville.",
                "Les FDS, appuyées par la coalition, ont pris le quartier d'al-Mashlab, selon un porte-parole."),
                clean(raw).text());
    }

    @Test
    void relatedListEndsAtTheFirstSentence() {
        String raw = "À lire aussi :\nIrak : Ramadi reprise\nHawija : l'offensive est lancée\n\n"
                + "Les forces irakiennes ont repris Tal Afar, a annoncé le Premier ministre.";
        assertEquals("Les forces irakiennes ont repris Tal Afar, a annoncé le Premier ministre.", clean(raw).text());
    }

    @Test
    void captionsCreditsAndForeignScriptLinesAreDropped() {
        String raw = String.join("\n",
                "Ramadi : l'armée irakienne reprend le centre-ville",
                "© AFP 2015 Moadh al-Dulaimi",
                "Des soldats irakiens à Ramadi. AHMAD AL-RUBAYE/AFP",
                "Photo : Reuters",
                "Ramadi - Sputnik France",
                "Пожаловаться на комментарий",
                "",
                "L'armée irakienne a repris lundi le complexe gouvernemental de Ramadi.");
        assertEquals("Ramadi : l'armée irakienne reprend le centre-ville\n\n"
                + "L'armée irakienne a repris lundi le complexe gouvernemental de Ramadi.", clean(raw).text());
    }

    @Test
    void repeatedHeadlineAndStandfirstAreKeptOnce() {
        String raw = String.join("\n",
                "Palmyre reprise par l'armée syrienne", "",
                "Palmyre reprise par l'armée syrienne Source: Reuters", "",
                "L'armée syrienne a repris dimanche la cité antique de Palmyre.", "",
                "L'armée syrienne a repris dimanche la cité antique de Palmyre. Les jihadistes se sont retirés vers l'est.");
        assertEquals("Palmyre reprise par l'armée syrienne\n\n"
                + "L'armée syrienne a repris dimanche la cité antique de Palmyre. Les jihadistes se sont retirés vers l'est.",
                clean(raw).text());
    }

    @Test
    void sentenceBrokenAcrossLinesIsJoinedButHeadingsAreNot() {
        String raw = "«Nous avançons», affirme\nle général Abdelwahab al-Saadi.\n\nKobane : la ville libérée\nLes YPG ont repris Kobane.";
        CleanedText c = clean(raw);
        assertEquals("«Nous avançons», affirme le général Abdelwahab al-Saadi.\n\n"
                + "Kobane : la ville libérée\n\nLes YPG ont repris Kobane.", c.text());
        assertEquals(3, c.paragraphs().size());
    }

    @Test
    void offsetsMapBackToTheRawText() {
        String raw = "PUBLICITÉ\n\n  Mossoul : percée sur le front sud\nPartager cet article\n\n"
                + "Les forces irakiennes, selon\nle commandement, sont entrées dans Mossoul.\n\nLire aussi : autre chose";
        CleanedText c = clean(raw);
        String text = c.text();
        for (String word : List.of("Mossoul : percée", "front sud", "Les forces", "le commandement", "dans Mossoul.")) {
            int at = text.indexOf(word);
            int rawAt = c.offsets().toRaw(at);
            assertEquals(word, raw.substring(rawAt, rawAt + word.length()), word);
        }
        assertEquals(raw.indexOf("selon") + 5, c.offsets().toRaw(text.indexOf("selon") + 5), "the joining space maps to the line end");
        assertFalse(text.contains("PUBLICITÉ"));
        assertTrue(text.endsWith("dans Mossoul."));
    }

    @Test
    void consentAndSubscriptionPromptsAreFurnitureButNewsIsNot() {
        for (String furniture : List.of("Nous et nos partenaires utilisons des cookies pour personnaliser le contenu.",
                "Tout AccepterTout refuserParamétrer vos choix", "OK", "0", "Suivez France 24 sur Telegram",
                "Inscrivez-vous à notre newsletter", "Votre inscription a été enregistrée avec succès!",
                "Lire aussi : Mossoul, la bataille", "Par Euronews", "Publié le : 07/11/2016 - 10:32", "Fil d’actu",
                "EventsÉvènementsPodcasts", "Source: AFP")) {
            assertTrue(BoilerplateRules.isBoilerplate(furniture), furniture);
        }
        for (String news : List.of("Par ailleurs, les jihadistes ont fait sauter le pont.", "Avec Agences",
                "Mossoul : percée de l'armée irakienne sur le front sud", "Les frappes ont visé Deir ez-Zor - selon l'OSDH.",
                "Créé en 2014, le groupe Etat islamique contrôlait Manbij.",
                "Les jihadistes invitaient leurs partisans à s'abonner à leurs chaînes Telegram, où circulaient des vidéos de Raqqa.", "Partagée entre Kurdes et Arabes, la ville d'al-Bab résiste.")) {
            assertFalse(BoilerplateRules.isBoilerplate(news), news);
        }
    }
}
