package org.sitrep.annotate.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.claim.TestDocs;
import org.sitrep.extract.Operation;

/** Operations reported through what a force does to a place rather than through a trigger noun. */
class OperationActionTest {

    private static List<Operation> ops(TestDocs t) {
        AnnotatedDocument doc = t.build();
        new OperationAnnotator().annotate(doc);
        return doc.layer(Operation.class);
    }

    private static Operation only(List<Operation> os) {
        assertEquals(1, os.size(), () -> "operations: " + os.stream().map(o -> o.key + o.targets + o.participants).toList());
        return os.get(0);
    }

    @Test void forceAimingAtAPlaceIsAnOperationWithItsSubjectAsParticipant() {
        Operation o = only(ops(TestDocs.of("De l'autre côté de la frontière, les troupes de la coalition visent Raqa, bastion de l'EI.")
                .force("international-coalition", "coalition").force("isis", "EI").place("raqqa", "Raqa")));
        assertEquals(List.of("place/raqqa"), List.copyOf(o.targets));
        assertEquals(List.of("force/international-coalition"), List.copyOf(o.participants));
        assertEquals(List.of("force/isis"), List.copyOf(o.opponents));
    }

    @Test void enteringAPlaceWithCoordinatedSubjects() {
        Operation o = only(ops(TestDocs.of("La coalition internationale et les troupes irakiennes sont parvenues à pénétrer à Karama, un quartier.")
                .force("international-coalition", "coalition internationale").force("iraqi-security-forces", "troupes irakiennes")
                .place("karama", "Karama")));
        assertEquals(List.of("place/karama"), List.copyOf(o.targets));
        assertEquals(List.of("force/international-coalition", "force/iraqi-security-forces"), List.copyOf(o.participants));
    }

    @Test void islamicStateSeizingATownIsItsOperation() {
        Operation o = only(ops(TestDocs.of("Le groupe Etat islamique s'est emparé dimanche de Ramadi, chef-lieu de la province.")
                .force("isis", "Etat islamique").place("ramadi", "Ramadi")));
        assertEquals(List.of("force/isis"), List.copyOf(o.participants));
        assertTrue(o.opponents.isEmpty());
    }

    @Test void plansAndNamelessSubjectsAreNotOperations() {
        assertTrue(ops(TestDocs.of("Les milices se préparent à entrer dans Fallouja. Les combattants ont pénétré dans Raqqa.")
                .place("fallujah", "Fallouja").place("raqqa", "Raqqa").force("popular-mobilization-forces", "milices")).isEmpty());
    }

    @Test void movementNounGivesForceAndPlace() {
        Operation o = only(ops(TestDocs.of("L'avancée de l'armée irakienne vers Tal Afar se poursuit.")
                .force("iraqi-army", "armée irakienne").place("tal-afar", "Tal Afar")));
        assertEquals(List.of("place/tal-afar"), List.copyOf(o.targets));
        assertEquals(List.of("force/iraqi-army"), List.copyOf(o.participants));
    }

    @Test void pushOnACityDistrictIsItsOwnOperationPartOfTheCityBattle() {
        List<Operation> os = ops(TestDocs.of("L'avancée de l'armée irakienne fait fuir les chefs de Daech à Mossoul. "
                + "Les forces de sécurité irakiennes s'approchaient du complexe gouvernemental dans l'ouest de Mossoul. "
                + "Des civils ont fui depuis le début de l'offensive pour Mossoul-Ouest. "
                + "Le début de l'offensive sur Mossoul a été annoncé en octobre.")
                .force("iraqi-army", "armée irakienne").force("iraqi-security-forces", "forces de sécurité irakiennes").force("isis", "Daech")
                .place("west-mosul", "Mossoul-Ouest").place("mosul", "Mossoul"));
        assertEquals(2, os.size());
        Operation west = os.stream().filter(o -> o.targets.iterator().next().equals("place/west-mosul")).findFirst().orElseThrow();
        Operation city = os.stream().filter(o -> o.targets.iterator().next().equals("place/mosul")).findFirst().orElseThrow();
        assertTrue(west.participants.containsAll(List.of("force/iraqi-army", "force/iraqi-security-forces")), () -> os.stream().map(o -> o.key + o.targets + o.participants + o.altLabels).toList().toString());
        assertEquals(city.key, west.partOf);
        assertNull(city.partOf);
    }

