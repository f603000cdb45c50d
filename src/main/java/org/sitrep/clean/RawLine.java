package org.sitrep.clean;

import java.util.ArrayList;
import java.util.List;

/**
 * One non-blank line of a raw text dump, trimmed.
 *
 * @param text     the line without surrounding whitespace (no-break spaces count as whitespace)
 * @param rawStart offset of {@code text} in the raw text
 * @param index    the line's number among all lines of the raw text (blank ones included)
 * @param block    number of the block the line is in; blank lines separate blocks
 */
public record RawLine(String text, int rawStart, int index, int block) {

    /** Splits raw text (lines separated by '\n') into its non-blank lines. */
    public static List<RawLine> split(String raw) {
        List<RawLine> lines = new ArrayList<>();
        int block = 0;
        boolean previousBlank = false;
        int index = 0;
        int pos = 0;
        while (pos <= raw.length()) {
            int nl = raw.indexOf('\n', pos);
            int end = nl < 0 ? raw.length() : nl;
            int s = pos;
            int e = end;
            while (s < e && isSpace(raw.charAt(s))) s++;
            while (e > s && isSpace(raw.charAt(e - 1))) e--;
            if (s == e) {
                previousBlank = true;
            } else {
                if (previousBlank && !lines.isEmpty()) block++;
                previousBlank = false;
                lines.add(new RawLine(raw.substring(s, e), s, index, block));
            }
            index++;
            if (nl < 0) break;
            pos = nl + 1;
        }
        return lines;
    }

    /** Whitespace including no-break, zero-width and BOM characters. */
    public static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u202F' || c == '\u2007'
                || c == '\u200B' || c == '\uFEFF';
    }
}
