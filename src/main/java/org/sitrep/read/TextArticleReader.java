package org.sitrep.read;

import java.nio.file.Path;
import java.util.Locale;
import org.sitrep.doc.Article;

/** Reads a plain-text article (a text dump of a web page, one paragraph a line): {@code .txt}. */
public final class TextArticleReader implements ArticleReader {
    private final long maxBytes;
    private final ArticleAssembler assembler = new ArticleAssembler();

    /** A reader with the configured size limit ({@link RawInput#configuredMaxBytes()}). */
    public TextArticleReader() {
        this(RawInput.configuredMaxBytes());
    }

    /** A reader refusing files larger than {@code maxBytes}. */
    public TextArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean accepts(Path file) {
        return file.getFileName() != null && file.getFileName().toString().toLowerCase(Locale.ROOT).endsWith(".txt");
    }

    @Override
    public Article read(Path file) throws InputException {
        RawInput raw = RawInput.load(file, maxBytes);
        return assembler.assemble(file, raw.text(), raw.sha256(), ArticleAssembler.Metadata.NONE,
                "no article text (only page furniture)");
    }
}
