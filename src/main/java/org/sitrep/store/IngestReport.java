package org.sitrep.store;

import java.nio.file.Path;
import java.util.List;

/**
 * What an ingest batch did.
 *
 * @param ingested  articles whose graph was written (new or replaced)
 * @param unchanged articles skipped because their file and the extractor are those already recorded
 * @param failures  files that could not be ingested, in batch order; none of their content was written
 */
public record IngestReport(int ingested, int unchanged, List<Failure> failures) {
    public IngestReport {
        failures = List.copyOf(failures);
    }

    /**
     * One file that failed.
     *
     * @param file    the file as named in the batch
     * @param message one line naming the file and the problem, e.g. {@code seeds/x.txt: empty file}
     */
    public record Failure(Path file, String message) { }

    /** The summary line: {@code ingested N, unchanged M, failed K}. */
    public String summary() {
        return "ingested " + ingested + ", unchanged " + unchanged + ", failed " + failures.size();
    }
}
