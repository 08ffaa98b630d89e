package org.wirescope.store;

/**
 * What one {@link Store#write} stored.
 *
 * @param articlesAdded records whose article was new
 * @param articlesSkipped records whose article id was already stored (or repeated in the batch)
 * @param rejectsAdded rejects not already stored with the same uri, stage and reason
 */
public record BatchResult(int articlesAdded, int articlesSkipped, int rejectsAdded) {
}
