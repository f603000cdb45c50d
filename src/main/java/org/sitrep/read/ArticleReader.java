package org.sitrep.read;

import java.nio.file.Path;
import org.sitrep.doc.Article;

/** Reads one input file into a cleaned {@link Article}. Implementations per format (text, HTML). */
public interface ArticleReader {
    /** @return true when this reader handles the file (by its extension). */
    boolean accepts(Path file);

    /** Reads and cleans the file, or fails with a one-line {@link InputException} naming it. */
    Article read(Path file) throws InputException;
}
