package org.sitrep.read;

import java.nio.file.Path;
import java.util.Locale;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.sitrep.doc.Article;

/**
 * Reads an HTML news page ({@code .html}, {@code .htm}) with Jsoup: metadata from the head, the
 * article text rendered as a dump and cleaned like a text article.
 */
public final class HtmlArticleReader implements ArticleReader {
    private final long maxBytes;
    private final ArticleAssembler assembler = new ArticleAssembler();

    /** A reader with the configured size limit ({@link RawInput#configuredMaxBytes()}). */
    public HtmlArticleReader() {
        this(RawInput.configuredMaxBytes());
    }

    /** A reader refusing files larger than {@code maxBytes}. */
    public HtmlArticleReader(long maxBytes) {
        this.maxBytes = maxBytes;
    }

    @Override
    public boolean accepts(Path file) {
        if (file.getFileName() == null) return false;
        String n = file.getFileName().toString().toLowerCase(Locale.ROOT);
        return n.endsWith(".html") || n.endsWith(".htm");
    }

    @Override
    public Article read(Path file) throws InputException {
        RawInput raw = RawInput.load(file, maxBytes);
        Document doc = Jsoup.parse(raw.text());
        ArticleAssembler.Metadata meta = HtmlMetadata.of(doc);
        String dump = HtmlDump.of(doc, meta.title());
        String problem = "HTML has no article text";
        if (dump.isEmpty() || doc.body() == null || doc.body().text().isBlank()) throw new InputException(file.toString(), problem);
        return assembler.assemble(file, dump, raw.sha256(), meta, problem);
    }
}
