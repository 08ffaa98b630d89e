package org.wirescope.ingest;

import java.nio.file.Path;
import java.util.Objects;

/** One input a spec expanded to: a file on disk, standard input, or a spec that gave nothing readable. */
sealed interface Input permits Input.File, Input.Stdin, Input.Unusable {

    /** A file found on disk, with its size as listed (no content read yet). */
    record File(Path path, long size) implements Input {
        public File {
            Objects.requireNonNull(path, "path");
        }

        String uri() {
            return Uris.of(path);
        }
    }

    /** The {@code -} spec. */
    record Stdin() implements Input {
        static final String URI = "stdin:";
    }

    /** A spec that matched nothing or could not be listed; it becomes one {@code Failed} item. */
    record Unusable(String uri, String reason) implements Input {
        public Unusable {
            Objects.requireNonNull(uri, "uri");
            Objects.requireNonNull(reason, "reason");
        }
    }
}
