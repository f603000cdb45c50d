package org.sitrep.serve;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/** The example queries shipped in {@code queries/*.rq}, each titled by its first comment line. */
public final class ExampleQueries {
    private ExampleQueries() { }

    /**
     * One example query.
     *
     * @param file  where it is
     * @param title its first comment line without the {@code #}, or the file name when it has none
     * @param text  the query
     */
    public record Example(Path file, String title, String text) {
        /** The text without its title comment line (when the title came from one). */
        public String body() {
            List<String> lines = new ArrayList<>(text.lines().toList());
            for (int i = 0; i < lines.size(); i++) {
                String l = lines.get(i).strip();
                if (l.startsWith("#") && l.replaceFirst("^#+", "").strip().equals(title)) {
                    lines.remove(i);
                    break;
                }
            }
            return String.join("\n", lines).strip();
        }
    }

    /** The {@code .rq} files of {@code dir}, sorted by name; empty when the folder is absent or empty. */
    public static List<Example> in(Path dir) {
        if (!Files.isDirectory(dir)) return List.of();
        List<Example> out = new ArrayList<>();
        try (Stream<Path> s = Files.list(dir)) {
            for (Path f : s.filter(p -> p.getFileName().toString().endsWith(".rq")).sorted().toList()) {
                String text = Files.readString(f, StandardCharsets.UTF_8);
                out.add(new Example(f, title(text, f.getFileName().toString()), text.strip()));
            }
        } catch (IOException e) {
            throw new UncheckedIOException(dir + ": cannot read the example queries: " + e.getMessage(), e);
        }
        return out;
    }

    private static String title(String text, String fallback) {
        for (String line : text.lines().toList()) {
            String l = line.strip();
            if (l.startsWith("#")) {
                String t = l.replaceFirst("^#+", "").strip();
                if (!t.isEmpty()) return t;
            }
        }
        return fallback;
    }
}
