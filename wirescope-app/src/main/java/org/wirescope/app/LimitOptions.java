package org.wirescope.app;

import org.wirescope.config.Limits;
import picocli.CommandLine.Option;

/** The {@link Limits} flags shared by {@code extract} and {@code ingest}. */
final class LimitOptions {

    @Option(names = "--max-doc-bytes", paramLabel = "SIZE", converter = ByteSize.class, defaultValue = "16MiB",
            description = "Largest input document (a file, a JSONL line, a decompressed stream); larger ones are "
                    + "rejected, never truncated. Accepts 16MiB, 100KB, 4096 … (default: ${DEFAULT-VALUE}).")
    long maxDocBytes;

    @Option(names = "--max-articles-per-file", paramLabel = "N", defaultValue = "500",
            description = "Most articles one plain-text scrape may be split into (default: ${DEFAULT-VALUE}).")
    int maxArticlesPerFile;

    @Option(names = "--max-line-chars", paramLabel = "N", defaultValue = "1000000",
            description = "Longest single line the clean stage accepts; a document with a longer line is rejected "
                    + "(default: ${DEFAULT-VALUE}).")
    int maxLineChars;

    Limits limits() {
        return new Limits(maxDocBytes, maxArticlesPerFile, maxLineChars);
    }

    /** The limits as the stable text a run's identity is computed from. */
    String describe() {
        return "max-doc-bytes=" + maxDocBytes + " max-articles-per-file=" + maxArticlesPerFile
                + " max-line-chars=" + maxLineChars;
    }
}
