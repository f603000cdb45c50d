package org.sitrep.annotate.entity;

import java.util.List;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.text.SentenceAnnotator;
import org.sitrep.doc.Article;
import org.sitrep.doc.Embed;
import org.sitrep.gazetteer.Gazetteer;

/** Test documents run through sentences and entities over the standard gazetteer. */
final class EntityDocs {
    private EntityDocs() { }

    private static final EntityAnnotator ANNOTATOR = new EntityAnnotator(Gazetteer.standard());

    /** The text as an article with this publisher hint (or null) and these embedded posts, annotated. */
    static AnnotatedDocument annotate(String text, String publisher, Embed... embeds) {
        AnnotatedDocument d = new AnnotatedDocument(new Article("t.txt", "t.txt", null, text, publisher, null, "fr", List.of(embeds), null));
        new SentenceAnnotator().annotate(d);
        ANNOTATOR.annotate(d);
        return d;
    }
}
