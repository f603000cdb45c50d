package org.sitrep.store;

import java.nio.file.Path;

/** Follows an ingest batch, e.g. to show progress. Called on the ingesting thread. */
public interface IngestListener {
    /** A listener that does nothing. */
    IngestListener NONE = new IngestListener() { };

    /** The batch starts with {@code total} files. */
    default void started(int total) { }

    /** One more file is done (ingested, unchanged or failed). */
    default void fileDone(Path file) { }

    /** The batch is over. */
    default void finished() { }
}
