package org.sitrep.store;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.sitrep.read.InputException;
import org.sitrep.read.Readers;

/**
 * The files an ingest batch names: every supported file below a directory (sorted by path), plus files named
 * directly. Paths that do not exist, or files of an unsupported type named directly, become {@link #problems()}.
 */
public final class InputFiles {
    private final List<Path> files;
    private final List<IngestReport.Failure> problems;

    private InputFiles(List<Path> files, List<IngestReport.Failure> problems) {
        this.files = List.copyOf(files);
        this.problems = List.copyOf(problems);
    }

    /**
     * Expands each path with {@link Readers#collect} (a directory: its supported files, sorted), in the order given;
     * a file met twice is kept once. A path that cannot be expanded is a problem; the others still count.
     */
    public static InputFiles collect(List<Path> paths) {
        Set<Path> seen = new HashSet<>();
        List<Path> files = new ArrayList<>();
        List<IngestReport.Failure> problems = new ArrayList<>();
        for (Path p : paths) {
            try {
                for (Path f : Readers.collect(List.of(p))) {
                    if (seen.add(f.toAbsolutePath().normalize())) files.add(f);
                }
            } catch (InputException e) {
                problems.add(new IngestReport.Failure(p, e.getMessage()));
            }
        }
        return new InputFiles(files, problems);
    }

    /** The files to ingest, in batch order. */
    public List<Path> files() { return files; }

    /** Named paths that cannot be ingested at all. */
    public List<IngestReport.Failure> problems() { return problems; }
}
