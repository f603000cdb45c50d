package org.sitrep.annotate.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.claim.TestDocs;
import org.sitrep.extract.Operation;

/** Wire-copy wordings of operations: "la prise de X", "l'offensive, lancée le …, a mobilisé X, Y et Z". */
class OperationWireStyleTest {

    private static List<Operation> ops(TestDocs t) {
        AnnotatedDocument doc = t.build();
        new OperationAnnotator().annotate(doc);
        return doc.layer(Operation.class);
    }

    @Test void captureNounWithAPlaceIsAnOperation() {
        List<Operation> os = ops(TestDocs.of("Les forces kurdes ont célébré dimanche la prise de Baghouz, dernier réduit du groupe EI.")
                .force("syrian-democratic-forces", "forces kurdes").force("isis", "EI").place("baghouz", "Baghouz"));
        assertEquals(1, os.size());
        assertEquals(List.of("place/baghouz"), List.copyOf(os.get(0).targets));
    }

    @Test void captureNounWithoutAPlaceIsNot() {
        assertTrue(ops(TestDocs.of("La prise d'otages a duré deux heures près de Mossoul. Une prise de position claire.")
                .place("mosul", "Mossoul")).isEmpty());
    }

    @Test void forcesMobilisedByTheOperationAreParticipants() {
        List<Operation> os = ops(TestDocs.of("L'offensive sur Fallouja, lancée le 23 mai, a mobilisé l'armée, la police et le CTS contre l'EI.")
                .place("fallujah", "Fallouja").force("iraqi-army", "armée").force("iraqi-police", "police").force("iraqi-cts", "CTS")
                .force("isis", "EI"));
        assertEquals(1, os.size());
        assertEquals(List.of("force/iraqi-army", "force/iraqi-cts", "force/iraqi-police"), os.get(0).participants.stream().sorted().toList());
    }

    @Test void aVerbOfAnotherClauseDoesNotMobilise() {
        List<Operation> os = ops(TestDocs.of("L'offensive sur Fallouja se poursuit. Le gouvernement a mobilisé la police à Bagdad.")
                .place("fallujah", "Fallouja").force("iraqi-police", "police"));
        assertEquals(1, os.size());
        assertTrue(os.get(0).participants.isEmpty());
    }

    @Test void captureOfAPartOfAPlaceJoinsItsOperation() {
        List<Operation> os = ops(TestDocs.of("Les FDS avaient pris en mai la ville de Tabqa. La prise du barrage de Tabqa a ouvert la route.")
                .force("syrian-democratic-forces", "FDS").place("tabqa", "Tabqa").place("tabqa-dam", "barrage de Tabqa"));
        assertEquals(1, os.size(), () -> "operations: " + os.stream().map(o -> o.key + o.targets).toList());
        assertTrue(os.get(0).targets.contains("place/tabqa"));
    }

    @Test void pronounOfTheOperationMobilisesItsForces() {
        List<Operation> os = ops(TestDocs.of("L'offensive sur Tall Afar avait été lancée dimanche. Elle a mobilisé l'armée et la police fédérale.")
                .place("tal-afar", "Tall Afar").force("iraqi-army", "armée").force("iraqi-federal-police", "police fédérale"));
        assertEquals(1, os.size());
        assertEquals(List.of("force/iraqi-army", "force/iraqi-federal-police"), os.get(0).participants.stream().sorted().toList());
    }

    @Test void drivingOutAGroupNamedWithItsAcronymIsAnOperation() {
        List<Operation> os = ops(TestDocs.of("Les forces irakiennes ont chassé l'organisation État islamique (OEI) de la ville de Tal Afar.")
                .force("iraqi-security-forces", "forces irakiennes").force("isis", "État islamique").place("tal-afar", "Tal Afar"));
        assertEquals(1, os.size());
        assertEquals(List.of("force/iraqi-security-forces"), List.copyOf(os.get(0).participants));
    }

    @Test void placeRetakenFromTheEnemyAfterADay() {
        List<Operation> os = ops(TestDocs.of("Les forces irakiennes ont repris jeudi aux jihadistes du groupe Etat islamique (EI) la ville de Qayyarah, au sud.")
                .force("iraqi-security-forces", "forces irakiennes").force("isis", "groupe Etat islamique").place("qayyarah", "Qayyarah"));
        assertEquals(1, os.size());
        assertEquals(List.of("place/qayyarah"), List.copyOf(os.get(0).targets));
        assertEquals(List.of("force/iraqi-security-forces"), List.copyOf(os.get(0).participants));
    }

    @Test void battleForThisVillageIsTheBattleJustNamedNotOneOnTheRiver() {
        List<Operation> os = ops(TestDocs.of("Les FDS ont annoncé la prise de Baghouz. La bataille pour ce village sur la rive de l'Euphrate avait été lancée en février.")
                .force("syrian-democratic-forces", "FDS").place("baghouz", "Baghouz").place("euphrates", "Euphrate"));
        assertEquals(1, os.size(), () -> "operations: " + os.stream().map(o -> o.key + o.targets).toList());
        assertEquals(List.of("place/baghouz"), List.copyOf(os.get(0).targets));
    }

    @Test void definiteMentionFarFromAnyOperationIsTheMainOne() {
        List<Operation> os = ops(TestDocs.of("L'armée proclame la reprise de Ramadi. Le drapeau a été hissé. Les civils sont partis. "
                + "Les combattants ont fui vers le quartier de Soufiya. Le général a parlé. La ville est en ruines. "
                + "L'essentiel de l'assaut a été mené par le CTS.")
                .force("iraqi-cts", "CTS").place("ramadi", "Ramadi").place("soufiya", "Soufiya"));
        assertEquals(1, os.size(), () -> "operations: " + os.stream().map(o -> o.key + o.targets).toList());
        assertEquals(List.of("place/ramadi"), List.copyOf(os.get(0).targets));
        assertEquals(List.of("force/iraqi-cts"), List.copyOf(os.get(0).participants));
    }
}
