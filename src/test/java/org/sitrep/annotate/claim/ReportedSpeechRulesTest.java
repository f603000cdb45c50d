package org.sitrep.annotate.claim;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.extract.Claim;
import org.sitrep.extract.EntityType;

/** One test per rule of French reported speech added for wire copy (AFP/Reuters style). */
class ReportedSpeechRulesTest {

    private static List<Claim> claims(TestDocs t) {
        AnnotatedDocument doc = t.build();
        new QuoteAnnotator().annotate(doc);
        new ReportedSpeechAnnotator().annotate(doc);
        return doc.layer(Claim.class);
    }

    private static Claim containing(List<Claim> cs, String words) {
        for (Claim c : cs) if (c.text.contains(words)) return c;
        throw new AssertionError("no claim contains '" + words + "' in " + cs.stream().map(c -> c.text + " by " + c.claimant).toList());
    }

    @Test void participleClauseReportsTheSubject() {
        List<Claim> cs = claims(TestDocs.of("Le Kremlin a reconnu des difficultés, tout en affirmant que l'armée syrienne tiendrait Palmyre.")
                .entity(EntityType.ORGANIZATION, "kremlin", "Kremlin").place("palmyra", "Palmyre"));
        Claim c = containing(cs, "tout en affirmant que l'armée syrienne tiendrait Palmyre");
        assertEquals("org/kremlin", c.claimant);
    }

    @Test void participleClauseAfterAQuoteTakesTheQuotedSpeaker() {
        List<Claim> cs = claims(TestDocs.of("« Les remparts sont intacts pour l'essentiel », a déclaré Hassan Ali, tout en précisant que la citadelle avait souffert.")
                .person("hassan-ali", "Hassan Ali"));
        assertEquals(2, cs.size());
        Claim c = containing(cs, "la citadelle avait souffert");
        assertEquals(Claim.Kind.REPORTED_SPEECH, c.kind);
        assertEquals("person/hassan-ali", c.claimant);
    }

    @Test void opinionVerbWithAnObjectComplement() {
        List<Claim> cs = claims(TestDocs.of("Le HCR juge la situation humanitaire « catastrophique » à Fallouja. "
                + "Des habitants cités par Reuters ont fait état de pillages dans le centre.")
                .entity(EntityType.ORGANIZATION, "unhcr", "HCR").place("fallujah", "Fallouja").outlet("reuters", "Reuters"));
        assertEquals("org/unhcr", containing(cs, "la situation humanitaire").claimant);
        Claim relayed = containing(cs, "fait état de pillages dans le centre");
        assertEquals("outlet/reuters", relayed.claimant, "anonymous witnesses: the relay that quotes them is the claimant");
    }

    @Test void narrationWithAnObjectAfterAnOrdinaryVerbIsNoClaim() {
        assertTrue(claims(TestDocs.of("Les FDS ont repris samedi la ville de Tabqa et son barrage.")
                .force("syrian-democratic-forces", "FDS").place("tabqa", "Tabqa")).isEmpty());
    }

    @Test void concernVerbTakesItsComplement() {
        Claim c = containing(claims(TestDocs.of("Les Nations unies se sont alarmées du sort des 50 000 civils de Hawija.")
                .entity(EntityType.ORGANIZATION, "united-nations", "Nations unies").place("hawija", "Hawija")), "du sort des 50 000 civils");
        assertEquals("org/united-nations", c.claimant);
    }

    @Test void selonWithAnApposedName() {
        List<Claim> cs = claims(TestDocs.of("Le maire Ali Hassan a visité la ville. "
                + "D'après le chef de la police, le général Karim Saadi, les troupes avançaient sur deux axes.")
                .person("ali-hassan", "Ali Hassan").person("karim-saadi", "Karim Saadi"));
        Claim c = containing(cs, "les troupes avançaient sur deux axes");
        assertEquals("person/karim-saadi", c.claimant);
    }

    @Test void selonInARelativeClauseLeavesTheMainSpeaker() {
        List<Claim> cs = claims(TestDocs.of("Amnesty International a exhorté les belligérants à épargner les 20 000 civils qui, selon l'ONU, vivent encore à Raqqa.")
                .entity(EntityType.ORGANIZATION, "amnesty-international", "Amnesty International")
                .entity(EntityType.ORGANIZATION, "united-nations", "ONU").place("raqqa", "Raqqa"));
        assertEquals("org/amnesty-international", containing(cs, "épargner les 20 000 civils").claimant);
    }

