package org.sitrep.annotate.operation;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the word lists of {@code org/sitrep/operations/}. */
final class OperationLexicon {
    private OperationLexicon() { }

    /** Non-comment, non-blank lines of a resource, optionally lower-cased (apostrophes normalised). */
    static List<String> lines(String name, boolean lower) {
        List<String> out = new ArrayList<>();
        try (InputStream in = OperationLexicon.class.getResourceAsStream("/org/sitrep/operations/" + name)) {
            if (in == null) throw new IllegalStateException("missing resource org/sitrep/operations/" + name);
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line; (line = r.readLine()) != null; ) {
                if (line.isBlank() || line.startsWith("#")) continue;
                line = line.stripTrailing();
                out.add(lower ? line.toLowerCase(Locale.ROOT).replace('’', '\'') : line);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out;
    }
}
