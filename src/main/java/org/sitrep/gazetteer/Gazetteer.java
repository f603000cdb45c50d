package org.sitrep.gazetteer;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Collection;
import java.util.List;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFDataMgr;

/** Names to verified entities (Natural Earth, Who's On First, curated actors), with press spellings. */
public interface Gazetteer {
    /** Classpath resource of the project gazetteer (the pom copies {@code ontology/} into the jar). */
    String RESOURCE = "ontology/gazetteer.ttl";

    /** Entries one of whose names matches the surface form after normalisation; best prior first. */
    List<GazetteerEntry> lookup(String surface);

    /** All entries, for dictionary matching over a text. */
    Collection<GazetteerEntry> entries();

    static Gazetteer empty() {
        return new Gazetteer() {
            @Override public List<GazetteerEntry> lookup(String surface) { return List.of(); }
            @Override public Collection<GazetteerEntry> entries() { return List.of(); }
        };
    }

    /** The project gazetteer, loaded once from the classpath resource {@value #RESOURCE}. */
    static IndexedGazetteer standard() { return Holder.STANDARD; }

    /** A gazetteer over the entries of an RDF model in the vocabulary of {@code ontology/gazetteer.ttl}. */
    static IndexedGazetteer of(Model model) { return new IndexedGazetteer(GazetteerRdf.read(model)); }

    /** Lazy holder of {@link #standard()}. */
    final class Holder {
        private Holder() { }
        static final IndexedGazetteer STANDARD = load();

        private static IndexedGazetteer load() {
            try (InputStream in = Gazetteer.class.getClassLoader().getResourceAsStream(RESOURCE)) {
                if (in == null) throw new IllegalStateException("classpath resource " + RESOURCE + " missing (run 'sitrep gazetteer build')");
                Model m = GazetteerRdf.newModel();
                RDFDataMgr.read(m, in, Lang.TURTLE);
                return of(m);
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }
}