    @Test void infinitiveAfterATimeWord() {
        Claim c = containing(claims(TestDocs.of("Les FDS ont annoncé ce mardi être entrées dans Raqqa.")
                .force("syrian-democratic-forces", "FDS").place("raqqa", "Raqqa")), "être entrées dans Raqqa");
        assertEquals("force/syrian-democratic-forces", c.claimant);
    }

    @Test void unnamedMemberSpeaksForHisOrganisationAndThePronounFollowsHim() {
        List<Claim> cs = claims(TestDocs.of("Le Premier ministre Haider al-Abadi a visité Bagdad. "
                + "Selon un officier de la police fédérale, 30 jihadistes ont été tués. "
                + "« Nous avançons rue par rue », a-t-il ajouté.")
                .person("haider-al-abadi", "Haider al-Abadi").place("baghdad", "Bagdad"));
        Claim toll = containing(cs, "30 jihadistes ont été tués");
        assertEquals("org/police-federale", toll.claimant);
        assertEquals("org/police-federale", containing(cs, "Nous avançons rue par rue").claimant);
    }

    @Test void unnamedMemberReachedByAnAgencyIsCreditedToTheAgency() {
        List<Claim> cs = claims(TestDocs.of("KIRKOUK (AFP) - Les combats continuent. "
                + "Des centaines de jihadistes se sont rendus, selon un responsable de la sécurité locale cité par l'agence.")
                .outlet("afp", "AFP"));
        assertEquals("outlet/afp", containing(cs, "Des centaines de jihadistes se sont rendus").claimant);
    }

    @Test void aCountryOrCapitalAsSubjectSpeaksForItsGovernment() {
        List<Claim> cs = claims(TestDocs.of("Lundi, la Turquie a annoncé qu'elle fermait sa frontière. "
                + "Ankara a plusieurs fois exigé que les milices kurdes quittent Manbij.")
                .place("turkey", "Turquie").place("ankara", "Ankara").place("manbij", "Manbij"));
        assertEquals("place/turkey", containing(cs, "qu'elle fermait sa frontière").claimant);
        assertEquals("place/ankara", containing(cs, "que les milices kurdes quittent Manbij").claimant);
    }

    @Test void theNgoRefersToTheLastOrganisation() {
        List<Claim> cs = claims(TestDocs.of("L'Observatoire syrien des droits de l'homme (OSDH) suit les combats. "
                + "D'après l'ONG, 120 civils ont été tués depuis lundi.")
                .entity(EntityType.ORGANIZATION, "osdh", "Observatoire syrien des droits de l'homme", "OSDH"));
        assertEquals("org/osdh", containing(cs, "120 civils ont été tués").claimant);
    }

    @Test void anAcronymClosingTheFrameNamesTheSpeaker() {
        List<Claim> cs = claims(TestDocs.of("D'après le Haut-Commissariat de l'ONU aux réfugiés (HCR), 8 000 familles ont fui Mossoul.")
                .entity(EntityType.ORGANIZATION, "united-nations", "ONU").entity(EntityType.ORGANIZATION, "unhcr", "HCR")
                .place("mosul", "Mossoul"));
        assertEquals("org/unhcr", containing(cs, "8 000 familles ont fui Mossoul").claimant);
    }

    @Test void theRoleAdjectiveNamesTheGroup() {
        List<Claim> cs = claims(TestDocs.of("Les rebelles syriens et l'armée turque encerclent al-Bab. "
                + "« L'ennemi a reculé vers le sud », a affirmé à l'AFP un commandant rebelle joint par téléphone.")
                .force("free-syrian-army", "rebelles syriens").force("turkish-army", "armée turque").outlet("afp", "AFP")
                .place("al-bab", "al-Bab"));
        assertEquals("force/free-syrian-army", containing(cs, "L'ennemi a reculé vers le sud").claimant);
    }

    @Test void adverbBetweenAuxiliaryAndVerb() {
        List<Claim> cs = claims(TestDocs.of("« Le barrage ouvre la route de Raqqa », avait alors affirmé leur porte-parole, Talal Silo.")
                .person("talal-silo", "Talal Silo").place("raqqa", "Raqqa"));
        assertEquals("person/talal-silo", containing(cs, "Le barrage ouvre la route de Raqqa").claimant);
    }

