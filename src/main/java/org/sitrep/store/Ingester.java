package org.sitrep.store;

import java.nio.file.Path;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.function.Supplier;
import org.apache.jena.graph.Node;
import org.apache.jena.graph.NodeFactory;
import org.apache.jena.rdf.model.Model;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.system.Txn;
import org.sitrep.annotate.Extractors;
import org.sitrep.doc.Article;
import org.sitrep.extract.Extraction;
import org.sitrep.extract.Extractor;
import org.sitrep.rdf.ArticleMapper;
import org.sitrep.read.InputException;
import org.sitrep.read.Readers;

/**
 * Loads articles into a store, one named graph per article.
 *
 * <p>Each file is read, extracted and mapped outside any transaction, then its graph is replaced in one write
 * transaction: a file that fails at any step leaves the store as it was, and the batch goes on. Only one article
 * is held in memory at a time. A file whose raw SHA-256 and extractor version equal those in its graph's PROV-O
 * provenance (see {@link Recorded}) is skipped as unchanged unless forced, so re-ingesting the same input leaves the
 * store byte-identical.
 */
public final class Ingester {
    private final Extractor extractor;
    private final ArticleMapper mapper;
    private final ReferenceGraphs referenceGraphs;
    private final Supplier<Instant> clock;
    private final Compaction compaction;

    /** An ingester with the given extraction and mapping, the standard reference graphs and {@link #ingestTime()}. */
    public Ingester(Extractor extractor, ArticleMapper mapper) {
        this(extractor, mapper, ReferenceGraphs.standard(), Ingester::ingestTime, Compaction.standard());
    }

    /** An ingester with every collaborator given (tests). */
    public Ingester(Extractor extractor, ArticleMapper mapper, ReferenceGraphs referenceGraphs,
                    Supplier<Instant> clock, Compaction compaction) {
        this.extractor = Objects.requireNonNull(extractor, "extractor");
        this.mapper = Objects.requireNonNull(mapper, "mapper");
        this.referenceGraphs = Objects.requireNonNull(referenceGraphs, "referenceGraphs");
        this.clock = Objects.requireNonNull(clock, "clock");
        this.compaction = Objects.requireNonNull(compaction, "compaction");
    }

    /** The standard pipeline: {@link Extractors#standard()} and {@link ArticleMapper#standard()}. */
    public static Ingester standard() {
        return new Ingester(Extractors.standard(), ArticleMapper.standard());
    }

    /** The ingest timestamp recorded in provenance: {@code SOURCE_DATE_EPOCH} (seconds) when set, else now. */
    public static Instant ingestTime() {
        String epoch = System.getenv("SOURCE_DATE_EPOCH");
        if (epoch != null && !epoch.isBlank()) {
            try {
                return Instant.ofEpochSecond(Long.parseLong(epoch.strip()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("SOURCE_DATE_EPOCH: not a number of seconds: " + epoch, e);
            }
        }
        return Instant.now();
    }

    /**
     * Ingests {@code paths} (files, or directories to walk) into the store in {@code storeDir}, creating it when
     * absent, then compacts the store when rewriting graphs has grown it past the compaction policy
     * ({@link Compaction#standard()} unless given).
     */
    public IngestReport ingestInto(Path storeDir, List<Path> paths, boolean force, IngestListener listener) {
        InputFiles input = InputFiles.collect(paths);
        DatasetGraph dsg = Stores.open(storeDir);
        IngestReport batch = ingest(dsg, input.files(), force, listener);
        if (batch.ingested() > 0) compaction.compactIfGrown(dsg, storeDir);
        List<IngestReport.Failure> failures = new ArrayList<>(input.problems());
        failures.addAll(batch.failures());
        return new IngestReport(batch.ingested(), batch.unchanged(), failures);
    }

    /**
     * Brings the reference graphs up to date, then ingests {@code files} in order.
     *
     * @param force re-ingest files even when they are recorded as unchanged
     */
    public IngestReport ingest(DatasetGraph dsg, List<Path> files, boolean force, IngestListener listener) {
        List<IngestReport.Failure> failures = new ArrayList<>(referenceGraphs.update(dsg));
        Instant now = clock.get();
        int ingested = 0;
        int unchanged = 0;
        listener.started(files.size());
        try {
            for (Path file : files) {
                try {
                    if (ingestFile(dsg, file, force, now)) ingested++;
                    else unchanged++;
                } catch (InputException e) {
                    failures.add(new IngestReport.Failure(file, oneLine(e.getMessage())));
                } catch (Exception | StackOverflowError e) {
                    failures.add(new IngestReport.Failure(file, file + ": " + problem(e)));
                }
                listener.fileDone(file);
            }
        } finally {
            listener.finished();
        }
        return new IngestReport(ingested, unchanged, failures);
    }

    /** @return true when the article's graph was written, false when it was unchanged */
    private boolean ingestFile(DatasetGraph dsg, Path file, boolean force, Instant now) throws Exception {
        String sha = Digests.sha256(file);
        Node graph = NodeFactory.createURI(ArticleMapper.graphIri(file.getFileName().toString()));
        if (!force && Recorded.sameArticleInput(dsg, graph, sha, extractor.version())) return false;
        Article article = Readers.read(file);
        Extraction extraction = extractor.extract(article);
        Model model = mapper.toModel(extraction, now, extractor.version());
        Txn.executeWrite(dsg, () -> {
            dsg.deleteAny(graph, Node.ANY, Node.ANY, Node.ANY);
            model.getGraph().find().forEach(t -> dsg.add(graph, t.getSubject(), t.getPredicate(), t.getObject()));
        });
        return true;
    }

    private static String problem(Throwable e) {
        Throwable t = e;
        String msg = t.getMessage();
        while ((msg == null || msg.isBlank()) && t.getCause() != null) {
            t = t.getCause();
            msg = t.getMessage();
        }
        String name = t.getClass().getSimpleName();
        return msg == null || msg.isBlank() ? name : oneLine(msg);
    }

    private static String oneLine(String s) {
        return s.replaceAll("\\s*\\R\\s*", " ").strip();
    }
}
