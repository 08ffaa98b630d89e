package org.wirescope.store;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;
import org.wirescope.model.Record;

/**
 * An article as it was written, with the key across articles of each of its actors.
 *
 * @param record    the article and everything extracted from it
 * @param actorKeys each actor's {@link ActorKeys key}, by the actor's id in the article
 */
public record StoredArticle(Record record, Map<String, String> actorKeys) {

    public StoredArticle {
        Objects.requireNonNull(record, "record");
        actorKeys = Collections.unmodifiableMap(new LinkedHashMap<>(actorKeys));
    }
}
