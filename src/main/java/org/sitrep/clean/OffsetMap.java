package org.sitrep.clean;

import java.util.Arrays;

/**
 * Maps offsets in a cleaned text back to offsets in the raw text it was cut from. The cleaned
 * text is a sequence of raw segments copied verbatim, separated by inserted separators; an
 * offset inside a separator maps to the raw end of the segment before it.
 */
public final class OffsetMap {
    private final int[] cleanStarts;
    private final int[] rawStarts;
    private final int[] lengths;

    OffsetMap(int[] cleanStarts, int[] rawStarts, int[] lengths) {
        this.cleanStarts = cleanStarts;
        this.rawStarts = rawStarts;
        this.lengths = lengths;
    }

    /** The raw offset of cleaned offset {@code clean} (0 ≤ clean ≤ cleaned length). */
    public int toRaw(int clean) {
        if (clean < 0) throw new IndexOutOfBoundsException("negative offset " + clean);
        if (cleanStarts.length == 0) return 0;
        int i = Arrays.binarySearch(cleanStarts, clean);
        if (i < 0) i = -i - 2;
        if (i < 0) return rawStarts[0];
        int within = clean - cleanStarts[i];
        return rawStarts[i] + Math.min(within, lengths[i]);
    }

    /** Number of verbatim segments. */
    public int segments() { return cleanStarts.length; }
}
