package org.sitrep.doc;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * One article as read and cleaned: the unit that flows through the pipeline
 * read → clean → annotate → resolve/link → map to RDF → store.
 *
 * @param fileName     the input file name, e.g. {@code 000_66abe3c82fbe29ae.txt}; becomes {@code dcterms:identifier}
 * @param path         the path it was read from (provenance), as given
 * @param title        the headline, or null when none could be found
 * @param text         the cleaned text: boilerplate removed; all character offsets refer to it
 * @param publisherHint the outlet named by metadata or a byline ("Par Euronews"), or null
 * @param issuedHint   a publication date given by metadata, or null (the annotators may infer one)
 * @param language     BCP-47 language tag of the content, e.g. {@code fr}
 * @param embeds       embedded social-media posts, located in {@link #text}
 * @param sha256       digest of the raw input bytes (provenance)
 * @param credits      wire agencies the page credits for the story ("Le Monde avec AFP et Reuters", "Source AFP")
 *                     on furniture lines that cleaning removed: they are sources of the article all the same
 */
public record Article(String fileName, String path, String title, String text, String publisherHint,
                      LocalDate issuedHint, String language, List<Embed> embeds, String sha256, List<String> credits) {
    public Article {
        Objects.requireNonNull(fileName, "fileName");
        Objects.requireNonNull(text, "text");
        embeds = embeds == null ? List.of() : List.copyOf(embeds);
        language = language == null ? "fr" : language;
        credits = credits == null ? List.of() : List.copyOf(credits);
    }

    /** An article with no credited agencies. */
    public Article(String fileName, String path, String title, String text, String publisherHint,
                   LocalDate issuedHint, String language, List<Embed> embeds, String sha256) {
        this(fileName, path, title, text, publisherHint, issuedHint, language, embeds, sha256, List.of());
    }
}
