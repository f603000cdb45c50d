package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/** Opening sitrep's TDB2 store. */
public final class Stores {
    private Stores() { }

    /**
     * Opens (creating when absent) the TDB2 store in {@code dir}. Within one JVM every caller gets the same
     * connection for the same directory, however the path is spelled.
     *
     * @throws IllegalStateException with a one-line message when another process holds the store
     */
    public static DatasetGraph open(Path dir) {
        String location = location(dir);
        try {
            return DatabaseMgr.connectDatasetGraph(location);
        } catch (RuntimeException e) {
            String msg = String.valueOf(e.getMessage());
            if (msg.toLowerCase(java.util.Locale.ROOT).contains("lock")) {
                throw new IllegalStateException(dir + ": the store is in use by another process"
                        + " (is 'sitrep serve' running on it?); stop it first", e);
            }
            throw e;
        }
    }

    /** Opens an existing store, or fails with a one-line message when there is none. */
    public static DatasetGraph openExisting(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + ": no store here (run 'sitrep ingest --store " + dir + " PATH...' first)");
        }
        return open(dir);
    }

    /** The canonical location string of a store directory (absolute, normalised). */
    public static String location(Path dir) {
        return dir.toAbsolutePath().normalize().toString();
    }
}