    @Test void unnamedSourcesTakeTheForceOfTheirNationalityElseNobody() {
        List<Claim> cs = claims(TestDocs.of("La coalition poursuit ses frappes. "
                + "Selon des sources militaires irakiennes, l'armée irakienne a atteint le centre de Mossoul. "
                + "Selon des sources sécuritaires, l'EI a perdu 60% de son territoire.")
                .force("international-coalition", "coalition").force("iraqi-army", "armée irakienne").force("isis", "EI")
                .place("mosul", "Mossoul"));
        assertEquals("force/iraqi-army", containing(cs, "a atteint le centre de Mossoul").claimant);
        assertEquals(null, containing(cs, "a perdu 60% de son territoire").claimant);
    }

    @Test void aCivilianRoleDoesNotSpeakForTheForceAndTheMediumNationalityIsNotHis() {
        List<Claim> cs = claims(TestDocs.of("Les FDS encerclent Raqqa. « La situation est catastrophique », a confié un médecin de l'hôpital de Raqqa. "
                + "L'armée syrienne avance. « Nous avons trouvé un dépôt d'armes », a expliqué un soldat à l'agence russe RIA.")
                .force("syrian-democratic-forces", "FDS").force("syrian-army", "armée syrienne").force("russian-army", "armée russe")
                .outlet("ria", "RIA").place("raqqa", "Raqqa"));
        assertEquals(null, containing(cs, "La situation est catastrophique").claimant);
        assertEquals("force/syrian-army", containing(cs, "Nous avons trouvé un dépôt").claimant);
    }

    @Test void denialWithAnObjectAfterAnApposedSpeaker() {
        List<Claim> cs = claims(TestDocs.of("Le porte-parole du gouvernement, Saad al-Hadithi, a démenti toute présence de milices à Tal Afar.")
                .person("saad-al-hadithi", "Saad al-Hadithi").place("tal-afar", "Tal Afar"));
        assertEquals("person/saad-al-hadithi", containing(cs, "toute présence de milices à Tal Afar").claimant);
    }

    @Test void aQualifiedDefiniteRoleOnlyRefersToAPersonItFits() {
        List<Claim> cs = claims(TestDocs.of("L'armée irakienne a lancé l'assaut, a annoncé le Premier ministre irakien Haider al-Abadi. "
                + "Le ministre de la Défense, Khaled al-Obeidi, s'est rendu au front. "
                + "Le ministre iranien des Affaires étrangères a averti que Téhéran ne resterait pas les bras croisés. "
                + "Le ministre de la Défense a assuré que la ville serait reprise.")
                .person("haider-al-abadi", "Haider al-Abadi").person("khaled-al-obeidi", "Khaled al-Obeidi").force("iraqi-army", "armée irakienne"));
        assertTrue(cs.stream().noneMatch(c -> c.text.contains("Téhéran") && c.claimant != null && c.claimant.startsWith("person/")),
                "the Iranian minister is neither Abadi nor Obeidi");
        assertEquals("person/khaled-al-obeidi", containing(cs, "la ville serait reprise").claimant);
    }

    @Test void pourWithAnApposedNameBeforeAQuoteOrAClause() {
        List<Claim> cs = claims(TestDocs.of("Pour le porte-parole de la coalition, le colonel Steve Warren, « la bataille sera longue ». "
                + "Pour le chef de la police, le général Ali Kamal, les jihadistes sont encerclés.")
                .force("international-coalition", "coalition").person("steve-warren", "Steve Warren").person("ali-kamal", "Ali Kamal"));
        assertEquals("person/steve-warren", containing(cs, "la bataille sera longue").claimant);
        Claim c = containing(cs, "les jihadistes sont encerclés");
        assertEquals("person/ali-kamal", c.claimant);
        assertEquals("les jihadistes sont encerclés", c.text);
    }

    @Test void thePoliceSpeaksWhenNoneWasNamedBefore() {
        Claim c = containing(claims(TestDocs.of("Des combats ont eu lieu à Kirkouk. La police fédérale a affirmé avoir arrêté 20 suspects.")
                .place("kirkuk", "Kirkouk")), "avoir arrêté 20 suspects");
        assertEquals("org/police-federale", c.claimant);
    }

    @Test void etDajouterContinuesTheLastSpeaker() {
        List<Claim> cs = claims(TestDocs.of("« Nous sommes prêts », assure le commandant Ali Hussein. Et d'ajouter : « Daech ne tiendra pas une semaine. »")
                .person("ali-hussein", "Ali Hussein").force("isis", "Daech"));
        assertEquals("person/ali-hussein", containing(cs, "Daech ne tiendra pas une semaine").claimant);
    }

