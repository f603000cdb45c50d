package org.sitrep.store;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.jena.sparql.core.DatasetGraph;
import org.apache.jena.tdb2.DatabaseMgr;

/** Opening sitrep's TDB2 store. */
public final class Stores {
    private Stores() { }

    /** Opens (creating when absent) the TDB2 store in {@code dir}. */
    public static DatasetGraph open(Path dir) {
        return DatabaseMgr.connectDatasetGraph(dir.toString());
    }

    /** Opens an existing store, or fails with a one-line message when there is none. */
    public static DatasetGraph openExisting(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException(dir + ": no store here (run 'sitrep ingest --store " + dir + " PATH...' first)");
        }
        return open(dir);
    }
}
