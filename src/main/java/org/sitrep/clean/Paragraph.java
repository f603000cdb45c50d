package org.sitrep.clean;

/**
 * A paragraph of the cleaned text: one line of the dump, or several soft-wrapped lines joined by spaces.
 *
 * @param text       the paragraph's text
 * @param start      its offset in the cleaned text
 * @param end        its end offset (exclusive) in the cleaned text
 * @param firstBlock the raw block its first line belongs to
 * @param lastBlock  the raw block its last line belongs to
 */
public record Paragraph(String text, int start, int end, int firstBlock, int lastBlock) {
}