    @Test void theDatelineIsNeitherSpeakerNorClaim() {
        Claim c = containing(claims(TestDocs.of("BAGHOUZ (Syrie), 20 mars 2019 (Reuters) - Les FDS ont annoncé mercredi avoir pris un camp de l'EI.")
                .outlet("reuters", "Reuters").force("syrian-democratic-forces", "FDS").force("isis", "EI")), "avoir pris un camp");
        assertEquals("force/syrian-democratic-forces", c.claimant);
        assertTrue(!c.text.contains("BAGHOUZ"), c.text);
    }

    @Test void unresolvedButNamedSpeakerKeepsTheClaim() {
        Claim c = containing(claims(TestDocs.of("Des responsables kurdes ont affirmé que des centaines de jihadistes s'étaient rendus.")),
                "des centaines de jihadistes s'étaient rendus");
        assertEquals(null, c.claimant);
    }

    @Test void pronounFollowsAnUnnamedSpeakerAfterTheVerb() {
        List<Claim> cs = claims(TestDocs.of("Le ministre Hulusi Akar a parlé hier. "
                + "« Nous avons perdu beaucoup d'hommes », a reconnu un combattant des FDS, sous couvert d'anonymat. "
                + "« Mais nous allons gagner », a-t-il martelé.")
                .person("hulusi-akar", "Hulusi Akar").force("syrian-democratic-forces", "FDS"));
        assertEquals("force/syrian-democratic-forces", containing(cs, "Nous avons perdu beaucoup").claimant);
        assertEquals("force/syrian-democratic-forces", containing(cs, "Mais nous allons gagner").claimant);
    }

    @Test void theHeadlineIsNotReportedSpeech() {
        List<Claim> cs = claims(TestDocs.of("Syrie : Ankara annonce la prise d'al-Bab\n\nLa Turquie a annoncé jeudi la prise d'al-Bab, a-t-on appris.")
                .title("Syrie : Ankara annonce la prise d'al-Bab").place("ankara", "Ankara").place("turkey", "Turquie").place("al-bab", "al-Bab"));
        assertEquals(1, cs.size(), () -> cs.stream().map(c -> c.text).toList().toString());
        assertEquals("place/turkey", cs.get(0).claimant);
    }

    @Test void aRoleFollowedByAnUnknownNameIsThatPersonAndTheSplitQuoteIsHis() {
        List<Claim> cs = claims(TestDocs.of("L'armée irakienne avance. « Nous avons encerclé la vieille ville », a expliqué le général Yarallah, "
                + "cité par l'agence INA. « Il ne leur reste que quelques quartiers.\n\n« Ce sera fini dans une semaine », a-t-il conclu.")
                .force("iraqi-army", "armée irakienne").outlet("ina", "INA"));
        assertEquals("person/yarallah", containing(cs, "Nous avons encerclé la vieille ville").claimant);
        Claim split = containing(cs, "Ce sera fini dans une semaine");
        assertEquals("person/yarallah", split.claimant);
        assertTrue(split.text.contains("quartiers. Ce sera fini"), split.text);
    }

    @Test void theNationalityOfTheSpeakerIsReadPastTheAddressedMedium() {
        List<Claim> cs = claims(TestDocs.of("Les jihadistes de l'EI résistent. L'armée irakienne progresse. "
                + "« Les jihadistes utilisent des boucliers humains », a déclaré à l'agence Reuters un officier irakien.")
                .force("isis", "EI", "jihadistes").force("iraqi-army", "armée irakienne").outlet("reuters", "Reuters"));
        Claim c = containing(cs, "boucliers humains");
        assertEquals("force/iraqi-army", c.claimant);
        assertTrue(c.relays.contains("outlet/reuters"));
    }

    @Test void quotedFragmentsInsideASelonFrameMakeOneReportedClaim() {
        List<Claim> cs = claims(TestDocs.of("Le colonel Ryan Dillon s'est montré prudent. Selon lui, « environ 100 combattants » pourraient encore se cacher dans des tunnels de Raqqa.")
                .person("ryan-dillon", "Ryan Dillon").place("raqqa", "Raqqa"));
        Claim c = containing(cs, "pourraient encore se cacher dans des tunnels");
        assertTrue(c.text.contains("environ 100 combattants"), c.text);
        assertEquals("person/ryan-dillon", c.claimant);
        assertEquals(1, cs.size(), "the quoted fragment is part of the reported claim, not a second claim");
    }

