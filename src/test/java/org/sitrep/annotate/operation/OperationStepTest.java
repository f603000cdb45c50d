package org.sitrep.annotate.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.claim.TestDocs;
import org.sitrep.extract.Operation;

/** Captures, entries and anaphora that are steps of the article's operation rather than operations of their own. */
class OperationStepTest {

    /** Annotates the document after giving places their subtypes (place key → subtype). */
    private static List<Operation> ops(TestDocs t, Map<String, String> subtypes) {
        AnnotatedDocument doc = t.build();
        subtypes.forEach((k, v) -> doc.entities().get("place/" + k).subtype = v);
        new OperationAnnotator().annotate(doc);
        return doc.layer(Operation.class);
    }

    private static Operation only(List<Operation> os) {
        assertEquals(1, os.size(), () -> "operations: " + os.stream().map(o -> o.key + o.targets + o.participants).toList());
        return os.get(0);
    }

    @Test void enteringADistrictOfTheBattleIsAStepOfIt() {
        Operation o = only(ops(TestDocs.of("L'armée irakienne a lancé la bataille de Mossoul. Mardi, les forces spéciales sont entrées dans le quartier d'Al-Tahrir.")
                .force("iraqi-army", "armée irakienne").force("iraqi-cts", "forces spéciales").place("mosul", "Mossoul").place("al-tahrir", "Al-Tahrir"),
                Map.of("al-tahrir", "neighbourhood", "mosul", "city")));
        assertEquals(List.of("place/mosul"), List.copyOf(o.targets));
        assertTrue(o.participants.contains("force/iraqi-cts"), () -> "participants " + o.participants);
    }

    @Test void retakingTheAirportOfTheCityJoinsTheOffensiveOnItsWesternPart() {
        Operation o = only(ops(TestDocs.of("Les forces irakiennes ont lancé l'offensive sur Mossoul-Ouest. Jeudi, les forces irakiennes ont repris l'aéroport de Mossoul.")
                .force("iraqi-security-forces", "forces irakiennes").place("west-mosul", "Mossoul-Ouest").place("mosul-airport", "aéroport de Mossoul"),
                Map.of("mosul-airport", "airport")));
        assertEquals(List.of("place/west-mosul"), List.copyOf(o.targets));
    }

    @Test void takingTheTargetAgainIsTheSameOperation() {
        only(ops(TestDocs.of("Les FDS ont lancé une offensive sur Manbij. Après deux mois, les FDS prennent le contrôle total de Manbij.")
                .force("syrian-democratic-forces", "FDS").place("manbij", "Manbij"), Map.of()));
    }

    @Test void aCaptureElsewhereByTheSameForcesIsAStepButAnotherFrontStays() {
        only(ops(TestDocs.of("Les peshmergas ont lancé une offensive sur Bashiqa. Les peshmergas ont repris Tall Kayf.")
                .force("peshmerga", "peshmergas").place("bashiqa", "Bashiqa").place("tall-kayf", "Tall Kayf"), Map.of()));
        List<Operation> two = ops(TestDocs.of("Les peshmergas ont lancé une offensive sur Bashiqa. En Syrie, les troupes de la coalition visent Raqa.")
                .force("peshmerga", "peshmergas").force("international-coalition", "coalition").place("bashiqa", "Bashiqa").place("raqqa", "Raqa"), Map.of());
        assertEquals(2, two.size());
    }

    @Test void anAnaphorBeforeTheOperationIsNamedDoesNotMakeAnOperationOnALandmark() {
        Operation o = only(ops(TestDocs.of("Sur le rond-point al-Naïm, les combattantes ont brandi leur drapeau. L'assaut avait commencé en juin. "
                + "Elles ont combattu pendant des semaines. Les FDS ont lancé l'offensive sur Raqqa avec la coalition.")
                .force("syrian-democratic-forces", "FDS").force("international-coalition", "coalition").place("al-naim", "rond-point al-Naïm").place("raqqa", "Raqqa"),
                Map.of("al-naim", "roundabout")));
        assertEquals(List.of("place/raqqa"), List.copyOf(o.targets));
    }

    @Test void aLaterTargetlessAnaphorIsTheMainOperation() {
        Operation o = only(ops(TestDocs.of("L'armée irakienne a lancé une offensive sur Ramadi. Les civils fuient vers Bagdad. Les routes sont coupées. "
                + "Les camps sont pleins. Les ONG alertent. Le froid arrive. L'offensive a été ralentie par les mines.")
                .force("iraqi-army", "armée irakienne").place("ramadi", "Ramadi").place("baghdad", "Bagdad"), Map.of()));
        assertEquals(2, o.mentions.size());
    }

    @Test void anAssaultOnARiverBankIsPartOfTheCitysBattle() {
        Operation o = only(ops(TestDocs.of("Les forces irakiennes ont lancé l'offensive sur Mossoul le 17 octobre. Elles ont lancé le 19 février l'assaut sur la rive ouest du Tigre.")
                .force("iraqi-security-forces", "forces irakiennes").place("mosul", "Mossoul").place("tigris", "Tigre"), Map.of("tigris", "river")));
        assertEquals(List.of("place/mosul"), List.copyOf(o.targets));
    }

    @Test void anAssaultNamedOnALocalPlaceIsItsOwnOperationPartOfTheCitysBattle() {
        List<Operation> os = ops(TestDocs.of("Les forces irakiennes sont entrées dans la vieille ville de Mossoul. L'assaut sur la vieille ville, dernier secteur "
                + "tenu par l'EI, a été lancé dimanche. Le froid arrive. L'offensive pour reprendre Mossoul a débuté en octobre.")
                .force("iraqi-security-forces", "forces irakiennes").force("isis", "EI").place("mosul-old-city", "vieille ville de Mossoul").place("mosul", "Mossoul"),
                Map.of("mosul-old-city", "old-city"));
        assertEquals(2, os.size(), () -> "operations: " + os.stream().map(o -> o.key + o.targets).toList());
        Operation oldCity = os.stream().filter(o -> o.targets.contains("place/mosul-old-city")).findFirst().orElseThrow();
        Operation city = os.stream().filter(o -> o.targets.contains("place/mosul")).findFirst().orElseThrow();
        assertEquals(city.key, oldCity.partOf);
    }

    @Test void anAnaphorWithAGoalPlaceBringsTheForcesOfTheTargetlessOperationBeforeIt() {
        Operation o = only(ops(TestDocs.of("L'opération vise à reprendre toute la vallée de l'Oronte. "
                + "Les forces syriennes ont lancé mardi une vaste offensive au nord de la province contre le groupe Etat islamique. "
                + "L'opération militaire est dirigée par l'armée syrienne avec l'appui aérien de l'aviation russe. "
                + "L'offensive vise à reprendre les villages le long de l'Oronte depuis le barrage de Rastan.")
                .force("syrian-forces", "forces syriennes").force("syrian-army", "armée syrienne").force("russian-air-force", "aviation russe")
                .force("isis", "groupe Etat islamique").place("orontes", "Oronte").place("rastan-dam", "barrage de Rastan"), Map.of("orontes", "river")));
        assertTrue(o.targets.contains("place/orontes"), () -> "targets " + o.targets);
        assertTrue(o.participants.containsAll(List.of("force/syrian-forces", "force/syrian-army", "force/russian-air-force")), () -> "participants " + o.participants);
        assertEquals("vaste offensive au nord de la province", o.label);
    }
}
