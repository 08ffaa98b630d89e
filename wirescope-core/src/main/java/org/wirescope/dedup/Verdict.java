package org.wirescope.dedup;

import java.util.Objects;
import java.util.Optional;

/**
 * What the index says about one observed article.
 *
 * @param duplicateOf id of the first article with the same normalised body, when this one is an exact copy
 * @param cluster     id of the first article of this article's near-duplicate cluster: of the earlier article it
 *                    nearly copies, or its own id when none is near enough (it founds a cluster, perhaps of one)
 * @param signature   what the index added for this article, to be kept for later runs; empty for an exact copy
 *                    and for an article the index already held
 */
public record Verdict(Optional<String> duplicateOf, String cluster, Optional<StorySignature> signature) {

    public Verdict {
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(cluster, "cluster");
        Objects.requireNonNull(signature, "signature");
    }
}
