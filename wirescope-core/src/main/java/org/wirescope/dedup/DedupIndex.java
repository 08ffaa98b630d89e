package org.wirescope.dedup;

import java.util.Arrays;
import java.util.Objects;
import java.util.Optional;
import org.wirescope.model.Article;

/**
 * An incremental index of article bodies that finds exact copies and near-copies as articles arrive.
 *
 * <p>An exact copy (same words in the same order, case and spacing ignored, whatever its title) is
 * {@code duplicateOf} the first such article. A near-copy is found by MinHash over word shingles of the
 * body: LSH banding picks candidates among earlier articles, and the best candidate whose estimated
 * Jaccard similarity reaches the threshold gives its cluster, named by the cluster's first article;
 * an article with no near enough candidate founds a cluster named by its own id. Every article thus
 * carries its cluster, the first one included, and articles of one cluster are reports of one story.
 * Per article only the signature, the id and the cluster's name are kept, with the band buckets.
 *
 * <p>An index can start from the signatures an earlier index gave out ({@link Verdict#signature()},
 * kept by a store), {@linkplain #restore restored} in the order they were given, so that articles of a
 * later run join the clusters of earlier ones. An article observed again (same id, same body) keeps
 * its cluster and is not a copy of itself.
 *
 * <p>Thread-safe: sketches are computed outside the lock, the index is updated under it, and for one
 * order of observation the verdicts are deterministic.
 */
public final class DedupIndex {

    private final DedupConfig config;
    private final Signatures signatures;
    private final int rows;
    private final int minMatches;

    private final LongIntTable exact = new LongIntTable(1024);
    private final LongIntTable bandHeads = new LongIntTable(1024);
    private String[] ids = new String[1024];
    /** The cluster of each entry, by name: the id of its first article. */
    private String[] clusters = new String[1024];
    private int[][] minHashes = new int[1024][];
    private int[] nextInBand;
    private int size;

    private DedupIndex(DedupConfig config) {
        this.config = config;
        this.signatures = new Signatures(config);
        this.rows = config.rows();
        this.minMatches = (int) Math.ceil(config.threshold() * config.hashes() - 1e-9);
        this.nextInBand = new int[1024 * config.bands()];
    }

    public static DedupIndex create(DedupConfig config) {
        return new DedupIndex(Objects.requireNonNull(config, "config"));
    }

    public DedupConfig config() {
        return config;
    }

    /** Indexes {@code article} and says whether it copies or nearly copies an earlier one. */
    public Verdict observe(Article article) {
        Signatures.Sketch sketch = signatures.sketch(article.text());
        synchronized (this) {
            int same = exact.get(sketch.bodyHash());
            if (same >= 0) {
                Optional<String> copyOf = ids[same].equals(article.id()) ? Optional.empty() : Optional.of(ids[same]);
                return new Verdict(copyOf, clusters[same], Optional.empty());
            }
            int ordinal = add(article.id(), sketch.minHash(), Optional.empty());
            exact.put(sketch.bodyHash(), ordinal);
            return new Verdict(Optional.empty(), clusters[ordinal],
                    Optional.of(new StorySignature(ids[ordinal], sketch.bodyHash(), sketch.minHash(), clusters[ordinal])));
        }
    }

    /**
     * Adds what an earlier index gave out for one article, with the cluster it had then, without
     * comparing it to anything. Restore signatures in the order they were given; one whose body the
     * index already holds is ignored, and one made with another signature length still finds exact
     * copies but no near ones.
     */
    public synchronized void restore(StorySignature signature) {
        Objects.requireNonNull(signature, "signature");
        if (exact.get(signature.bodyHash()) >= 0) return;
        int[] sig = signature.minHash();
        if (sig.length != config.hashes()) sig = new int[0];
        int ordinal = add(signature.articleId(), sig, Optional.of(signature.cluster()));
        exact.put(signature.bodyHash(), ordinal);
    }

    /** How many distinct bodies the index holds (exact copies are not stored). */
    public synchronized int size() {
        return size;
    }

    /** Approximate bytes of index structures, for the bench; excludes the id strings themselves. */
    public synchronized long structureBytes() {
        long perSignature = 16 + 4L * config.hashes() + 8;
        return exact.bytes() + bandHeads.bytes() + 4L * nextInBand.length + 8L * clusters.length
                + 8L * ids.length
                + 16L + 8L * minHashes.length + perSignature * size;
    }

    /** Adds an entry: to {@code cluster} when given, else to the cluster of its best near candidate, else to its own. */
    private int add(String id, int[] sig, Optional<String> cluster) {
        int ordinal = size;
        ensureCapacity(ordinal + 1);
        int best = -1;
        int bestMatches = minMatches - 1;
        long[] keys = new long[sig.length == 0 ? 0 : config.bands()];
        for (int b = 0; b < keys.length; b++) {
            keys[b] = bandKey(sig, b);
            if (cluster.isPresent()) continue;
            for (int c = bandHeads.get(keys[b]); c >= 0; c = nextInBand[c * config.bands() + b]) {
                int matches = matches(sig, minHashes[c]);
                if (matches > bestMatches || matches == bestMatches && matches >= minMatches && c < best) {
                    best = c;
                    bestMatches = matches;
                }
            }
        }
        ids[ordinal] = id;
        minHashes[ordinal] = sig;
        clusters[ordinal] = cluster.orElse(best >= 0 ? clusters[best] : id);
        for (int b = 0; b < keys.length; b++) {
            nextInBand[ordinal * config.bands() + b] = bandHeads.put(keys[b], ordinal);
        }
        size++;
        return ordinal;
    }

    private long bandKey(int[] sig, int band) {
        long h = Hashing.mix(band + 1L);
        for (int i = band * rows; i < (band + 1) * rows; i++) {
            h = Hashing.mix(h ^ (sig[i] & 0xFFFFFFFFL));
        }
        return h;
    }

    private static int matches(int[] a, int[] b) {
        if (a.length != b.length) return 0;
        int m = 0;
        for (int i = 0; i < a.length; i++) {
            if (a[i] == b[i]) m++;
        }
        return m;
    }

    private void ensureCapacity(int n) {
        if (n <= ids.length) return;
        int cap = ids.length * 2;
        ids = Arrays.copyOf(ids, cap);
        clusters = Arrays.copyOf(clusters, cap);
        minHashes = Arrays.copyOf(minHashes, cap);
        nextInBand = Arrays.copyOf(nextInBand, cap * config.bands());
    }
}