    @Test void pourFrameAroundAQuotedFragment() {
        List<Claim> cs = claims(TestDocs.of("Pour le Premier ministre Haider al-Abadi, cette destruction constitue « une déclaration officielle de défaite » des jihadistes.")
                .person("haider-al-abadi", "Haider al-Abadi"));
        Claim c = containing(cs, "cette destruction constitue");
        assertEquals("person/haider-al-abadi", c.claimant);
    }

    @Test void proclamationSalutationAccusationAndCountsWithAnObject() {
        List<Claim> cs = claims(TestDocs.of("Les FDS ont proclamé samedi la victoire totale sur l'EI à Baghouz. "
                + "L'OSDH a pour sa part recensé quelque 630 civils tués depuis septembre. "
                + "Amnesty International accuse la coalition d'avoir causé des centaines de victimes.")
                .force("syrian-democratic-forces", "FDS").force("isis", "EI").place("baghouz", "Baghouz")
                .entity(EntityType.ORGANIZATION, "sohr", "OSDH").entity(EntityType.ORGANIZATION, "amnesty-international", "Amnesty International"));
        assertEquals("force/syrian-democratic-forces", containing(cs, "la victoire totale").claimant);
        assertEquals("org/sohr", containing(cs, "630 civils tués").claimant);
        assertEquals("org/amnesty-international", containing(cs, "d'avoir causé des centaines").claimant);
    }

    @Test void aProclamationNounOrACoordinatedParticipleIsNarration() {
        assertTrue(claims(TestDocs.of("L'armée a repris Palmyre, infligeant une défaite à l'EI depuis la proclamation de son califat. "
                + "En 2014, les jihadistes y avaient pris la base et proclamé la fondation de leur capitale.")
                .force("syrian-army", "armée").force("isis", "EI").place("palmyra", "Palmyre")).isEmpty());
    }

    @Test void selonLuiRefersToThePersonEarlierInTheSameSentence() {
        List<Claim> cs = claims(TestDocs.of("« Nous dédions cette victoire aux femmes », a déclaré Rojda Felat. "
                + "Le porte-parole de la coalition, le colonel Ryan Dillon, s'est montré plus prudent : selon lui, des jihadistes pourraient encore se cacher dans des tunnels.")
                .person("rojda-felat", "Rojda Felat").person("ryan-dillon", "Ryan Dillon"));
        assertEquals("person/ryan-dillon", containing(cs, "pourraient encore se cacher").claimant);
    }

    @Test void opinionClaimKeepsItsAuxiliary() {
        List<Claim> cs = claims(TestDocs.of("Dans un message publié sur Twitter, l'émissaire américain Brett McGurk a félicité les forces irakiennes.")
                .person("brett-mcgurk", "Brett McGurk"));
        assertEquals("person/brett-mcgurk", containing(cs, "a félicité les forces irakiennes").claimant);
    }

    @Test void pourAnOrganisationWithItsArticle() {
        List<Claim> cs = claims(TestDocs.of("Pour l'Observatoire syrien des droits de l'homme (OSDH), une ONG basée au Royaume-Uni, les jihadistes se sont retirés de la ville. "
                + "Pour le moment, les combats continuent dans le désert.")
                .entity(EntityType.ORGANIZATION, "sohr", "Observatoire syrien des droits de l'homme"));
        assertEquals("org/sohr", containing(cs, "les jihadistes se sont retirés de la ville").claimant);
        assertEquals(1, cs.size(), "'Pour le moment' is no frame");
    }

    @Test void concernWithAQuotedAdjectiveKeepsTheVerb() {
        List<Claim> cs = claims(TestDocs.of("Lise Grande, coordinatrice humanitaire de l'ONU en Irak, s'est dite « profondément inquiète » pour le sort des civils.")
                .person("lise-grande", "Lise Grande"));
        assertEquals("person/lise-grande", containing(cs, "s'est dite « profondément inquiète » pour le sort").claimant);
    }

    @Test void aTrailingParticipleClauseIsNotPartOfTheInvertedSpeaker() {
        List<Claim> cs = claims(TestDocs.of("Les forces irakiennes ont repris dimanche le dernier quartier de Fallouja, a annoncé le commandant de l'opération, "
                + "mettant fin à deux ans de domination de l'Etat islamique sur la ville. "
                + "« Fallouja est totalement libérée », a déclaré à la télévision le général Abdoul Wahab al Saadi.")
                .force("isis", "Etat islamique").force("iraqi-army", "forces irakiennes").place("fallujah", "Fallouja")
                .person("abdul-wahab-al-saadi", "Abdoul Wahab al Saadi"));
        assertEquals("person/abdul-wahab-al-saadi", containing(cs, "ont repris dimanche le dernier quartier").claimant,
                "the commander is named next; the group in the participle clause is not the speaker");
    }

