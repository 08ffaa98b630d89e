package org.wirescope.model;

import java.util.Arrays;

/**
 * Maps offsets in a clean text back to offsets in the raw input it was made from. Built from
 * runs of characters copied verbatim: each run says "clean[c, c+len) came from raw[r, r+len)".
 * Characters the cleaner inserted (paragraph separators) map to the raw offset of the next copied
 * character, so a span always maps to a raw range that covers its source.
 */
public final class OffsetMap {

    private final int[] cleanStarts;
    private final int[] rawStarts;
    private final int[] lengths;
    private final int cleanLength;

    private OffsetMap(int[] cleanStarts, int[] rawStarts, int[] lengths, int cleanLength) {
        this.cleanStarts = cleanStarts;
        this.rawStarts = rawStarts;
        this.lengths = lengths;
        this.cleanLength = cleanLength;
    }

    /** The identity map over a text of the given length (clean text equals raw text). */
    public static OffsetMap identity(int length) {
        return new OffsetMap(new int[] {0}, new int[] {0}, new int[] {length}, length);
    }

    public int cleanLength() {
        return cleanLength;
    }

    /** The raw offset of clean offset {@code cleanOffset} (0 ≤ offset ≤ clean length). */
    public int toRaw(int cleanOffset) {
        if (cleanOffset < 0 || cleanOffset > cleanLength) {
            throw new IndexOutOfBoundsException("cleanOffset " + cleanOffset + " outside 0.." + cleanLength);
        }
        int i = Arrays.binarySearch(cleanStarts, cleanOffset);
        if (i < 0) i = -i - 2;
        if (i < 0) return rawStarts.length == 0 ? 0 : rawStarts[0];
        int into = cleanOffset - cleanStarts[i];
        if (into <= lengths[i]) return rawStarts[i] + into;
        // inside inserted characters: point at the next copied run
        return i + 1 < rawStarts.length ? rawStarts[i + 1] : rawStarts[i] + lengths[i];
    }

    /**
     * The copied runs as three parallel arrays {@code {cleanStarts, rawStarts, lengths}}, for storage;
     * {@link #fromRuns} rebuilds the map.
     */
    public int[][] runs() {
        return new int[][] {cleanStarts.clone(), rawStarts.clone(), lengths.clone()};
    }

    public static OffsetMap fromRuns(int[][] runs, int cleanLength) {
        if (runs.length != 3 || runs[0].length != runs[1].length || runs[1].length != runs[2].length) {
            throw new IllegalArgumentException("runs must be three arrays of equal length");
        }
        return new OffsetMap(runs[0].clone(), runs[1].clone(), runs[2].clone(), cleanLength);
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof OffsetMap m && cleanLength == m.cleanLength && Arrays.equals(cleanStarts, m.cleanStarts)
                && Arrays.equals(rawStarts, m.rawStarts) && Arrays.equals(lengths, m.lengths);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * Arrays.hashCode(cleanStarts) + Arrays.hashCode(rawStarts)) + Arrays.hashCode(lengths) + cleanLength;
    }

    @Override
    public String toString() {
        return "OffsetMap[" + cleanStarts.length + " runs over " + cleanLength + " chars]";
    }

    /** Builds a map run by run, in clean-text order. */
    public static final class Builder {
        private int[] cs = new int[8];
        private int[] rs = new int[8];
        private int[] ls = new int[8];
        private int n;
        private int cleanLength;

        /** Records that {@code length} characters were copied from raw offset {@code rawStart}. */
        public Builder copied(int rawStart, int length) {
            if (length <= 0) return this;
            if (n > 0 && cs[n - 1] + ls[n - 1] == cleanLength && rs[n - 1] + ls[n - 1] == rawStart) {
                ls[n - 1] += length;
            } else {
                if (n == cs.length) {
                    cs = Arrays.copyOf(cs, n * 2);
                    rs = Arrays.copyOf(rs, n * 2);
                    ls = Arrays.copyOf(ls, n * 2);
                }
                cs[n] = cleanLength;
                rs[n] = rawStart;
                ls[n] = length;
                n++;
            }
            cleanLength += length;
            return this;
        }

        /** Records {@code length} characters the cleaner inserted (no raw counterpart). */
        public Builder inserted(int length) {
            cleanLength += length;
            return this;
        }

        public OffsetMap build() {
            if (n == 0) return new OffsetMap(new int[] {0}, new int[] {0}, new int[] {0}, cleanLength);
            return new OffsetMap(Arrays.copyOf(cs, n), Arrays.copyOf(rs, n), Arrays.copyOf(ls, n), cleanLength);
        }
    }
}
