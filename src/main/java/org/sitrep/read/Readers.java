package org.sitrep.read;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.sitrep.doc.Article;

/** Chooses the reader for a file by its extension. */
public final class Readers {
    private Readers() { }

    /** True for the file types sitrep reads: .txt, .html, .htm (any case). */
    public static boolean isSupported(Path file) {
        String n = file.getFileName().toString().toLowerCase(java.util.Locale.ROOT);
        return n.endsWith(".txt") || n.endsWith(".html") || n.endsWith(".htm");
    }

    /** Reads any supported file. (Provisional: plain UTF-8 text, no cleaning.) */
    public static Article read(Path file) throws InputException {
        try {
            String text = Files.readString(file, StandardCharsets.UTF_8);
            return new Article(file.getFileName().toString(), file.toString(), null, text, null, null, "fr", null, null);
        } catch (IOException e) {
            throw new InputException(file.toString(), "cannot read: " + e.getMessage(), e);
        }
    }
}
