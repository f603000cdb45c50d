package org.sitrep.annotate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.extract.Claim;
import org.sitrep.extract.EntityType;

class ClaimAnnotatorsTest {

    private static List<Claim> claims(TestDocs t) {
        AnnotatedDocument doc = t.build();
        new QuoteAnnotator().annotate(doc);
        new ReportedSpeechAnnotator().annotate(doc);
        return doc.layer(Claim.class);
    }

    private static Claim only(List<Claim> cs) {
        assertEquals(1, cs.size(), () -> "claims: " + cs.stream().map(c -> c.text + " by " + c.claimant).toList());
        return cs.get(0);
    }

    @Test void quoteWithSpeakerAfter() {
        Claim c = only(claims(TestDocs.of("« Nous avons repris le contrôle total du quartier d'Al-Andalus », a déclaré le général Abdel Ghani al-Assadi.")
                .person("abdel-ghani-al-assadi", "Abdel Ghani al-Assadi").place("al-andalus", "Al-Andalus")));
        assertEquals(Claim.Kind.DIRECT_QUOTE, c.kind);
        assertEquals("person/abdel-ghani-al-assadi", c.claimant);
        assertEquals("Nous avons repris le contrôle total du quartier d'Al-Andalus", c.text);
        assertTrue(c.about.contains("place/al-andalus"));
    }

    @Test void quoteWithColonFrameAndSpeakerLine() {
        List<Claim> cs = claims(TestDocs.of("Le colonel Ahmed Hassan a déclaré : « Les combattants de Daech fuient vers le désert. »\n\n"
                + "Talal Silo, porte-parole des FDS :\n« La ville sera libérée avant la fin du mois. »")
                .person("ahmed-hassan", "Ahmed Hassan").person("talal-silo", "Talal Silo")
                .force("isis", "Daech").force("syrian-democratic-forces", "FDS"));
        assertEquals(2, cs.size());
        assertEquals("person/ahmed-hassan", cs.get(0).claimant);
        assertEquals("person/talal-silo", cs.get(1).claimant);
        assertTrue(cs.get(1).text.contains("La ville sera libérée"));
    }

    @Test void inciseJoinsBothPartsAndPronounFindsThePerson() {
        Claim c = only(claims(TestDocs.of("Le général Yahya Rasool a parlé aux journalistes. « Les djihadistes résistent encore », a-t-il ajouté, "
                + "« mais leurs lignes cèdent de toutes parts. »").person("yahya-rasool", "Yahya Rasool")));
        assertEquals("person/yahya-rasool", c.claimant);
        assertTrue(c.text.contains("Les djihadistes résistent encore") && c.text.contains("leurs lignes cèdent"), c.text);
    }

    @Test void orphanClosingMarkContinuesTheQuote() {
        Claim c = only(claims(TestDocs.of("“La bataille est difficile”, affirme\nBrett McGurk, envoyé américain. "
                + "Mais nous avançons chaque jour vers le centre de Raqqa.”").person("brett-mcgurk", "Brett McGurk").place("raqqa", "Raqqa")));
        assertEquals("person/brett-mcgurk", c.claimant);
        assertTrue(c.text.contains("nous avançons chaque jour vers le centre de Raqqa"), c.text);
    }

    @Test void quotesWithoutAFrameAreNotClaims() {
        assertTrue(claims(TestDocs.of("Les forces kurdes avancent vers la « capitale » autoproclamée de l'EI. Le film « La bataille de Mossoul » sort demain.")
                .force("isis", "EI")).isEmpty());
    }

    @Test void selonAtTheStartTheEndAndInTheMiddle() {
        List<Claim> cs = claims(TestDocs.of("Selon l'Observatoire syrien des droits de l'homme, 35 combattants ont été tués à Tabqa. "
                + "Au moins 3 000 civils ont fui Manbij, selon l'ONU. "
                + "Dans la nuit, d'après l'agence Amaq, des kamikazes ont frappé les positions kurdes.")
                .entity(EntityType.ORGANIZATION, "osdh", "Observatoire syrien des droits de l'homme")
                .entity(EntityType.ORGANIZATION, "united-nations", "ONU").outlet("amaq", "Amaq")
                .place("tabqa", "Tabqa").place("manbij", "Manbij"));
        assertEquals(3, cs.size());
        assertEquals("org/osdh", cs.get(0).claimant);
        assertEquals("35 combattants ont été tués à Tabqa", cs.get(0).text);
        assertEquals("org/united-nations", cs.get(1).claimant);
        assertEquals("Au moins 3 000 civils ont fui Manbij", cs.get(1).text);
        assertEquals("outlet/amaq", cs.get(2).claimant);
        assertEquals("Dans la nuit, des kamikazes ont frappé les positions kurdes", cs.get(2).text);
    }

    @Test void anonymousWitnessesGiveAClaimWithoutClaimant() {
        Claim c = only(claims(TestDocs.of("D'après des témoins, les djihadistes ont exécuté plusieurs habitants.")));
        assertNull(c.claimant);
    }

