package org.sitrep.rdf;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Set;
import java.util.TreeSet;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.RDFNode;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.rdf.model.Statement;
import org.apache.jena.riot.RDFDataMgr;
import org.apache.jena.vocabulary.OWL;
import org.apache.jena.vocabulary.RDF;
import org.apache.jena.vocabulary.RDFS;
import org.junit.jupiter.api.Test;

/** ontology/sitrep.ttl declares every sr: term the mapping emits, with English and French labels and comments. */
class OntologyTest {
    private final Model ontology = RDFDataMgr.loadModel("ontology/sitrep.ttl");

    private static Set<String> srTermsUsed(Model data) {
        Set<String> terms = new TreeSet<>();
        for (Statement s : data.listStatements().toList()) {
            if (s.getPredicate().getURI().startsWith(SR.NS)) terms.add(s.getPredicate().getURI());
            RDFNode o = s.getObject();
            if (s.getPredicate().equals(RDF.type) && o.isURIResource() && o.asResource().getURI().startsWith(SR.NS)) {
                terms.add(o.asResource().getURI());
            }
        }
        return terms;
    }

    @Test void everyEmittedTermIsDeclaredAndLabelledInEnglishAndFrench() {
        Set<String> used = srTermsUsed(SampleExtraction.model("001_x.txt"));
        used.add(SR.ReportedSpeech.getURI());
        assertTrue(used.size() > 30, used::toString);
        for (String term : used) {
            Resource r = ontology.createResource(term);
            assertTrue(r.hasProperty(RDF.type), term + " is declared");
            for (String lang : new String[] {"en", "fr"}) {
                assertTrue(r.listProperties(RDFS.label).toList().stream().anyMatch(s -> s.getLanguage().equals(lang)), term + " label@" + lang);
                assertTrue(r.listProperties(RDFS.comment).toList().stream().anyMatch(s -> s.getLanguage().equals(lang)), term + " comment@" + lang);
            }
        }
    }

    @Test void axioms() {
        for (Resource c : new Resource[] {SR.MediaOutlet, SR.Person, SR.SocialAccount, SR.Article}) {
            assertTrue(ontology.contains(c, RDFS.subClassOf, SR.Source), c + " ⊑ sr:Source");
        }
        assertTrue(ontology.contains(SR.DirectQuote, RDF.type, SR.ClaimType));
        assertTrue(ontology.contains(SR.ReportedSpeech, RDF.type, SR.ClaimType));
        assertTrue(ontology.contains(SR.claimant, RDF.type, OWL.ObjectProperty));
        assertTrue(ontology.contains(SR.evidenceStart, RDF.type, OWL.DatatypeProperty));
        assertEquals(0, ontology.listStatements().toList().stream()
                .filter(s -> s.getSubject().isAnon() || s.getObject().isAnon()).count(), "no blank nodes");
    }
}
