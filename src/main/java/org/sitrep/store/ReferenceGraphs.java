package org.sitrep.store;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.jena.graph.Graph;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.riot.Lang;
import org.apache.jena.riot.RDFParser;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.sparql.graph.GraphFactory;
import org.apache.jena.system.Txn;
import org.sitrep.rdf.SR;

/**
 * The reference graphs every store carries: the ontology ({@code ontology/sitrep.ttl}) and the gazetteer
 * ({@code ontology/gazetteer.ttl}). Each is read from the working directory's {@code ontology/} when present, else
 * from the classpath, and skipped when absent. A graph is rewritten only when the file's content hash differs from
 * the one recorded in it, so repeated ingests leave the store untouched.
 */
public final class ReferenceGraphs {
    /** Named graph of the ontology. */
    public static final String ONTOLOGY_GRAPH = SR.GRAPH + "ontology";

    private record Source(String graph, String resource) { }

    private static final List<Source> SOURCES = List.of(
            new Source(ONTOLOGY_GRAPH, "ontology/sitrep.ttl"),
            new Source(SR.GAZETTEER_GRAPH, "ontology/gazetteer.ttl"));

    private final Path baseDir;
    private final List<Source> sources;

    /** Reference files looked up under {@code baseDir} first (then the classpath). */
    public ReferenceGraphs(Path baseDir) {
        this(baseDir, SOURCES);
    }

    private ReferenceGraphs(Path baseDir, List<Source> sources) {
        this.baseDir = baseDir;
        this.sources = sources;
    }

    /** No reference graphs at all (stores that hold articles only, e.g. in tests). */
    public static ReferenceGraphs none() {
        return new ReferenceGraphs(Path.of(""), List.of());
    }

    /** Reference files looked up in the working directory first. */
    public static ReferenceGraphs standard() {
        return new ReferenceGraphs(Path.of(""));
    }

    /**
     * Brings the reference graphs up to date.
     *
     * @return failures (unreadable or unparsable files), one line each; the other graphs are still updated
     */
    public List<IngestReport.Failure> update(DatasetGraph dsg) {
        List<IngestReport.Failure> failures = new ArrayList<>();
        for (Source s : sources) {
            try {
                byte[] bytes = load(s.resource());
                if (bytes != null) replaceIfChanged(dsg, NodeFactory.createURI(s.graph()), bytes, s.resource());
            } catch (IOException | RuntimeException e) {
                String problem = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage().strip();
                failures.add(new IngestReport.Failure(Path.of(s.resource()), s.resource() + ": " + problem));
            }
        }
        return failures;
    }

    private byte[] load(String resource) throws IOException {
        Path file = baseDir.resolve(resource);
        if (Files.isRegularFile(file)) return Files.readAllBytes(file);
        try (InputStream in = ReferenceGraphs.class.getClassLoader().getResourceAsStream(resource)) {
            return in == null ? null : in.readAllBytes();
        }
    }

    private static void replaceIfChanged(DatasetGraph dsg, Node graph, byte[] bytes, String name) {
        String sha = Digests.sha256(bytes);
        if (sha.equals(Recorded.value(dsg, graph, Recorded.SHA256))) return;
        Graph parsed = GraphFactory.createDefaultGraph();
        RDFParser.source(new ByteArrayInputStream(bytes)).lang(Lang.TURTLE).base("file:///" + name).parse(parsed);
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            parsed.find().forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
            Recorded.add(dsg, graph, Recorded.SHA256, sha);
        });
    }
}
