package org.wirescope.dedup;

import java.util.Arrays;

/**
 * Turns a body into its exact-copy hash and its MinHash signature over word shingles. A word is a
 * maximal run of letters and digits, lower-cased; everything else (spacing, punctuation) is ignored.
 * Immutable and thread-safe.
 */
final class Signatures {

    /** The exact-copy hash and MinHash signature of one body; {@code minHash} is empty for a body without words. */
    record Sketch(long bodyHash, int[] minHash) {
    }

    private final int shingleWords;
    private final long[] seeds;

    Signatures(DedupConfig config) {
        this.shingleWords = config.shingleWords();
        this.seeds = new long[config.hashes()];
        for (int i = 0; i < seeds.length; i++) {
            seeds[i] = Hashing.mix(0x5DEECE66DL + i * 0x9E3779B97F4A7C15L);
        }
    }

    Sketch sketch(String body) {
        long[] words = words(body);
        int n = words.length;
        long bodyHash = Hashing.FNV_OFFSET;
        for (long w : words) {
            bodyHash = Hashing.mix(bodyHash ^ w) * Hashing.FNV_PRIME;
        }
        bodyHash = Hashing.mix(bodyHash ^ n);
        if (n == 0) return new Sketch(bodyHash, new int[0]);
        long[] mins = new long[seeds.length];
        Arrays.fill(mins, Long.MAX_VALUE);
        int k = Math.min(shingleWords, n);
        for (int start = 0; start + k <= n; start++) {
            long h = k;
            for (int j = start; j < start + k; j++) {
                h = Long.rotateLeft((h + words[j]) * 0x9E3779B97F4A7C15L, 31);
            }
            long base = Hashing.mix(h);
            for (int i = 0; i < seeds.length; i++) {
                long v = Hashing.member(base, seeds[i]);
                if (v < mins[i]) mins[i] = v;
            }
        }
        int[] signature = new int[mins.length];
        for (int i = 0; i < mins.length; i++) signature[i] = (int) mins[i];
        return new Sketch(bodyHash, signature);
    }

    private static long[] words(String body) {
        long[] out = new long[Math.max(8, body.length() / 5)];
        int n = 0;
        long h = Hashing.FNV_OFFSET;
        boolean in = false;
        for (int i = 0; i <= body.length(); i++) {
            char c = i < body.length() ? body.charAt(i) : ' ';
            if (Character.isLetterOrDigit(c)) {
                h = (h ^ Character.toLowerCase(c)) * Hashing.FNV_PRIME;
                in = true;
            } else if (in) {
                if (n == out.length) out = Arrays.copyOf(out, n * 2);
                out[n++] = Hashing.mix(h);
                h = Hashing.FNV_OFFSET;
                in = false;
            }
        }
        return Arrays.copyOf(out, n);
    }
}
