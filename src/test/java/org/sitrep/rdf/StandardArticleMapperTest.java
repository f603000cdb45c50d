package org.sitrep.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.junit.jupiter.api.Test;
import org.sitrep.query.SparqlRunner;

class StandardArticleMapperTest {
    private static final String FILE = "042_test.txt";
    private final Model model = SampleExtraction.model(FILE);
    private final String article = "<" + ArticleMapper.articleIri(FILE) + ">";

    private boolean ask(String where) {
        try (QueryExecution qe = QueryExecution.model(model).query(SparqlRunner.parse("ASK { " + where + " }")).build()) {
            return qe.execAsk();
        }
    }

    private List<QuerySolution> select(String query) {
        try (QueryExecution qe = QueryExecution.model(model).query(SparqlRunner.parse(query)).build()) {
            List<QuerySolution> rows = new java.util.ArrayList<>();
            qe.execSelect().forEachRemaining(rows::add);
            return rows;
        }
    }

    @Test void articleNode() {
        assertTrue(ask(article + " a sr:Article , sr:Source ; dcterms:identifier \"042_test.txt\" ;"
                + " dcterms:title \"Offensive sur Mossoul\"@fr ; dcterms:language \"fr\" ;"
                + " sr:publisher <https://w3id.org/sitrep/id/outlet/euronews> ; dcterms:issued \"2016-11-07\"^^xsd:date"));
        List<QuerySolution> mentioned = select("SELECT ?x { " + article + " sr:mentions ?x }");
        assertEquals(7, mentioned.size(), "5 entities and 2 operations");
        assertTrue(ask(article + " sr:mentions <https://w3id.org/sitrep/id/operation/east-mosul-assault>"));
    }

    @Test void evidenceOffsetsPointIntoTheCleanedText() {
        QuerySolution s = select("SELECT ?ev { ?c a sr:Claim ; sr:reportedIn " + article
                + " ; sr:evidenceStart ?s ; sr:evidenceEnd ?e . ?a sr:cleanedText ?t BIND(SUBSTR(?t, ?s + 1, ?e - ?s) AS ?ev) }").get(0);
        assertEquals(SampleExtraction.QUOTE, s.getLiteral("ev").getString());
    }

    @Test void placeWithLinkAndGeometry() {
        assertTrue(ask("id:place\\/mosul a sr:Place ; rdfs:label \"Mossoul\"@fr ; skos:altLabel \"Mosul\"@fr , \"Mossoul\"@fr ;"
                + " owl:sameAs wd:Q83317 ; sr:linkConfidence 0.95 ; sr:country wd:Q796 ; sr:subtype \"city\" ;"
                + " geo:hasGeometry ?g . ?g a geo:Geometry ; geo:asWKT ?wkt FILTER(STR(?wkt) = \"POINT(43.13 36.34)\""
                + " && DATATYPE(?wkt) = geo:wktLiteral)"));
        assertFalse(ask("id:place\\/mosul a sr:Source"));
    }

    @Test void entityTypesAreExplicit() {
        assertTrue(ask("id:force\\/iraqi-army a sr:Force ; rdfs:label \"armée irakienne\"@fr"));
        assertTrue(ask("id:person\\/yahya-rasool a sr:Person , sr:Source ; sr:role \"porte-parole\"@fr ; sr:affiliation id:force\\/iraqi-army"));
        assertTrue(ask("id:outlet\\/euronews a sr:MediaOutlet , sr:Source ; rdfs:label \"Euronews\"@fr"));
        assertFalse(ask("id:force\\/isis owl:sameAs ?x"), "no link when wikidata is unset");
    }

    @Test void operations() {
        assertTrue(ask("id:operation\\/mosul-offensive a sr:Operation ; rdfs:label \"offensive sur Mossoul\"@fr ;"
                + " skos:altLabel \"bataille de Mossoul\"@fr ; sr:target id:place\\/mosul ; sr:participant id:force\\/iraqi-army ;"
                + " sr:opponent id:force\\/isis ; sr:startDate \"2016-10-17\"^^xsd:date ; owl:sameAs wd:Q26987445"));
        assertTrue(ask("id:operation\\/east-mosul-assault sr:partOf id:operation\\/mosul-offensive"));
    }

    @Test void claimWithFigure() {
        List<QuerySolution> rows = select("SELECT ?c ?f { ?c a sr:Claim ; sr:claimant id:person\\/yahya-rasool ;"
                + " sr:relayedBy id:outlet\\/euronews ; sr:reportedIn " + article + " ; sr:about id:place\\/mosul ;"
                + " sr:claimType sr:DirectQuote ; sr:text ?t ; sr:figure ?f . ?f a sr:Figure ; sr:value 12.0 ;"
                + " sr:unit \"village\" ; sr:qualifier \"au moins\" FILTER(LANG(?t) = \"fr\") }");
        assertEquals(1, rows.size());
        assertTrue(rows.get(0).getResource("c").getURI().startsWith(SR.ID + "claim/042_test.txt/"));
        assertTrue(rows.get(0).getResource("f").isURIResource());
    }

    @Test void provenance() {
        assertTrue(ask("<" + ArticleMapper.graphIri(FILE) + "> a prov:Entity ;"
                + " prov:generatedAtTime \"2024-01-02T03:04:05Z\"^^xsd:dateTime ; prov:wasDerivedFrom ?file ; prov:wasGeneratedBy ?act ."
                + " ?file dcterms:identifier \"042_test.txt\" ; sr:path \"/nowhere/042_test.txt\" ; sr:sha256 \"0123abcd\" ."
                + " ?act a prov:Activity ; prov:used ?file ; prov:endedAtTime ?end ; prov:wasAssociatedWith ?agent ."
                + " ?agent a prov:SoftwareAgent FILTER(CONTAINS(STR(?agent), \"rules-test\"))"));
    }

    @Test void noBlankNodes() {
        assertFalse(ask("{ ?s ?p ?o FILTER(isBlank(?s)) } UNION { ?s ?p ?o FILTER(isBlank(?o)) }"));
    }

    @Test void sameExtractionSameGraph() {
        assertTrue(model.isIsomorphicWith(SampleExtraction.model(FILE)));
    }
}
