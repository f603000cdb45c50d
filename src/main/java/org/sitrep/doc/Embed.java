package org.sitrep.doc;

import java.time.LocalDate;

/**
 * An embedded social-media post (a tweet quoted in the page), attributed to its account.
 *
 * @param accountName display name, e.g. {@code Peshmerga}
 * @param handle      the account handle without '@', e.g. {@code KURDISTAN_ARMY}, or null
 * @param date        the date printed under the post, or null
 * @param start       offset of the post's text in the article's cleaned text
 * @param end         end offset (exclusive) of the post's text
 * @param lineStart   offset where the whole embed (post text and signature line) starts
 * @param lineEnd     offset where the whole embed ends
 */
public record Embed(String accountName, String handle, LocalDate date, int start, int end, int lineStart, int lineEnd) {
}
