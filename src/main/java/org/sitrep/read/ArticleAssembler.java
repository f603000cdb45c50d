package org.sitrep.read;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.sitrep.clean.BoilerplateCleaner;
import org.sitrep.clean.CleanedText;
import org.sitrep.clean.Paragraph;
import org.sitrep.clean.RawLine;
import org.sitrep.doc.Article;

/**
 * Turns the text dump of a page into an {@link Article}: gathers the publisher and date hints from
 * the whole dump, drops the boilerplate, takes the title, finds the embedded posts. Hints given by
 * page metadata (HTML) take precedence over those found in the text.
 */
final class ArticleAssembler {

    /** What page metadata says; any field may be null. */
    record Metadata(String title, String publisher, LocalDate issued, String language) {
        static final Metadata NONE = new Metadata(null, null, null, null);

        /** This metadata, with the publisher and dateline found in other lines where it has none. */
        Metadata orFrom(List<RawLine> lines) {
            return new Metadata(title, PublisherHints.first(publisher, PublisherHints.find(lines)),
                    issued != null ? issued : Datelines.find(lines), language);
        }
    }

    private static final int MAX_TITLE = 200;

    private final BoilerplateCleaner cleaner = new BoilerplateCleaner();

    /** Builds the article, or fails when nothing of the dump is article text. */
    Article assemble(Path file, String dump, String sha256, Metadata meta, String noTextProblem) throws InputException {
        List<RawLine> lines = RawLine.split(dump);
        String publisher = PublisherHints.first(meta.publisher(), PublisherHints.find(lines));
        LocalDate issued = meta.issued() != null ? meta.issued() : Datelines.find(lines);
        CleanedText cleaned = cleaner.clean(lines, publisher);
        if (cleaned.paragraphs().isEmpty()) throw new InputException(file.toString(), noTextProblem);
        String title = meta.title() != null ? meta.title() : titleFrom(cleaned.paragraphs().get(0));
        Path name = file.getFileName();
        return new Article(name == null ? file.toString() : name.toString(), file.toString(), title, cleaned.text(),
                publisher, issued, meta.language() == null ? "fr" : meta.language(), EmbedFinder.find(cleaned), sha256,
                AgencyCredits.find(lines));
    }

    /** The first content line; a long one is cut at a word boundary. */
    private static String titleFrom(Paragraph first) {
        String t = first.text().replaceAll("\\s+", " ").strip();
        if (t.length() <= MAX_TITLE) return t;
        int cut = t.lastIndexOf(' ', MAX_TITLE);
        return t.substring(0, cut > 0 ? cut : MAX_TITLE) + "…";
    }
}
