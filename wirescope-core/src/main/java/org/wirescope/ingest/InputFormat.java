package org.wirescope.ingest;

import java.nio.file.Path;
import java.util.Locale;
import java.util.Optional;

/** How a file is read, chosen by its name: the extension after stripping {@code .gz}. */
enum InputFormat {
    TEXT(null),
    JSONL(null),
    HTML(null),
    WARC(null),
    RSS(null),
    /** An {@code .xml} file: a feed when its root is rss/feed/rdf:RDF, plain text otherwise. */
    XML(null),
    ARC("ARC (pre-WARC) input is not supported; convert it to WARC");

    private static final String GZIP_SUFFIX = ".gz";

    private final String unsupportedReason;

    InputFormat(String unsupportedReason) {
        this.unsupportedReason = unsupportedReason;
    }

    /** Why this format is refused, or empty when it can be read. */
    Optional<String> unsupportedReason() {
        return Optional.ofNullable(unsupportedReason);
    }

    static boolean isGzip(Path path) {
        return name(path).endsWith(GZIP_SUFFIX);
    }

    static InputFormat of(Path path) {
        String name = name(path);
        if (name.endsWith(GZIP_SUFFIX)) name = name.substring(0, name.length() - GZIP_SUFFIX.length());
        int dot = name.lastIndexOf('.');
        String extension = dot < 0 ? "" : name.substring(dot + 1);
        return switch (extension) {
            case "jsonl", "ndjson" -> JSONL;
            case "html", "htm", "xhtml" -> HTML;
            case "warc" -> WARC;
            case "arc" -> ARC;
            case "rss", "atom" -> RSS;
            case "xml" -> XML;
            default -> TEXT;
        };
    }

    private static String name(Path path) {
        Path name = path.getFileName();
        return name == null ? "" : name.toString().toLowerCase(Locale.ROOT);
    }
}
