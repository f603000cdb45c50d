package org.sitrep.annotate.operation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.claim.TestDocs;
import org.sitrep.extract.Operation;

class OperationAnnotatorTest {

    private static List<Operation> ops(TestDocs t) {
        AnnotatedDocument doc = t.build();
        new OperationAnnotator().annotate(doc);
        return doc.layer(Operation.class);
    }

    private static Operation only(List<Operation> os) {
        assertEquals(1, os.size(), () -> "operations: " + os.stream().map(o -> o.key + o.targets + o.altLabels).toList());
        return os.get(0);
    }

    @Test void subjectLaunchesAnOffensiveOnATargetWithADate() {
        Operation o = only(ops(TestDocs.of("Les Forces démocratiques syriennes ont lancé mardi une offensive sur Manbij avec l'appui aérien de la coalition.")
                .force("syrian-democratic-forces", "Forces démocratiques syriennes").force("international-coalition", "coalition")
                .place("manbij", "Manbij").date("mardi", LocalDate.of(2016, 5, 31))));
        assertEquals(List.of("place/manbij"), List.copyOf(o.targets));
        assertTrue(o.participants.contains("force/syrian-democratic-forces"));
        assertTrue(o.participants.contains("force/international-coalition"));
        assertEquals(LocalDate.of(2016, 5, 31), o.startDate);
        assertEquals("manbij-offensive", o.key, "key of the known campaign under way that day");
    }

    @Test void launchedByAndSupportedBy() {
        Operation o = only(ops(TestDocs.of("L'assaut contre Ramadi a été lancé par l'armée irakienne, soutenue par les frappes de la coalition internationale.")
                .force("iraqi-army", "armée irakienne").force("international-coalition", "coalition internationale").place("ramadi", "Ramadi")));
        assertEquals(List.of("place/ramadi"), List.copyOf(o.targets));
        assertEquals(List.of("force/iraqi-army", "force/international-coalition"), List.copyOf(o.participants));
    }

    @Test void anaphoraAndSameTargetMakeOneOperation() {
        Operation o = only(ops(TestDocs.of("L'offensive sur Tal Afar a débuté dimanche. L'opération est menée par les forces irakiennes. "
                + "Les combats font rage. Cette offensive pour Tal Afar devrait durer des semaines.")
                .place("tal-afar", "Tal Afar").force("iraqi-security-forces", "forces irakiennes").issued(LocalDate.of(2017, 8, 21))));
        assertEquals(3, o.mentions.size());
        assertEquals(List.of("force/iraqi-security-forces"), List.copyOf(o.participants));
        assertEquals("battle-of-tal-afar", o.key);
    }

    @Test void anotherOffensiveOnAnotherTargetIsAnotherOperation() {
        List<Operation> os = ops(TestDocs.of("La bataille de Raqqa se poursuit. Plus au sud, une autre offensive vise Deir ez-Zor, où l'armée syrienne a lancé l'assaut contre Deir ez-Zor.")
                .place("raqqa", "Raqqa").place("deir-ez-zor", "Deir ez-Zor").force("syrian-army", "armée syrienne").issued(LocalDate.of(2017, 9, 10)));
        assertEquals(2, os.size());
        assertEquals("battle-of-raqqa", os.get(0).key);
        assertEquals("place/deir-ez-zor", os.get(1).targets.iterator().next());
        assertTrue(os.get(1).participants.contains("force/syrian-army"));
    }

    @Test void operationsWithoutTargetsOrNotMilitaryAreNotReported() {
        assertTrue(ops(TestDocs.of("Une opération humanitaire à Mossoul a permis d'évacuer 300 familles. Les opérations se poursuivent. "
                + "Lire aussi : l'offensive sur Mossoul\nL'armée prépare une vaste offensive.")
                .place("mosul", "Mossoul")).isEmpty());
    }

    @Test void definiteMentionWithoutRecentOperationTakesThePreviousSentencePlace() {
        Operation o = only(ops(TestDocs.of("Le 30 mai, l'armée syrienne, avec le support aérien de la Russie, a libéré un village près du champ de gaz d'Ash Shaer. "
                + "« Lors de l'opération militaire, nous avons détruit un atelier », a expliqué un soldat.")
                .force("syrian-army", "armée syrienne").country("russia", "Russie").place("shaer-gas-field", "champ de gaz d'Ash Shaer")));
        assertEquals(List.of("place/shaer-gas-field"), List.copyOf(o.targets));
        assertTrue(o.participants.containsAll(List.of("force/syrian-army", "place/russia")));
    }

    @Test void namedOperationsAndHashtags() {
        List<Operation> os = ops(TestDocs.of("Les FDS ont annoncé la phase finale de l'opération Colère de l'Euphrate à Raqqa.\n"
                + "Iraqi forces advance in Mosul #MosulOffensive")
                .force("syrian-democratic-forces", "FDS").place("raqqa", "Raqqa").place("mosul", "Mosul"));
        assertEquals(2, os.size());
        assertEquals("battle-of-raqqa", os.get(0).key);
        assertEquals(List.of("place/raqqa"), List.copyOf(os.get(0).targets));
        assertEquals(List.of("place/mosul"), List.copyOf(os.get(1).targets));
    }

    @Test void reprisePrefersAnImmediateNamedPlace() {
        assertTrue(ops(TestDocs.of("La reprise de la vieille ville prendra du temps.")).isEmpty());
        Operation o = only(ops(TestDocs.of("La reprise de Tikrit par les milices chiites a coûté cher.")
                .place("tikrit", "Tikrit").force("popular-mobilization-forces", "milices chiites")));
        assertEquals(List.of("place/tikrit"), List.copyOf(o.targets));
    }
}
