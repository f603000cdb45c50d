package org.sitrep.read;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.sitrep.doc.Article;

/** Chooses the reader for a file by its extension, and expands the paths given on a command line. */
public final class Readers {
    private Readers() { }

    /** True for the file types sitrep reads: .txt, .html, .htm (any case). */
    public static boolean isSupported(Path file) {
        Path name = file.getFileName();
        if (name == null) return false;
        String n = name.toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm");
    }

    /** Reads and cleans any supported file (size limit: {@link RawInput#configuredMaxBytes()}). */
    public static Article read(Path file) throws InputException {
        for (ArticleReader reader : List.of(new TextArticleReader(), new HtmlArticleReader())) {
            if (reader.accepts(file)) return reader.read(file);
        }
        throw new InputException(file.toString(), "unsupported file type (sitrep reads .txt, .html and .htm)");
    }

    /**
     * The files to read for the given paths: a file stands for itself, a directory for every
     * supported file below it. Sorted, without duplicates.
     *
     * @throws InputException when a path does not exist, or a file given by name is not supported
     */
    public static List<Path> collect(List<Path> inputs) throws InputException {
        TreeSet<Path> files = new TreeSet<>();
        for (Path input : inputs) {
            if (!Files.exists(input)) throw new InputException(input.toString(), "no such file or directory");
            if (Files.isDirectory(input)) {
                try (Stream<Path> walk = Files.walk(input)) {
                    walk.filter(Files::isRegularFile).filter(Readers::isSupported).forEach(files::add);
                } catch (IOException | UncheckedIOException e) {
                    throw new InputException(input.toString(), "cannot list directory: " + e.getMessage(), e);
                }
            } else if (isSupported(input)) {
                files.add(input);
            } else {
                throw new InputException(input.toString(), "unsupported file type (sitrep reads .txt, .html and .htm)");
            }
        }
        return new ArrayList<>(files);
    }
}