    @Test void invertedVerbAndVerbQue() {
        List<Claim> cs = claims(TestDocs.of("Les forces irakiennes ont repris le quartier de Nabi Younès, a indiqué l'armée irakienne. "
                + "Le Premier ministre Haider al-Abadi a affirmé mardi que la victoire était proche.")
                .force("iraqi-army", "armée irakienne").force("iraqi-security-forces", "forces irakiennes")
                .person("haider-al-abadi", "Haider al-Abadi").place("nabi-younes", "Nabi Younès"));
        assertEquals(2, cs.size());
        assertEquals("force/iraqi-army", cs.get(0).claimant);
        assertEquals("Les forces irakiennes ont repris le quartier de Nabi Younès", cs.get(0).text);
        assertEquals("person/haider-al-abadi", cs.get(1).claimant);
        assertEquals("que la victoire était proche", cs.get(1).text, "the complementiser opens the reported clause");
    }

    @Test void narrationAndUnsourcedConditionalAreNotClaims() {
        assertTrue(claims(TestDocs.of("Les forces irakiennes ont repris le village. Environ 50 000 civils seraient toujours piégés à Falloujah.")
                .place("fallujah", "Falloujah")).isEmpty());
    }

    @Test void citedByAndReferringToMakeRelays() {
        List<Claim> cs = claims(TestDocs.of("Les chefs de Daech quittent la ville en courant, annonce la chaîne CNN se référant au général Raid Shakir Jaudat. "
                + "Selon le colonel John Dorrian, cité par Reuters, 900 djihadistes restent dans la vieille ville.")
                .outlet("cnn", "CNN").outlet("reuters", "Reuters").force("isis", "Daech")
                .person("raid-shakir-jaudat", "Raid Shakir Jaudat").person("john-dorrian", "John Dorrian"));
        assertEquals(2, cs.size());
        assertEquals("person/raid-shakir-jaudat", cs.get(0).claimant);
        assertTrue(cs.get(0).relays.contains("outlet/cnn"));
        assertEquals("person/john-dorrian", cs.get(1).claimant);
        assertTrue(cs.get(1).relays.contains("outlet/reuters"));
        assertEquals("900 djihadistes restent dans la vieille ville", cs.get(1).text);
    }

    @Test void pronounsAndRoleNounsReferToTheLastFittingPerson() {
        List<Claim> cs = claims(TestDocs.of("Le général Raid Shakir Jaudat commande la police fédérale. "
                + "Selon lui, les djihadistes quittent Mossoul en état de choc. "
                + "« Daech est en train de se disloquer », a ajouté le militaire irakien.")
                .person("raid-shakir-jaudat", "Raid Shakir Jaudat").place("mosul", "Mossoul").force("isis", "Daech"));
        assertEquals(2, cs.size());
        assertEquals("person/raid-shakir-jaudat", cs.get(0).claimant);
        assertEquals("person/raid-shakir-jaudat", cs.get(1).claimant);
    }

    @Test void roleNounLooksAheadToTheNameGivenNext() {
        List<Claim> cs = claims(TestDocs.of("Pour ce commandant américain, la résistance de l'EI faiblit nettement. "
                + "« Nous constatons des progrès sur tous les fronts », affirme Stephen Townsend, commandant de la coalition.")
                .person("stephen-townsend", "Stephen Townsend").force("isis", "EI").force("international-coalition", "coalition"));
        assertEquals(2, cs.size());
        assertEquals("person/stephen-townsend", cs.get(0).claimant);
        assertEquals("la résistance de l'EI faiblit nettement", cs.get(0).text);
    }

    @Test void unnamedSpokespersonSpeaksForTheOrganisationCreatedWhenMissing() {
        Claim c = only(claims(TestDocs.of("« Le siège du gouvernorat est à portée de tir », a déclaré, mardi, un porte-parole du ministère de l'Intérieur.")));
        assertEquals("org/ministere-de-l-interieur", c.claimant);
    }

    @Test void unnamedSoldierAndCommuniqueSpeakForTheForceLastDescribed() {
        List<Claim> cs = claims(TestDocs.of("Les forces kurdes des Peshmergas ont lancé une offensive à l'est de Mossoul. "
                + "Selon le communiqué, 140 djihadistes ont été tués. "
                + "« Nous avons détruit un atelier de bombes », a expliqué un soldat sous couvert de l'anonymat à l'agence RB.")
                .force("peshmerga", "forces kurdes des Peshmergas").place("mosul", "Mossoul").outlet("rb-agency", "agence RB"));
        assertEquals(2, cs.size());
        assertEquals("force/peshmerga", cs.get(0).claimant);
        assertEquals("force/peshmerga", cs.get(1).claimant);
        assertTrue(cs.get(1).relays.contains("outlet/rb-agency"));
    }

