package org.wirescope.dedup;

/**
 * Settings of the near-duplicate index.
 *
 * @param shingleWords words per shingle
 * @param hashes MinHash signature length
 * @param bands LSH bands; must divide {@code hashes}
 * @param threshold least estimated Jaccard similarity of shingle sets for two bodies to share a cluster
 */
public record DedupConfig(int shingleWords, int hashes, int bands, double threshold) {

    public DedupConfig {
        if (shingleWords < 1) throw new IllegalArgumentException("shingleWords must be at least 1: " + shingleWords);
        if (hashes < 1) throw new IllegalArgumentException("hashes must be at least 1: " + hashes);
        if (bands < 1 || hashes % bands != 0) {
            throw new IllegalArgumentException("bands must divide hashes: " + bands + " / " + hashes);
        }
        if (!(threshold > 0 && threshold <= 1)) throw new IllegalArgumentException("threshold must be in (0, 1]: " + threshold);
    }

    /** Five-word shingles, 128 hashes in 32 bands of 4, Jaccard estimate at least 0.6. */
    public static DedupConfig defaults() {
        return new DedupConfig(5, 128, 32, 0.6);
    }

    int rows() {
        return hashes / bands;
    }
}
