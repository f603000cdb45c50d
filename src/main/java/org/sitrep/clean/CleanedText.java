package org.sitrep.clean;

import java.util.List;

/**
 * The result of cleaning: the kept paragraphs joined by blank lines, and the way back to the raw text.
 *
 * @param text       kept paragraphs joined by {@code "\n\n"}
 * @param paragraphs the kept paragraphs, in order, located in {@code text}
 * @param offsets    maps offsets in {@code text} to offsets in the raw text
 */
public record CleanedText(String text, List<Paragraph> paragraphs, OffsetMap offsets) {
    public CleanedText {
        paragraphs = List.copyOf(paragraphs);
    }
}
