package org.sitrep.link;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.query.Dataset;
import org.apache.jena.query.DatasetFactory;
import org.apache.jena.query.QueryExecution;
import org.apache.jena.query.QuerySolution;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.rdf.model.Resource;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.apache.jena.vocabulary.OWL;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.gazetteer.GazetteerRdf;
import org.sitrep.rdf.SR;

/**
 * Links the entities of a store after ingest: finds those without {@code owl:sameAs wd:…} (the
 * documented query {@code queries/unlinked-entities.rq}) and the linked places without geometry,
 * links or enriches them, and writes {@code owl:sameAs}, {@code sr:linkConfidence}, the geometry and
 * the country into the graph {@link SR#LINKS_GRAPH} in one transaction. A place confidently matched
 * to a gazetteer entry without Q-id gets its geometry and country but no link.
 */
public final class StoreLinker {
    private StoreLinker() { }

    /** What a run did: one line per entity linked or enriched, counts, and the triples written (or that would be). */
    public record Result(List<String> lines, int linked, int enriched, int unlinked, Model additions) { }

    private static final String CONTEXT_QUERY = """
            PREFIX sr: <https://w3id.org/sitrep/ontology#>
            SELECT ?entity ?text WHERE { GRAPH ?g { ?article sr:mentions ?entity ; sr:cleanedText ?text } }
            ORDER BY ?entity ?article""";

    private static final String UNPLACED_QUERY = """
            PREFIX sr: <https://w3id.org/sitrep/ontology#>
            PREFIX owl: <http://www.w3.org/2002/07/owl#>
            PREFIX geo: <http://www.opengis.net/ont/geosparql#>
            PREFIX rdfs: <http://www.w3.org/2000/01/rdf-schema#>
            SELECT DISTINCT ?entity ?wd ?name WHERE {
              GRAPH ?g { ?entity a sr:Place }
              GRAPH ?g2 { ?entity owl:sameAs ?wd FILTER(STRSTARTS(STR(?wd), "http://www.wikidata.org/entity/")) }
              FILTER NOT EXISTS { GRAPH ?g3 { ?entity geo:hasGeometry ?geometry } }
              OPTIONAL { GRAPH ?g4 { ?entity rdfs:label ?name } }
            } ORDER BY ?entity ?wd ?name""";

    /** The unlinked-entities query: {@code queries/unlinked-entities.rq} when present, else the copy in the jar. */
    public static String unlinkedQuery() {
        Path file = Path.of("queries", "unlinked-entities.rq");
        try {
            if (Files.isRegularFile(file)) return Files.readString(file, StandardCharsets.UTF_8);
            try (InputStream in = StoreLinker.class.getResourceAsStream("unlinked-entities.rq")) {
                return new String(in.readAllBytes(), StandardCharsets.UTF_8);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Links what can be linked; writes nothing when {@code dryRun}. */
    public static Result run(DatasetGraph store, Linker linker, boolean dryRun) {
        Map<String, Entity> entities = new TreeMap<>();
        Map<String, StringBuilder> context = new TreeMap<>();
        Txn.executeRead(store, () -> {
            Dataset ds = DatasetFactory.wrap(store);
            select(ds, unlinkedQuery(), s -> {
                String iri = s.getResource("entity").getURI();
                EntityType type = type(iri, s.getResource("class").getURI());
                if (type == null) return;
                String name = s.getLiteral("name").getLexicalForm();
                Entity e = entities.computeIfAbsent(iri, k -> new Entity(key(iri), type, name));
                if (!e.label.equals(name)) e.altLabels.add(name);
            });
            select(ds, UNPLACED_QUERY, s -> {
                String iri = s.getResource("entity").getURI();
                String name = s.contains("name") ? s.getLiteral("name").getLexicalForm() : key(iri);
                Entity e = entities.computeIfAbsent(iri, k -> new Entity(key(iri), EntityType.PLACE, name));
                e.wikidata = GazetteerRdf.wikidataId(s.getResource("wd"));
                e.linkConfidence = 1;
            });
            select(ds, CONTEXT_QUERY, s -> context.computeIfAbsent(s.getResource("entity").getURI(), k -> new StringBuilder())
                    .append(s.getLiteral("text").getLexicalForm()).append('\n'));
        });
        Model add = GazetteerRdf.newModel();
        List<String> lines = new ArrayList<>();
        int linked = 0, enriched = 0, unlinked = 0;
        for (Map.Entry<String, Entity> en : entities.entrySet()) {
            Entity e = en.getValue();
            boolean known = e.wikidata != null;
            String text = context.getOrDefault(en.getKey(), new StringBuilder()).toString();
            Link l = linker.link(List.of(e), text).get(e.id());
            Resource r = add.createResource(en.getKey());
            if (l != null && l.qid() != null && !known) {
                r.addProperty(OWL.sameAs, add.createResource(SR.WD + l.qid()));
                r.addLiteral(SR.linkConfidence, add.createTypedLiteral(BigDecimal.valueOf(l.confidence())));
                linked++;
                lines.add("linked   " + e.id() + " -> wd:" + l.qid() + " (" + l.confidence() + ") " + (l.label() == null ? "" : l.label()));
            } else if (!known) {
                unlinked++;
            }
            if (l != null && e.type == EntityType.PLACE && (l.lat() != null || l.country() != null)) {
                if (l.lat() != null && l.lon() != null) GazetteerRdf.addGeometry(add, r, l.lat(), l.lon());
                if (l.country() != null) r.addProperty(SR.country, add.createResource(SR.WD + l.country()));
                if (known || l.qid() == null) {
                    enriched++;
                    lines.add("enriched " + e.id() + (known ? " (wd:" + e.wikidata + "): " : " (no Wikidata id): ")
                            + (l.lat() != null ? "geometry " : "") + (l.country() != null ? "country wd:" + l.country() : ""));
                }
            }
        }
        if (!dryRun && !add.isEmpty()) {
            Txn.executeWrite(store, () -> add.getGraph().find().forEachRemaining(
                    t -> store.add(NodeFactory.createURI(SR.LINKS_GRAPH), t.getSubject(), t.getPredicate(), t.getObject())));
        }
        return new Result(lines, linked, enriched, unlinked, add);
    }

    private static void select(Dataset ds, String query, java.util.function.Consumer<QuerySolution> row) {
        try (QueryExecution qe = QueryExecution.create(query, ds)) {
            qe.execSelect().forEachRemaining(row);
        }
    }

    private static String key(String iri) { return iri.substring(iri.lastIndexOf('/') + 1); }

    /** The entity type: from the IRI's segment ({@code id/place/...}), else from the class. */
    static EntityType type(String iri, String classIri) {
        if (iri.startsWith(SR.ID)) {
            String rest = iri.substring(SR.ID.length());
            int slash = rest.indexOf('/');
            if (slash > 0) {
                String segment = rest.substring(0, slash);
                for (EntityType t : EntityType.values()) if (t.segment.equals(segment)) return t == EntityType.SOCIAL_ACCOUNT ? null : t;
                return null;
            }
        }
        if (classIri.equals(SR.Place.getURI())) return EntityType.PLACE;
        if (classIri.equals(SR.Force.getURI())) return EntityType.FORCE;
        if (classIri.equals(SR.Person.getURI())) return EntityType.PERSON;
        if (classIri.equals(SR.MediaOutlet.getURI())) return EntityType.MEDIA_OUTLET;
        return EntityType.ORGANIZATION;
    }
}