    @Test void defendersAreOpponentsAndTheAttackerNamedAfterTheTriggerParticipates() {
        Operation o = only(ops(TestDocs.of("Les combattants kurdes défendant Kobané ont repoussé un nouvel assaut du groupe jihadiste Etat islamique.")
                .force("ypg", "combattants kurdes").force("isis", "Etat islamique").place("kobani", "Kobané")));
        assertEquals(List.of("place/kobani"), List.copyOf(o.targets));
        assertEquals(List.of("force/isis"), List.copyOf(o.participants));
        assertEquals(List.of("force/ypg"), List.copyOf(o.opponents));
    }

    @Test void placeOfOriginIsNotTheTarget() {
        Operation o = only(ops(TestDocs.of("Les FDS ont pris le contrôle de Manbij. L'offensive lancée fin mai depuis le barrage de Tichrine a coupé une route.")
                .force("syrian-democratic-forces", "FDS").place("manbij", "Manbij").place("tishrin-dam", "barrage de Tichrine")));
        assertEquals(List.of("place/manbij"), List.copyOf(o.targets));
    }

    @Test void forcesThatJoinTheFightingAndAlliedStrikesAreParticipants() {
        Operation o = only(ops(TestDocs.of("Les forces irakiennes ont repris jeudi la ville de Hawija. Le lancement de l'offensive avait été annoncé le 21 septembre. "
                + "L'armée irakienne et la police fédérale ont participé aux combats, avec l'appui aérien de la coalition. "
                + "D'intenses frappes aériennes de la coalition ont précédé l'assaut.")
                .force("iraqi-security-forces", "forces irakiennes").force("iraqi-army", "armée irakienne").force("iraqi-federal-police", "police fédérale")
                .force("international-coalition", "coalition").place("hawija", "Hawija")));
        assertEquals(List.of("place/hawija"), List.copyOf(o.targets));
        assertEquals(java.util.Set.of("force/iraqi-security-forces", "force/iraqi-army", "force/iraqi-federal-police", "force/international-coalition"),
                java.util.Set.copyOf(o.participants));
    }

    @Test void sinceTheStartOfTheOperationRefersToTheMainOperation() {
        List<Operation> os = ops(TestDocs.of("Les FDS ont lancé une offensive sur Raqqa avec l'appui de la coalition. Les combats font rage. "
                + "Erdogan a dit que l'objectif suivant serait Manbij, tenue par des combattants kurdes. Des civils fuient. La ville est détruite. "
                + "Au moins 69 soldats ont été tués depuis le début de l'opération.")
                .force("syrian-democratic-forces", "FDS").force("international-coalition", "coalition").force("ypg", "combattants kurdes")
                .place("raqqa", "Raqqa").place("manbij", "Manbij"));
        Operation o = only(os);
        assertEquals(List.of("place/raqqa"), List.copyOf(o.targets));
        assertEquals(2, o.mentions.size());
    }

    @Test void demonstrativeAssaultOnAnotherPlaceInheritsTheForcesOfTheOperationJustDescribed() {
        List<Operation> os = ops(TestDocs.of("Les FDS avaient lancé l'ultime phase de leur offensive contre l'EI dans la province de Deir ez-Zor, "
                + "avec l'appui aérien de la coalition. Ce dernier assaut contre Baghouz durait depuis des semaines.")
                .force("syrian-democratic-forces", "FDS").force("international-coalition", "coalition").force("isis", "EI")
                .place("deir-ez-zor-governorate", "province de Deir ez-Zor").place("baghuz", "Baghouz"));
        assertEquals(2, os.size());
        Operation baghuz = os.stream().filter(o -> o.targets.contains("place/baghuz")).findFirst().orElseThrow();
        assertEquals(List.of("force/syrian-democratic-forces", "force/international-coalition"), List.copyOf(baghuz.participants));
    }

    @Test void listAfterLaunchedByStopsAtThePurpose() {
        Operation o = only(ops(TestDocs.of("Al-Bab était la cible de l'opération Bouclier de l'Euphrate, lancée par l'armée turque en août 2016 pour chasser l'EI et empêcher les milices kurdes d'avancer.")
                .force("turkish-army", "armée turque").force("isis", "EI").force("ypg", "milices kurdes").place("al-bab", "Al-Bab")));
        assertEquals(List.of("force/turkish-army"), List.copyOf(o.participants));
        assertEquals("operation-euphrates-shield", o.key);
    }

