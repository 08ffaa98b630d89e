package org.wirescope.ingest;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;

/** File URIs for sources and rejects. */
final class Uris {

    private Uris() {}

    static String of(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    /** The URI of a spec as typed; a spec that is not even a valid path is kept verbatim. */
    static String ofSpec(String spec, Path workingDirectory) {
        try {
            return of(workingDirectory.resolve(spec));
        } catch (InvalidPathException e) {
            return spec;
        }
    }

    static String line(String fileUri, long lineNumber) {
        return fileUri + "#L" + lineNumber;
    }
}
