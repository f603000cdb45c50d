package org.sitrep.gazetteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.RDFDataMgr;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** SPARQL checks on the generated ontology/gazetteer.ttl. */
class GazetteerFileTest {
    private static final Model M = RDFDataMgr.loadModel("ontology/gazetteer.ttl");
    private static final String PREFIXES = """
            PREFIX sr: <https://w3id.org/sitrep/ontology#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX wd: <http://www.wikidata.org/entity/>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            PREFIX dcterms: <http://purl.org/dc/terms/>
            PREFIX skos: <http://www.w3.org/2004/02/skos/core#>
            """;

    private static List<String> select(String q) {
        List<String> out = new ArrayList<>();
        try (QueryExecution qe = QueryExecution.create(PREFIXES + q, M)) {
            qe.execSelect().forEachRemaining((QuerySolution s) -> out.add(s.toString()));
        }
        return out;
    }

    private static boolean ask(String q) {
        try (QueryExecution qe = QueryExecution.create(PREFIXES + q, M)) { return qe.execAsk(); }
    }

    @Test
    void noAdminUnitCarriesASettlementsId() {
        assertTrue(select("""
                SELECT ?admin ?town ?q WHERE {
                  ?admin sr:subtype ?s FILTER(?s IN ("governorate", "district", "neighbourhood"))
                  ?admin owl:sameAs ?q . ?town owl:sameAs ?q FILTER(?town != ?admin) }""").isEmpty());
        assertTrue(ask("ASK { <https://w3id.org/sitrep/id/place/baghdad-governorate> owl:sameAs wd:Q191075 }"));
        assertTrue(ask("ASK { <https://w3id.org/sitrep/id/place/baghdad> owl:sameAs wd:Q1530 ; sr:subtype \"city\" }"));
        assertEquals(List.of(), select("SELECT ?x WHERE { ?x owl:sameAs wd:Q1530 ; sr:subtype \"governorate\" }"));
        for (String city : List.of("Q132754", "Q173310", "Q38811", "Q167800", "Q605544")) {
            assertEquals(1, select("SELECT ?x WHERE { ?x owl:sameAs wd:" + city + " }").size(), city);
        }
    }

    @Test
    void oneEntryPerQidAndExcludedRowsAbsent() {
        assertTrue(select("SELECT ?q WHERE { ?a owl:sameAs ?q . ?b owl:sameAs ?q FILTER(str(?a) < str(?b)) }").isEmpty());
        for (String q : List.of("Q1428532", "Q2916656", "Q191369", "Q290054")) {
            assertTrue(!ask("ASK { ?x owl:sameAs wd:" + q + " }"), q);
        }
        assertTrue(!ask("ASK { ?x rdfs:label|<http://www.w3.org/2004/02/skos/core#altLabel> \"Sewera\"@en }"));
    }

    @Test
    void placesCarryGeometryCountryAndTheGraphItsAttribution() {
        assertTrue(ask("""
                ASK { <https://w3id.org/sitrep/id/place/mosul> a sr:Place ; rdfs:label "Mossoul"@fr, "Mosul"@en ;
                      sr:country wd:Q796 ; geo:hasGeometry/geo:asWKT ?w FILTER(STRSTARTS(STR(?w), "POINT(43.")) }"""));
        assertTrue(ask("""
                ASK { <https://w3id.org/sitrep/graph/gazetteer> dcterms:source <https://whosonfirst.org/> ;
                      dcterms:license <https://github.com/whosonfirst-data/whosonfirst-data/blob/master/LICENSE.md> ;
                      dcterms:rights ?r FILTER(CONTAINS(?r, "Who's On First")) }"""));
        assertTrue(select("SELECT ?s WHERE { ?s ?p ?o FILTER(isBlank(?s) || isBlank(?o)) }").isEmpty());
    }

    @Test
    void rebuildIsDeterministicAndMatchesTheCommittedFile(@TempDir Path dir) throws Exception {
        Path shared = Path.of("../shared/gazetteer");
        if (!Files.isDirectory(shared)) shared = Path.of("/work/shared/gazetteer");
        org.junit.jupiter.api.Assumptions.assumeTrue(Files.isDirectory(shared), "shared gazetteer files not present");
        Path a = dir.resolve("a.ttl"), b = dir.resolve("b.ttl");
        GazetteerBuilder.write(shared, a);
        GazetteerBuilder.write(shared, b);
        assertEquals(Files.readString(a), Files.readString(b));
        assertEquals(Files.readString(Path.of("ontology/gazetteer.ttl")), Files.readString(a));
    }

    @Test
    void anAdminUnitHidesTheBareNameItSharesWithItsCity() {
        String gov = "<https://w3id.org/sitrep/id/place/deir-ez-zor-governorate>";
        assertTrue(ask("ASK { " + gov + " skos:hiddenLabel \"Deir ez-Zor\"@fr }"));
        assertTrue(ask("ASK { " + gov + " rdfs:label \"province de Deir ez-Zor\"@fr }"));
        assertTrue(ask("ASK { <https://w3id.org/sitrep/id/place/manbij-district> rdfs:label \"district de Manbij\"@fr ;"
                + " skos:hiddenLabel \"Manbij\"@en }"));
        assertEquals(List.of(), select("""
                SELECT ?admin ?city ?n WHERE {
                  ?admin sr:subtype ?s FILTER(?s IN ("governorate", "district"))
                  ?admin rdfs:label|skos:altLabel ?n . ?city sr:subtype "city" ; rdfs:label|skos:altLabel ?c
                  FILTER(str(?c) = str(?n)) }"""));
        List<String> keys = Gazetteer.standard().lookup("Deir ez-Zor").stream().map(GazetteerEntry::key).toList();
        assertTrue(keys.contains("deir-ez-zor") && keys.contains("deir-ez-zor-governorate"), keys.toString());
        assertEquals("deir-ez-zor", keys.get(0));
    }

    @Test
    void noCoordinatesTypedFromMemory() {
        for (String k : List.of("qayyarah", "hawija", "makhmur", "bashiqa", "bartella", "hammam-al-alil", "kobani",
                "baghouz", "sukhnah", "mosul-dam", "haditha-dam", "al-qaim")) {
            assertTrue(ask("ASK { <https://w3id.org/sitrep/id/place/" + k + "> a sr:Place }"), k);
            assertTrue(ask("ASK { FILTER NOT EXISTS { <https://w3id.org/sitrep/id/place/" + k + "> geo:hasGeometry ?g } }"), k);
        }
        // Qaraqosh is merged with the Who's On First row "Bakhdida" and keeps that sourced point.
        assertTrue(ask("ASK { <https://w3id.org/sitrep/id/place/qaraqosh> geo:hasGeometry/geo:asWKT \"POINT(43.37484 36.270121)\"^^geo:wktLiteral }"));
    }
}
