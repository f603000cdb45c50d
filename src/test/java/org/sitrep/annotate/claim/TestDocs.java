package org.sitrep.annotate.claim;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.sitrep.annotate.AnnotatedDocument;
import org.sitrep.annotate.DateMention;
import org.sitrep.annotate.Layers;
import org.sitrep.annotate.Mention;
import org.sitrep.annotate.Sentence;
import org.sitrep.annotate.text.SentenceAnnotator;
import org.sitrep.doc.Article;
import org.sitrep.doc.Embed;
import org.sitrep.extract.Entity;
import org.sitrep.extract.EntityType;
import org.sitrep.extract.Span;

/** Hand-built annotated documents: sentences, and the entities and mentions a test declares. */
public final class TestDocs {
    private final String text;
    private final List<Embed> embeds = new ArrayList<>();
    private final List<Object[]> entities = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();
    private LocalDate issued;
    private String title;

    private TestDocs(String text) { this.text = text; }

    public static TestDocs of(String text) { return new TestDocs(text); }

    /** Declares an entity; every occurrence of each surface form becomes a mention. */
    public TestDocs entity(EntityType type, String key, String... surfaces) {
        entities.add(new Object[] {type, key, surfaces});
        return this;
    }

    public TestDocs place(String key, String... s) { return entity(EntityType.PLACE, key, s); }

    public TestDocs force(String key, String... s) { return entity(EntityType.FORCE, key, s); }

    public TestDocs person(String key, String... s) { return entity(EntityType.PERSON, key, s); }

    public TestDocs outlet(String key, String... s) { return entity(EntityType.MEDIA_OUTLET, key, s); }

    public TestDocs country(String key, String... s) { return entity(EntityType.PLACE, "country:" + key, s); }

    /** A date expression at the first occurrence of the surface. */
    public TestDocs date(String surface, LocalDate d) {
        int at = text.indexOf(surface);
        dates.add(new DateMention(new Span(at, at + surface.length()), d, false));
        return this;
    }

    public TestDocs issued(LocalDate d) { issued = d; return this; }

    /** The article's headline (its first line, as a reader would find it). */
    public TestDocs title(String t) { title = t; return this; }

    /** An embedded post whose text is the first occurrence of {@code post}. */
    public TestDocs embed(String name, String handle, String post) {
        int at = text.indexOf(post);
        embeds.add(new Embed(name, handle, null, at, at + post.length(), at, at + post.length()));
        return this;
    }

    public AnnotatedDocument build() {
        AnnotatedDocument doc = new AnnotatedDocument(new Article("test.txt", "test.txt", title, text, null, issued, "fr", embeds, null));
        doc.set(Sentence.class, SentenceAnnotator.split(text));
        List<Mention> mentions = new ArrayList<>();
        for (Object[] e : entities) {
            EntityType type = (EntityType) e[0];
            String key = (String) e[1];
            boolean country = key.startsWith("country:");
            if (country) key = key.substring("country:".length());
            String[] surfaces = (String[]) e[2];
            Entity ent = doc.entity(type, key, surfaces[0]);
            if (country) ent.subtype = "country";
            for (String s : surfaces) {
                for (int at = text.indexOf(s); at >= 0; at = text.indexOf(s, at + 1)) {
                    boolean inside = false;
                    for (Mention m : mentions) inside |= m.span().overlaps(new Span(at, at + s.length()));
                    if (inside) continue;
                    Span span = new Span(at, at + s.length());
                    ent.mentions.add(span);
                    ent.altLabels.add(s);
                    mentions.add(new Mention(span, ent.id()));
                }
            }
        }
        mentions.sort((a, b) -> a.span().compareTo(b.span()));
        doc.set(Mention.class, mentions);
        doc.set(DateMention.class, dates);
        doc.markPresent(Layers.ENTITIES.class);
        doc.setIssued(issued);
        return doc;
    }
}
