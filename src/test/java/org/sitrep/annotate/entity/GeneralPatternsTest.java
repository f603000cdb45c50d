package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedDocument;

/** The general wire-copy patterns added for unseen articles. */
class GeneralPatternsTest {
    private static AnnotatedDocument run(String text) {
        return EntityDocs.annotate(text, null);
    }

    @Test void speakerAfterAnAdverbOrANetwork() {
        AnnotatedDocument d = run("« C'est fini », a toutefois averti Rami Haddad. « Victoire », a écrit sur Twitter Karim Nasser.");
        assertTrue(d.entities().containsKey("person/rami-haddad"), d.entities().keySet().toString());
        assertTrue(d.entities().containsKey("person/karim-nasser"), d.entities().keySet().toString());
        assertFalse(d.entities().keySet().stream().anyMatch(k -> k.contains("twitter")));
    }

    @Test void roleWithACapitalisedNounBeforeTheName() {
        AnnotatedDocument d = run("Le directeur des Antiquités syriennes, Samir Haddad, s'est dit soulagé.");
        assertTrue(d.entities().containsKey("person/samir-haddad"), d.entities().keySet().toString());
    }

    @Test void placesFromPostsSurroundingsMovesAndBearings() {
        AnnotatedDocument d = run("Près du poste de Kharabat, l'armée compte progresser vers Zour Maghar. "
                + "Des civils restent autour de Bir Hassan. Une conférence a eu lieu à Tell Safra, au nord de la ville.");
        for (String k : List.of("place/kharabat", "place/zour-maghar", "place/bir-hassan", "place/tell-safra")) {
            assertTrue(d.entities().containsKey(k), k + " in " + d.entities().keySet());
        }
    }

    @Test void aNativeTownNamesAPersonNotAPlace() {
        AnnotatedDocument d = run("Tikrit, la ville natale de Karim Nasser, est tombée.");
        assertFalse(d.entities().containsKey("place/karim-nasser"), d.entities().keySet().toString());
    }

    @Test void creditLineGivesThePublisher() {
        AnnotatedDocument d = run("Titre\n\nLe Figaro avec AFP | Mis à jour le 27/03/2016\n\nTexte.");
        assertEquals("outlet/le-figaro", d.publisher());
        d = run("Titre\n\nRFI avec Reuters | publié le mardi 6 juin 2017\n\nTexte.");
        assertEquals("outlet/rfi", d.publisher());
    }

    @Test void newActorsOfTheLexicon() {
        AnnotatedDocument d = run("Le chef de l'organisation Badr et les forces de défense nationale, selon le commandement militaire conjoint.");
        assertTrue(d.entities().containsKey("force/badr-organization"), d.entities().keySet().toString());
        assertTrue(d.entities().containsKey("force/national-defence-forces"));
        assertTrue(d.entities().containsKey("force/iraqi-joint-operations-command"));
    }
}
