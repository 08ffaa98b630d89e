package org.wirescope.dedup;

import java.util.Objects;
import java.util.Optional;

/**
 * What the index says about one observed article.
 *
 * @param duplicateOf id of the first article with the same normalised body, when this one is an exact copy
 * @param cluster id of the first article of this article's near-duplicate cluster, when an earlier article is
 *     near enough; empty for an article that has no earlier near copy (it may found a cluster later)
 */
public record Verdict(Optional<String> duplicateOf, Optional<String> cluster) {

    static final Verdict UNIQUE = new Verdict(Optional.empty(), Optional.empty());

    public Verdict {
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(cluster, "cluster");
    }
}
