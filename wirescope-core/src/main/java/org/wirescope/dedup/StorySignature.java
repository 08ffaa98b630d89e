package org.wirescope.dedup;

import java.util.Arrays;
import java.util.Objects;

/**
 * What a {@link DedupIndex} keeps of one distinct body, so that a store can keep it and a later index
 * can {@linkplain DedupIndex#restore restore} it: near-copies ingested in a later run then join the
 * cluster of a story ingested earlier. Exact copies have no signature of their own (the body's first
 * article has it). Immutable: the signature array is copied in and out.
 *
 * @param articleId the article whose body this is
 * @param bodyHash  the hash of the body's words, for exact copies
 * @param minHash   the MinHash signature over word shingles; empty for a body without words
 * @param cluster   the id of the first article of the body's near-duplicate cluster (its own id when it founded one)
 */
public record StorySignature(String articleId, long bodyHash, int[] minHash, String cluster) {

    public StorySignature {
        Objects.requireNonNull(articleId, "articleId");
        Objects.requireNonNull(cluster, "cluster");
        minHash = Objects.requireNonNull(minHash, "minHash").clone();
    }

    @Override
    public int[] minHash() {
        return minHash.clone();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof StorySignature s && articleId.equals(s.articleId) && bodyHash == s.bodyHash
                && Arrays.equals(minHash, s.minHash) && cluster.equals(s.cluster);
    }

    @Override
    public int hashCode() {
        return Objects.hash(articleId, bodyHash, Arrays.hashCode(minHash), cluster);
    }

    @Override
    public String toString() {
        return "StorySignature[" + articleId + ", cluster " + cluster + ", " + minHash.length + " hashes]";
    }
}
