package org.wirescope.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Everything the pipeline knows about one article: what the sinks write, one JSONL line each.
 *
 * @param duplicateOf id of an earlier article with the same text, when this one is an exact copy
 * @param cluster the story: id of the first article of the near-duplicate cluster, the article's own id when it is
 *     that first article; empty when the article was not compared with others
 */
public record Record(
        Article article,
        List<Actor> actors,
        List<Quote> quotes,
        List<Event> events,
        List<DateMention> dates,
        Optional<String> duplicateOf,
        Optional<String> cluster) {

    public Record {
        Objects.requireNonNull(article, "article");
        actors = List.copyOf(actors);
        quotes = List.copyOf(quotes);
        events = List.copyOf(events);
        dates = List.copyOf(dates);
        Objects.requireNonNull(duplicateOf, "duplicateOf");
        Objects.requireNonNull(cluster, "cluster");
    }

    /** A record with only the clean article (what the foundation stages produce). */
    public static Record of(Article article) {
        return new Record(article, List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    public String id() {
        return article.id();
    }
}
