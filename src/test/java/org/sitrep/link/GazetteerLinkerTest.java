package org.sitrep.link;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.Layers;
import org.sitrep.doc.Article;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Span;

class GazetteerLinkerTest {
    private final GazetteerLinker linker = GazetteerLinker.standard();

    private static Entity place(String key, String label, String text) {
        Entity e = new Entity(key, EntityType.PLACE, label);
        int at = text.indexOf(label);
        if (at >= 0) e.mentions.add(new Span(at, at + label.length()));
        return e;
    }

    private Link linkOne(Entity e, String text) {
        return linker.link(List.of(e), text).get(e.id());
    }

    @Test
    void homsIsTheCityUnlessTheTextSaysProvince() {
        String city = "Des combats ont eu lieu à Homs, dans le centre de la Syrie.";
        Link l = linkOne(place("homs", "Homs", city), city);
        assertNotNull(l);
        assertEquals("Q131301", l.qid());
        assertEquals("city", l.subtype());

        String province = "L'armée avance dans la province de Homs, en Syrie.";
        Link p = linkOne(place("homs-x", "Homs", province), province);
        assertNotNull(p);
        assertEquals("Q214094", p.qid());
        assertEquals("governorate", p.subtype());

        Link named = linkOne(place("homs-y", "province syrienne de Homs", ""), "");
        assertEquals("Q214094", named.qid());
    }

    @Test
    void mossoulIsMosulWithCoordinatesAndCountry() {
        String text = "Les forces irakiennes sont entrées dans Mossoul, en Irak.";
        Link l = linkOne(place("mossoul", "Mossoul", text), text);
        assertEquals("Q83317", l.qid());
        assertEquals("Q796", l.country());
        assertEquals(36.3, l.lat(), 0.2);
        assertEquals(43.1, l.lon(), 0.2);
        assertTrue(l.confidence() >= GazetteerLinker.THRESHOLD);
    }

    @Test
    void unknownAndPartNamesGetNoLink() {
        assertNull(linkOne(place("zyxwvu", "Zyxwvu", ""), ""));
        assertNull(linkOne(place("east-mosul", "l'Est", ""), ""));
        Entity dam = place("haditha-dam", "barrage d'Haditha", "");
        dam.altLabels.add("Haditha");
        Link l = linkOne(dam, "");
        assertTrue(l == null || l.qid() == null, "a dam is not the town: " + l);
    }

    @Test
    void pressSpellingsOfTheBattlesLink() {
        String[][] cases = {{"Kobané", null}, {"Minbej", "Q1146939"}, {"Abou Kamal", "Q152828"}, {"Koweït", "Q817"},
            {"Idleb", "Q504657"}, {"Ninive", "Q189352"}, {"Arbil", "Q132754"}, {"Tall Afar", "Q990427"}, {"Racca", "Q283368"}};
        for (String[] c : cases) {
            Link l = linkOne(place(c[0].toLowerCase(java.util.Locale.ROOT), c[0], ""), "");
            assertNotNull(l, c[0]);
            assertEquals(c[1], l.qid(), c[0]);
        }
    }

    @Test
    void forcesLinkOnlyToForces() {
        Entity isis = new Entity("isis", EntityType.FORCE, "Daech");
        assertEquals("Q2429253", linkOne(isis, "").qid());
        Entity placeNamedLikeForce = new Entity("ei", EntityType.PLACE, "EI");
        assertNull(linkOne(placeNamedLikeForce, ""));
    }

    @Test
    void annotatorFillsTheEntityTable() {
        String text = "Les jihadistes ont perdu Falloujah.";
        AnnotatedDocument doc = new AnnotatedDocument(new Article("t.txt", "t.txt", "t", text, null, null, "fr", null, "0"));
        Entity e = doc.entity(EntityType.PLACE, "falloujah", "Falloujah");
        e.mentions.add(new Span(text.indexOf("Falloujah"), text.indexOf("Falloujah") + 9));
        doc.markPresent(Layers.ENTITIES.class);
        linker.annotate(doc);
        assertEquals("Q191170", e.wikidata);
        assertNotNull(e.lat);
        assertTrue(doc.has(Layers.LINKS.class));
        assertFalse(linker.requires().isEmpty());
    }

    @Test
    void alreadyLinkedEntitiesGetGeometryAndCountry() {
        Entity e = new Entity("aleppo", EntityType.PLACE, "Alep");
        e.wikidata = "Q41183";
        Map<String, Link> links = linker.link(List.of(e), "");
        assertEquals("Q858", links.get(e.id()).country());
        assertNotNull(links.get(e.id()).lat());
    }
}
