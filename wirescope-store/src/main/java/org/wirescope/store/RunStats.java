package org.wirescope.store;

import java.util.Objects;
import java.util.Set;

/**
 * What a run did, recorded when it ends.
 *
 * @param status {@code finished} or {@code failed}
 */
public record RunStats(long files, long articles, long rejects, long bytes, String status) {

    static final Set<String> STATUSES = Set.of("finished", "failed");

    public RunStats {
        Objects.requireNonNull(status, "status");
        if (!STATUSES.contains(status)) {
            throw new IllegalArgumentException("status must be finished or failed, was " + status);
        }
        requireCount("files", files);
        requireCount("articles", articles);
        requireCount("rejects", rejects);
        requireCount("bytes", bytes);
    }

    private static void requireCount(String name, long value) {
        if (value < 0) throw new IllegalArgumentException(name + " must be >= 0, was " + value);
    }
}