    @Test void takingANeighbouringLocalityIsAStepOfTheMainOperation() {
        Operation o = only(ops(TestDocs.of("L'assaut sur Al-Bab a été lancé par l'armée turque. Les rebelles sont entrés dans le centre et ont repris la localité voisine de Qabbasin.")
                .force("turkish-army", "armée turque").force("syrian-rebels", "rebelles").place("al-bab", "Al-Bab").place("qabbasin", "Qabbasin")));
        assertEquals(List.of("place/al-bab", "place/qabbasin"), List.copyOf(o.targets));
        assertTrue(o.participants.containsAll(List.of("force/turkish-army", "force/syrian-rebels")));
    }

    @Test void battleWithoutComplementTakesThePlaceOfItsSentenceButNotTheBacker() {
        Operation o = only(ops(TestDocs.of("Les rebelles syriens soutenus par Ankara ont pris jeudi le contrôle total d'al-Bab, au terme d'une bataille de plus de deux mois. "
                + "La coalition internationale a mené des frappes aériennes en soutien aux rebelles.")
                .force("syrian-rebels", "rebelles syriens", "rebelles").force("international-coalition", "coalition internationale")
                .place("ankara", "Ankara").place("al-bab", "al-Bab")));
        assertEquals(List.of("place/al-bab"), List.copyOf(o.targets));
        assertEquals(List.of("force/syrian-rebels", "force/international-coalition"), List.copyOf(o.participants));
    }

    @Test void bareAdvanceOfAForceJoinsTheOperationOnThePlaceJustNamed() {
        Operation o = only(ops(TestDocs.of("Une autre offensive suit son cours pour la reprise de Mossoul. La moitié ouest de Mossoul reste aux mains de l'EI. "
                + "Des kamikazes tentent de ralentir l'avancée de la coalition internationale. Plus loin, l'avancée des Peshmerga se poursuit.")
                .place("mosul", "Mossoul").force("international-coalition", "coalition internationale").force("peshmerga", "Peshmerga").force("isis", "EI")));
        assertEquals(List.of("place/mosul"), List.copyOf(o.targets));
        assertEquals(List.of("force/international-coalition"), List.copyOf(o.participants), "the Peshmerga advance names no place near it");
        assertTrue(ops(TestDocs.of("Raqqa est loin. L'avancée des FDS se poursuit.").place("raqqa", "Raqqa")
                .force("syrian-democratic-forces", "FDS")).isEmpty(), "no operation to join");
    }

    @Test void startDates() {
        Operation entry = only(ops(TestDocs.of("La coalition est parvenue, le 31 octobre, à pénétrer à Karama.")
                .force("international-coalition", "coalition").place("karama", "Karama").date("le 31 octobre", java.time.LocalDate.of(2016, 10, 31))));
        assertEquals(java.time.LocalDate.of(2016, 10, 31), entry.startDate, "an entry is dated by its sentence");
        Operation capture = only(ops(TestDocs.of("Les FDS ont pris vendredi le contrôle de Manbij.")
                .force("syrian-democratic-forces", "FDS").place("manbij", "Manbij").date("vendredi", java.time.LocalDate.of(2016, 8, 12))));
        assertNull(capture.startDate, "a capture ends an operation");
        Operation since = only(ops(TestDocs.of("La coalition entre dans Mossoul. Cette offensive sur Mossoul est la plus importante. "
                + "Depuis le 17 octobre, des milliers de soldats avancent.")
                .force("international-coalition", "coalition").place("mosul", "Mossoul").date("le 17 octobre", java.time.LocalDate.of(2016, 10, 17))));
        assertEquals(java.time.LocalDate.of(2016, 10, 17), since.startDate, "'Depuis le …' right after the operation is named");
    }

    @Test void namedOperationWithItsPlace() {
        Operation o = only(ops(TestDocs.of("L'armée turque poursuit l'opération Rameau d'olivier lancée contre les YPG à Afrine.")
                .force("turkish-army", "armée turque").force("ypg", "YPG").place("afrin", "Afrine")));
        assertEquals("operation-olive-branch", o.key);
        assertEquals(List.of("place/afrin"), List.copyOf(o.targets));
        assertEquals(List.of("force/ypg"), List.copyOf(o.opponents));
    }
}
