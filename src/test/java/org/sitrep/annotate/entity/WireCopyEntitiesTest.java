package org.sitrep.annotate.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.sitrep.annotate.AnnotatedDocument;

import org.sitrep.doc.Embed;
import org.sitrep.extract.Entity;

/** Places, forces and people that French wire copy names in ways the first corpora did not show. */
class WireCopyEntitiesTest {
    private static AnnotatedDocument run(String text, Embed... embeds) {
        return EntityDocs.annotate(text, null, embeds);
    }

    private static void has(AnnotatedDocument d, String... ids) {
        for (String id : ids) assertTrue(d.entities().containsKey(id), id + " in " + d.entities().keySet());
    }

    @Test void capitalsStandForTheirGovernments() {
        AnnotatedDocument d = run("Les rebelles soutenus par Ankara ont progressé, alors que Moscou et Washington se sont consultés. "
                + "Le Washington Post l'a rapporté.");
        has(d, "place/moscow", "place/usa", "outlet/washington-post");
        assertEquals("Q30", d.entities().get("place/usa").wikidata);
    }

    @Test void landmarksNamedAfterTheirNoun() {
        AnnotatedDocument d = run("Les combats ont atteint la mosquée al-Tawhid et le rond-point al-Saa, dans la vieille ville de Tikrit. "
                + "Les avions ont décollé de la base aérienne de H3.");
        has(d, "place/al-tawhid-mosque", "place/al-saa-roundabout", "place/tikrit-old-city", "place/h3-air-base");
        assertEquals("vieille ville de Tikrit", d.entities().get("place/tikrit-old-city").label);
        d = run("Les blessés sont soignés à l'hôpital de Kirkouk, à la place de Samir Haddad.");
        assertFalse(d.entities().keySet().stream().anyMatch(k -> k.endsWith("-hospital") || k.endsWith("-square")),
                d.entities().keySet().toString());
    }

    @Test void townsCoordinatedWithAPlaceOrNamedAfterOne() {
        AnnotatedDocument d = run("Les milices avancent depuis Baiji et Al-Siniya. Des déplacés vivent à Jisr al Mossoul et dans des écoles.");
        has(d, "place/al-siniya", "place/jisr-al-mossoul");
        assertFalse(d.entities().containsKey("place/mosul"), "the town is not Mosul: " + d.entities().keySet());
    }

    @Test void forcesAndOfficesNamedByPeriphrasis() {
        AnnotatedDocument d = run("La police locale et les combattants tribaux sunnites tiennent la ville, selon le commandement militaire "
                + "irakien, tandis que l'armée de Bachar al-Assad avance. Le gouvernement irakien a salué la victoire.");
        has(d, "force/iraqi-police", "force/iraqi-tribal-fighters", "force/iraqi-joint-operations-command", "force/syrian-army",
                "org/iraqi-government");
    }

    @Test void aSurnameThatIsATownNamesThePerson() {
        AnnotatedDocument d = run("Le commandant en chef des YPG, Sipan Kobani, a salué la victoire. Le directeur des Musées de Syrie, "
                + "Karim Haddad, a parlé. L'amiral Jack Dorsey a précisé les chiffres. « Fini », a réagi Emma Martin.");
        has(d, "person/sipan-kobani", "person/jack-dorsey", "person/emma-martin");
        assertFalse(d.entities().keySet().stream().anyMatch(k -> k.startsWith("place/") && k.contains("koban")), d.entities().keySet().toString());
        assertFalse(d.entities().keySet().stream().anyMatch(k -> k.contains("musees")), d.entities().keySet().toString());
    }

    @Test void anAccountWhoseHandleIsANamedPersonIsThatPerson() {
        String text = "L'émissaire américain Brett Adams a félicité l'armée.\n\n\"Well done\"\n— Brett Adams (@brett_adams) 1 mai 2017\n";
        int at = text.indexOf("\"Well");
        AnnotatedDocument d = run(text, new Embed("Brett Adams", "@brett_adams", null, at, at + 11, at, text.length() - 1));
        has(d, "person/brett-adams");
        Entity person = d.entities().get("person/brett-adams");
        assertTrue(person.altLabels.contains("@brett_adams"), person.altLabels.toString());
        assertFalse(d.toExtraction().entities().containsKey("account/brett_adams"), d.toExtraction().entities().keySet().toString());
        d = run(text, new Embed("Coalition", "@CJTFOIR", null, at, at + 11, at, text.length() - 1));
        has(d, "account/cjtfoir");
    }

    @Test void aBareArmyWithNoCountryInSightIsLeftAlone() {
        AnnotatedDocument d = run("Selon l'armée, la situation est calme.");
        assertFalse(d.entities().keySet().stream().anyMatch(k -> k.startsWith("force/")), d.entities().keySet().toString());
    }
}
