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
 * Jaccard similarity reaches the threshold gives its cluster, named by the cluster's first article.
 * Per article only the signature, the id and the cluster's first article are kept, with the band
 * buckets. Thread-safe: sketches are computed outside the lock, the index is updated under it, and
 * for one order of observation the verdicts are deterministic.
 */
public final class DedupIndex {

    private final DedupConfig config;
    private final Signatures signatures;
    private final int rows;
    private final int minMatches;

    private final LongIntTable exact = new LongIntTable(1024);
    private final LongIntTable bandHeads = new LongIntTable(1024);
    private String[] ids = new String[1024];
    private int[] root = new int[1024];
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
                return new Verdict(Optional.of(ids[same]), Optional.of(ids[root[same]]));
            }
            int ordinal = add(article.id(), sketch);
            exact.put(sketch.bodyHash(), ordinal);
            return root[ordinal] == ordinal ? Verdict.UNIQUE : new Verdict(Optional.empty(), Optional.of(ids[root[ordinal]]));
        }
    }

    /** How many distinct bodies the index holds (exact copies are not stored). */
    public synchronized int size() {
        return size;
    }

    /** Approximate bytes of index structures, for the bench; excludes the id strings themselves. */
    public synchronized long structureBytes() {
        long perSignature = 16 + 4L * config.hashes() + 8;
        return exact.bytes() + bandHeads.bytes() + 4L * nextInBand.length + 4L * root.length + 8L * ids.length
                + 16L + 8L * minHashes.length + perSignature * size;
    }

    private int add(String id, Signatures.Sketch sketch) {
        int ordinal = size;
        ensureCapacity(ordinal + 1);
        int[] sig = sketch.minHash();
        int best = -1;
        int bestMatches = minMatches - 1;
        long[] keys = new long[sig.length == 0 ? 0 : config.bands()];
        for (int b = 0; b < keys.length; b++) {
            keys[b] = bandKey(sig, b);
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
        root[ordinal] = best >= 0 ? root[best] : ordinal;
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
        root = Arrays.copyOf(root, cap);
        minHashes = Arrays.copyOf(minHashes, cap);
        nextInBand = Arrays.copyOf(nextInBand, cap * config.bands());
    }
}
