package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedDocument;

import org.sitrep.extract.Entity;

/** Admin-level cues in the text decide between a city and the governorate of the same name. */
class AdminCuesTest {
    private static AnnotatedDocument run(String text) {
        return EntityDocs.annotate(text, null);
    }

    @Test void provinceWithAnAdjectiveNamesTheGovernorate() {
        AnnotatedDocument d = run("L'armée a repris un village dans la province syrienne de Homs.");
        Entity g = d.entities().get("place/homs-governorate");
        assertTrue(g != null, d.entities().keySet().toString());
        assertEquals("Q214094", g.wikidata);
        assertTrue(g.altLabels.contains("province syrienne de Homs"), g.altLabels.toString());
        assertFalse(d.entities().containsKey("place/homs"));
    }

    @Test void bareNameStaysTheCityAndVilleKeepsTheCity() {
        AnnotatedDocument d = run("Les combats continuent à Homs. Dans la ville de Deir ez-Zor, l'EI recule.");
        assertEquals("Q131301", d.entities().get("place/homs").wikidata);
        assertTrue(d.entities().containsKey("place/deir-ez-zor"), d.entities().keySet().toString());
        assertFalse(d.entities().containsKey("place/deir-ez-zor-governorate"));
    }

    @Test void regionAndGouvernoratNameTheGovernorateEvenInAnotherSpelling() {
        AnnotatedDocument d = run("Des cellules restent actives dans toute la région de Deir Ezzor et dans le gouvernorat de Raqqa.");
        assertTrue(d.entities().containsKey("place/deir-ez-zor-governorate"), d.entities().keySet().toString());
        assertFalse(d.entities().containsKey("place/deir-ez-zor"));
        assertTrue(d.entities().containsKey("place/raqqa-governorate"), d.entities().keySet().toString());
        assertFalse(d.entities().containsKey("place/raqqa"));
    }
}