    @Test void theAcronymAfterALongOrganisationNameNamesIt() {
        List<Claim> cs = claims(TestDocs.of("Le Haut Commissariat des Nations unies pour les réfugiés (HCR) estime pour sa part que plus de 85.000 personnes ont fui la ville.")
                .entity(EntityType.ORGANIZATION, "united-nations", "Nations unies").entity(EntityType.ORGANIZATION, "unhcr", "HCR"));
        assertEquals("org/unhcr", containing(cs, "85.000 personnes ont fui").claimant);
    }

    @Test void aParticipleClauseInsideAQueClaimIsASecondClaimOfTheSameSpeaker() {
        List<Claim> cs = claims(TestDocs.of("Le directeur des Antiquités, Maamoun Abdelkarim, a estimé que les dégâts infligés au site étaient limités, "
                + "tout en confirmant la destruction de la façade du théâtre romain.")
                .person("maamoun-abdelkarim", "Maamoun Abdelkarim"));
        assertEquals(2, cs.size());
        Claim first = containing(cs, "les dégâts infligés au site étaient limités");
        assertTrue(!first.text.contains("théâtre"), first.text);
        assertEquals("person/maamoun-abdelkarim", first.claimant);
        assertEquals("person/maamoun-abdelkarim", containing(cs, "tout en confirmant la destruction de la façade").claimant);
    }

    @Test void selonSonOrganisationIsTheOrganisationOfTheSpeakerJustNamed() {
        List<Claim> cs = claims(TestDocs.of("« Les jihadistes se sont retirés », a précisé à RFI Rami Abdel Rahmane, le directeur de l'OSDH. "
                + "Selon son organisation, au moins 1 200 jihadistes ont été tués depuis septembre.")
                .person("rami-abdel-rahmane", "Rami Abdel Rahmane").entity(EntityType.ORGANIZATION, "sohr", "OSDH").outlet("rfi", "RFI"));
        assertEquals("org/sohr", containing(cs, "au moins 1 200 jihadistes").claimant);
    }

    @Test void presentPassiveWithComme() {
        List<Claim> cs = claims(TestDocs.of("La reprise de Tikrit, à 160 km au nord de Bagdad, est présentée par le gouvernement irakien comme une répétition générale avant la bataille de Mossoul.")
                .entity(EntityType.ORGANIZATION, "iraqi-government", "gouvernement irakien").place("tikrit", "Tikrit").place("mosul", "Mossoul"));
        Claim c = containing(cs, "une répétition générale avant la bataille de Mossoul");
        assertEquals("org/iraqi-government", c.claimant);
        assertTrue(!c.text.contains("gouvernement"), "the speaker is cut out of the claim: " + c.text);
    }

    @Test void aHeadlineLineAboveTheLeadIsNoClaim() {
        String lead = "BAGDAD (AFP) - Le Premier ministre irakien Haider al-Abadi a annoncé jeudi la libération totale de Tal Afar, "
                + "huit jours seulement après le début de l'offensive lancée par les forces irakiennes contre les jihadistes dans le nord du pays.";
        List<Claim> cs = claims(TestDocs.of("Irak : le Premier ministre annonce la libération totale de Tal Afar\n\n" + lead)
                .person("haider-al-abadi", "Haider al-Abadi").place("tal-afar", "Tal Afar"));
        assertEquals(1, cs.size(), cs.stream().map(c -> c.text).toList().toString());
        assertEquals("person/haider-al-abadi", containing(cs, "la libération totale de Tal Afar, huit jours").claimant);
    }

    @Test void anApposedNameBeforeAnOpinionVerbBecomesThePerson() {
        List<Claim> cs = claims(TestDocs.of("Lors d'une cérémonie, le commandant en chef des FDS, Mazloum Abdi, a appelé la communauté internationale à ne pas abandonner les forces kurdes.")
                .force("syrian-democratic-forces", "FDS"));
        assertEquals("person/mazloum-abdi", containing(cs, "la communauté internationale à ne pas abandonner").claimant);
    }
}
