package org.wirescope.app;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The bytes a file or a directory tree takes: what the bench and reindex summaries report. */
final class DirectorySize {

    private DirectorySize() {
    }

    /** The sum of the sizes of the regular files under {@code path} (the file's size for a file; 0 when absent). */
    static long of(Path path) {
        if (!Files.exists(path)) return 0;
        try (Stream<Path> files = Files.walk(path)) {
            return files.filter(Files::isRegularFile).mapToLong(DirectorySize::size).sum();
        } catch (IOException e) {
            throw new UncheckedIOException("cannot measure " + path + ": " + e.getMessage(), e);
        }
    }

    private static long size(Path file) {
        try {
            return Files.size(file);
        } catch (IOException e) {
            return 0;
        }
    }
}
