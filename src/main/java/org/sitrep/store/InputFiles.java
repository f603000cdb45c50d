package org.sitrep.store;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
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

    /** Expands the given paths, in the order given; a file met twice is kept once. */
    public static InputFiles collect(List<Path> paths) {
        Set<Path> seen = new LinkedHashSet<>();
        List<Path> files = new ArrayList<>();
        List<IngestReport.Failure> problems = new ArrayList<>();
        for (Path p : paths) {
            if (Files.isDirectory(p)) {
                for (Path f : walk(p)) {
                    if (seen.add(f.toAbsolutePath().normalize())) files.add(f);
                }
            } else if (!Files.exists(p)) {
                problems.add(new IngestReport.Failure(p, p + ": no such file or directory"));
            } else if (!Readers.isSupported(p)) {
                problems.add(new IngestReport.Failure(p, p + ": unsupported file type (expected .txt, .html or .htm)"));
            } else if (seen.add(p.toAbsolutePath().normalize())) {
                files.add(p);
            }
        }
        return new InputFiles(files, problems);
    }

    private static List<Path> walk(Path dir) {
        try (Stream<Path> s = Files.walk(dir)) {
            return s.filter(Files::isRegularFile).filter(Readers::isSupported).sorted().toList();
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot list directory: " + e.getMessage(), e);
        }
    }

    /** The files to ingest, in batch order. */
    public List<Path> files() { return files; }

    /** Named paths that cannot be ingested at all. */
    public List<IngestReport.Failure> problems() { return problems; }
}
