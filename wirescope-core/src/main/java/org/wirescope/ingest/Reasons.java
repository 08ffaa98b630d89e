package org.wirescope.ingest;

import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.AccessDeniedException;
import java.nio.file.FileSystemException;
import java.nio.file.NoSuchFileException;
import java.nio.file.NotDirectoryException;
import java.util.zip.ZipException;

/** The reason strings of ingest rejects, in one place so they stay consistent. */
final class Reasons {

    static final String EMPTY = "empty file";
    static final String BINARY = "binary content";
    static final String TRUNCATED_GZIP = "truncated gzip stream";
    static final String NO_SUCH_FILE = "no such file or directory";

    private static final long KIB = 1024;
    private static final long MIB = KIB * 1024;

    private Reasons() {}

    static String binary(String kind) {
        return BINARY + " (looks like " + kind + ")";
    }

    static String invalidEncoding(String charset, long offset) {
        return "invalid " + charset + " at byte " + offset;
    }

    /** A document whose size is known and over the limit. */
    static String tooLarge(long limit, long actualBytes) {
        return overLimit(limit) + ": " + actualBytes + " bytes";
    }

    /** A stream that was abandoned as soon as it passed the limit, so its full size is unknown. */
    static String tooLargeStream(long limit) {
        return overLimit(limit) + ": more than " + limit + " bytes";
    }

    private static String overLimit(long limit) {
        return "larger than the " + describe(limit) + " document limit (--max-doc-bytes)";
    }

    private static String describe(long bytes) {
        if (bytes % MIB == 0) return bytes / MIB + " MiB";
        if (bytes % KIB == 0) return bytes / KIB + " KiB";
        return bytes + "-byte";
    }

    /** A reason for a failure while reading a gzip file: truncation and corruption get their own words. */
    static String ofGzip(IOException e) {
        if (e instanceof EOFException) return TRUNCATED_GZIP;
        if (e instanceof ZipException) return "corrupt gzip stream: " + e.getMessage();
        return of(e);
    }

    /** A reason for a failure no reader anticipated; names the exception so it can be reported as a bug. */
    static String unexpected(RuntimeException e) {
        if (e instanceof UncheckedIOException unchecked) return of(unchecked.getCause());
        return "could not read: " + e;
    }

    /** A reason for an I/O failure; file-system exceptions carry only the path as message, so name the problem. */
    static String of(IOException e) {
        if (e instanceof NoSuchFileException) return NO_SUCH_FILE;
        if (e instanceof AccessDeniedException) return "permission denied";
        if (e instanceof NotDirectoryException) return "not a directory";
        if (e instanceof FileSystemException fs && fs.getReason() != null) return fs.getReason();
        if (e instanceof EOFException) return "unexpected end of input";
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }
}