    @Test void impersonalAnnouncementTakesTheNextSpeaker() {
        List<Claim> cs = claims(TestDocs.of("Auparavant, il a été annoncé que les forces irakiennes approchaient du complexe gouvernemental. "
                + "« Le complexe est à portée de tir », a déclaré le colonel Ali Jamil.").person("ali-jamil", "Ali Jamil"));
        assertEquals(2, cs.size());
        assertEquals("person/ali-jamil", cs.get(0).claimant);
        assertEquals("les forces irakiennes approchaient du complexe gouvernemental", cs.get(0).text);
    }

    @Test void infinitiveComplementKeepsTheVerb() {
        Claim c = only(claims(TestDocs.of("Le 31 mai, les terroristes de Daesh ont déclaré avoir capturé des centaines de familles.")
                .force("isis", "terroristes de Daesh")));
        assertEquals("force/isis", c.claimant);
        assertEquals("ont déclaré avoir capturé des centaines de familles", c.text);
        assertTrue(c.figures.isEmpty(), "des centaines de familles has no number");
    }

    @Test void figuresCarryValueUnitAndQualifier() {
        Claim c = only(claims(TestDocs.of("Selon les FDS, au moins 12 villages ont été libérés, 70% de la ville est contrôlée et environ 50 000 civils ont fui.")
                .force("syrian-democratic-forces", "FDS")));
        assertEquals(3, c.figures.size(), c.figures.toString());
        Claim.Figure villages = c.figures.get(0);
        assertEquals(12, villages.value());
        assertEquals("village", villages.unit());
        assertEquals("au moins", villages.qualifier());
        assertEquals("%", c.figures.get(1).unit());
        assertEquals(50000, c.figures.get(2).value());
        assertEquals("environ", c.figures.get(2).qualifier());
        assertEquals("civil", c.figures.get(2).unit());
    }

    @Test void embeddedPostsAreQuotesOfTheirAccount() {
        Claim c = only(claims(TestDocs.of("Les FDS avancent.\nSDF launches attack on ISIS in Raqqa\n— SDF Press (@SDF_Press) 6 juin 2017")
                .embed("SDF Press", "SDF_Press", "SDF launches attack on ISIS in Raqqa")));
        assertEquals("account/sdf_press", c.claimant);
        assertEquals(Claim.Kind.DIRECT_QUOTE, c.kind);
    }

    @Test void apposedNameBeforeTheVerbBecomesTheSpeaker() {
        List<Claim> cs = claims(TestDocs.of("Le directeur de l'OSDH, Rami Abdel Rahmane, a affirmé que les jihadistes utilisaient des boucliers humains. "
                + "« Ils n'ont plus d'issue », a-t-il ajouté.")
                .entity(EntityType.ORGANIZATION, "osdh", "OSDH"));
        assertEquals(2, cs.size());
        assertEquals("person/rami-abdel-rahmane", cs.get(0).claimant);
        assertEquals("person/rami-abdel-rahmane", cs.get(1).claimant);
    }

    @Test void definiteOrganisationNounAndNationality() {
        List<Claim> cs = claims(TestDocs.of("Le ministère russe de la Défense a salué la percée de l'armée turque. "
                + "L'offensive a été menée avec l'appui de l'aviation, a précisé le ministère dans un communiqué. "
                + "Les FDS progressent de leur côté vers Raqqa. Les pertes sont lourdes, d'après l'état-major turc.")
                .entity(EntityType.ORGANIZATION, "russian-defence-ministry", "ministère russe de la Défense")
                .force("turkish-army", "armée turque").force("syrian-democratic-forces", "FDS"));
        assertEquals(3, cs.size(), "a salué la percée (an opinion with an object), a précisé, d'après");
        assertEquals("org/russian-defence-ministry", cs.get(0).claimant);
        assertEquals("org/russian-defence-ministry", cs.get(1).claimant);
        assertEquals("force/turkish-army", cs.get(2).claimant);
    }

    @Test void announcedObjectIsAClaimButAnObjectAfterAnInvertedVerbIsNotASpeaker() {
        List<Claim> cs = claims(TestDocs.of("Le Premier ministre Haider al-Abadi a annoncé dimanche le lancement de l'offensive sur Tal Afar. "
                + "Le commandant des opérations, le général Ali Jamil, a annoncé mardi la « libération totale » de la ville.")
                .person("haider-al-abadi", "Haider al-Abadi").person("ali-jamil", "Ali Jamil").place("tal-afar", "Tal Afar"));
        assertEquals(2, cs.size());
        assertEquals("le lancement de l'offensive sur Tal Afar", cs.get(0).text);
        assertEquals("person/ali-jamil", cs.get(1).claimant);
        assertTrue(cs.get(1).text.startsWith("la « libération totale »"), cs.get(1).text);
    }

    @Test void selonWithoutASourceIsNoClaim() {
        assertTrue(claims(TestDocs.of("Un accord selon lequel les civils pourront partir a été signé. Selon nos informations, la ville est tombée.")).isEmpty());
    }
}
