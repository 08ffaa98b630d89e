package org.wirescope.dedup;

/** The 64-bit hashes of the index: FNV-1a over characters and a SplitMix-style finaliser. */
final class Hashing {

    static final long FNV_OFFSET = 0xCBF29CE484222325L;
    static final long FNV_PRIME = 0x100000001B3L;

    private Hashing() {
    }

    /** SplitMix64 finaliser: a bijection of 64-bit values with good avalanche. */
    static long mix(long z) {
        z = (z ^ (z >>> 30)) * 0xBF58476D1CE4E5B9L;
        z = (z ^ (z >>> 27)) * 0x94D049BB133111EBL;
        return z ^ (z >>> 31);
    }

    /** Member {@code seed} of the hash family, applied to an already mixed value. */
    static long member(long mixed, long seed) {
        long z = (mixed ^ seed) * 0x9E3779B97F4A7C15L;
        z ^= z >>> 32;
        z *= 0xD6E8FEB86659FD93L;
        return z ^ (z >>> 29);
    }
}
