package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/**
 * Keeps a TDB2 store from growing without bound. TDB2 keeps superseded data until it is compacted; replacing
 * graphs over and over therefore grows the directory. After a batch that wrote graphs, {@link #compactIfGrown}
 * compacts when the directory has grown past {@code factor} times its size after the last compaction (the
 * baseline, kept in {@value #BASELINE_FILE} inside the store directory) and past {@code minBytes}.
 *
 * @param factor   growth factor over the baseline that triggers compaction
 * @param minBytes size below which the store is never compacted automatically
 */
public record Compaction(double factor, long minBytes) {
    /** File in the store directory holding the size in bytes after the last compaction. */
    public static final String BASELINE_FILE = "sitrep-compacted-size";

    /** The standard policy: compact past 1.5 times the baseline and 8 MB. */
    public static Compaction standard() {
        return new Compaction(1.5, 8L << 20);
    }

    /**
     * Compacts the store when it has grown past the policy's thresholds; records the first baseline when there is
     * none yet.
     *
     * @return true when the store was compacted
     */
    public boolean compactIfGrown(DatasetGraph dsg, Path storeDir) {
        long size = size(storeDir);
        long baseline = baseline(storeDir);
        if (baseline <= 0) {
            writeBaseline(storeDir, size);
            return false;
        }
        if (size <= minBytes || size <= factor * baseline) return false;
        compact(dsg, storeDir);
        return true;
    }

    /** Compacts the store now, deleting superseded data, and records the new baseline. */
    public static void compact(DatasetGraph dsg, Path storeDir) {
        DatabaseMgr.compact(dsg, true);
        writeBaseline(storeDir, size(storeDir));
    }

    /**
     * The bytes the store below {@code dir} really uses. TDB2 memory-maps its B+tree files ({@code .dat}, {@code
     * .idn}) and extends them in sparse 8 MB steps, so their length says little; they are counted by the blocks
     * allocated, which each tree records in its {@code .bpt} state file (root, node-block limit, record-block
     * limit). Every other file counts by its length.
     */
    public static long size(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).mapToLong(Compaction::usedBytes).sum();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot measure the store: " + e.getMessage(), e);
        }
    }

    private static final int TDB2_BLOCK_SIZE = 8192;

    private static long usedBytes(Path file) {
        try {
            String name = file.getFileName().toString();
            boolean nodes = name.endsWith(".idn");
            if (nodes || name.endsWith(".dat")) {
                Path state = file.resolveSibling(name.substring(0, name.length() - 4) + ".bpt");
                if (Files.isRegularFile(state) && Files.size(state) == 3 * Long.BYTES) {
                    ByteBuffer b = ByteBuffer.wrap(Files.readAllBytes(state));
                    long limit = nodes ? b.getLong(Long.BYTES) : b.getLong(2 * Long.BYTES);
                    return Math.min(Files.size(file), limit * TDB2_BLOCK_SIZE);
                }
            }
            return Files.size(file);
        } catch (IOException e) {
            return 0L; // removed while measuring (a compaction deletes the old generation)
        }
    }

    private static long baseline(Path storeDir) {
        Path f = storeDir.resolve(BASELINE_FILE);
        try {
            return Files.isRegularFile(f) ? Long.parseLong(Files.readString(f, StandardCharsets.US_ASCII).strip()) : 0L;
        } catch (IOException | NumberFormatException e) {
            return 0L; // unreadable baseline: start again from the current size
        }
    }

    private static void writeBaseline(Path storeDir, long size) {
        try {
            Files.writeString(storeDir.resolve(BASELINE_FILE), size + "\n", StandardCharsets.US_ASCII);
        } catch (IOException e) {
            throw new UncheckedIOException(storeDir + ": cannot record the store size: " + e.getMessage(), e);
        }
    }
}
