package org.wirescope.app;

import org.wirescope.config.Limits;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The {@link Limits} flags shared by {@code extract} and {@code ingest}. */
final class LimitOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

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

    /** The limits; a value out of range is a usage error (exit code 2). */
    Limits limits() {
        try {
            return new Limits(maxDocBytes, maxArticlesPerFile, maxLineChars);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), "bad limit: " + e.getMessage()
                    .replace("maxDocumentBytes", "--max-doc-bytes")
                    .replace("maxArticlesPerFile", "--max-articles-per-file")
                    .replace("maxLineChars", "--max-line-chars"));
        }
    }

    /** The limits as the stable text a run's identity is computed from. */
    String describe() {
        return "max-doc-bytes=" + maxDocBytes + " max-articles-per-file=" + maxArticlesPerFile
                + " max-line-chars=" + maxLineChars;
    }
}
