package org.wirescope.config;

/**
 * The explicit limits every run works under. A document over a limit is rejected with a reason
 * naming the limit, never truncated silently.
 *
 * @param maxDocumentBytes largest input document (a file, a JSONL line, a decompressed stream) in bytes
 * @param maxArticlesPerFile most articles one plain-text scrape may be split into
 * @param maxLineChars longest single line the clean stage accepts; longer lines make the document a reject
 */
public record Limits(long maxDocumentBytes, int maxArticlesPerFile, int maxLineChars) {

    public static final Limits DEFAULTS = new Limits(16L * 1024 * 1024, 500, 1_000_000);

    public Limits {
        if (maxDocumentBytes <= 0) throw new IllegalArgumentException("maxDocumentBytes must be > 0, was " + maxDocumentBytes);
        if (maxArticlesPerFile <= 0) throw new IllegalArgumentException("maxArticlesPerFile must be > 0, was " + maxArticlesPerFile);
        if (maxLineChars <= 0) throw new IllegalArgumentException("maxLineChars must be > 0, was " + maxLineChars);
    }

    public Limits withMaxDocumentBytes(long bytes) {
        return new Limits(bytes, maxArticlesPerFile, maxLineChars);
    }
}
