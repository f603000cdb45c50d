package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedDocument;

/** The theatre (Iraq or Syria) settles generic force wording; place contexts from lists, bearings and "à X,". */
class TheatreContextsTest {
    private static AnnotatedDocument run(String text) {
        return EntityDocs.annotate(text, null);
    }

    private static boolean mentions(AnnotatedDocument d, String id, String surface) {
        var e = d.entities().get(id);
        return e != null && e.altLabels.contains(surface);
    }

    @Test void kurdishFightersInSyriaAreTheSyrianForceEvenWhenPeshmergaAreNamed() {
        AnnotatedDocument d = run("Les combattants kurdes défendant Raqqa ont résisté. Les YPG tiennent la ville. "
                + "Des peshmergas venus d'Irak sont arrivés.");
        assertTrue(mentions(d, "force/ypg", "combattants kurdes"), d.entities().toString());
        assertFalse(mentions(d, "force/peshmerga", "combattants kurdes"));
        assertTrue(d.entities().containsKey("force/peshmerga"));
    }

    @Test void kurdishFightersInSyriaWithoutASyrianKurdishForceAreNoEntity() {
        AnnotatedDocument d = run("L'objectif suivant serait Manbij, tenue par des combattants kurdes, puis Raqqa, en Syrie.");
        assertFalse(d.entities().containsKey("force/peshmerga"), d.entities().keySet().toString());
        assertFalse(d.entities().containsKey("force/ypg"));
    }

    @Test void kurdishForcesInIraqAreThePeshmerga() {
        AnnotatedDocument d = run("Des centaines de jihadistes se sont livrés aux forces kurdes au nord de Kirkouk, en Irak.");
        assertTrue(mentions(d, "force/peshmerga", "forces kurdes"), d.entities().toString());
    }

    @Test void bareArmyAndPoliceAreTheNationalForcesOfTheTheatre() {
        AnnotatedDocument d = run("Les combattants de l'armée ont libéré Tikrit, en Irak. Selon un responsable de la police, "
                + "la police fédérale tient Samarra.");
        assertTrue(mentions(d, "force/iraqi-army", "armée"), d.entities().toString());
        assertTrue(mentions(d, "force/iraqi-police", "police"), d.entities().toString());
        assertTrue(d.entities().containsKey("force/iraqi-federal-police"));
    }

    @Test void bareArmyIsTheOneArmyTheArticleNames() {
        AnnotatedDocument d = run("L'armée syrienne avance vers Palmyre. Un officier de l'armée a confirmé l'avancée à Homs.");
        assertTrue(mentions(d, "force/syrian-army", "armée"), d.entities().toString());
        assertFalse(d.entities().containsKey("force/iraqi-army"));
        AnnotatedDocument two = run("L'armée turque et l'armée syrienne se font face près d'Alep. L'armée a tiré.");
        assertFalse(two.entities().values().stream().anyMatch(e -> e.altLabels.contains("armée")), two.entities().toString());
    }

    @Test void placesFromListsBearingsAndClauseEnds() {
        AnnotatedDocument d = run("Ils ont repris plusieurs villages, dont Bir Qasab, à l'ouest. Des familles ont fui vers des camps, "
                + "notamment celui d'Aïn Dara. Les jihadistes se sont retirés vers le sud-est, vers Zaghra. "
                + "Des centaines se sont rendus à Tell Hamis, selon un responsable.");
        for (String k : List.of("place/bir-qasab", "place/ain-dara", "place/zaghra", "place/tell-hamis")) {
            assertTrue(d.entities().containsKey(k), k + " in " + d.entities().keySet());
        }
    }

    @Test void whomOneSpeaksToIsNoPlace() {
        AnnotatedDocument d = run("« Nous avançons », a déclaré à Karim Nasser, un commandant. Le ministre Samir Haddad a parlé. "
                + "Ils ont rendu hommage à Haddad.");
        assertFalse(d.entities().containsKey("place/karim-nasser"), d.entities().keySet().toString());
        assertFalse(d.entities().containsKey("place/haddad"), d.entities().keySet().toString());
    }
}
