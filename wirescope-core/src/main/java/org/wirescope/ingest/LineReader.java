package org.wirescope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.util.Arrays;
import java.util.Optional;

/**
 * Reads {@code \n}-terminated lines of bytes, keeping at most {@code maxLineBytes} of any line in
 * memory: a longer line is skipped to its end and reported with its length only.
 */
final class LineReader {

    /** One line without its terminator ({@code \n} or {@code \r\n}); {@code bytes} is empty when the line was too long. */
    record Line(long number, long offset, long length, Optional<byte[]> bytes) {}

    private static final int BUFFER_BYTES = 64 * 1024;

    private final InputStream in;
    private final long maxLineBytes;
    private final byte[] buffer = new byte[BUFFER_BYTES];
    private int position;
    private int end;
    private boolean eof;
    private long consumed;
    private long lineNumber;

    LineReader(InputStream in, long maxLineBytes) {
        this.in = in;
        this.maxLineBytes = maxLineBytes;
    }

    /** Up to {@code count} upcoming bytes (fewer at end of input) without consuming them. */
    byte[] peek(int count) throws IOException {
        int wanted = Math.min(count, BUFFER_BYTES);
        compact();
        while (end - position < wanted && fill()) {
            // keep filling
        }
        return Arrays.copyOfRange(buffer, position, position + Math.min(wanted, end - position));
    }

    /** Bytes consumed so far, terminators included. */
    long consumed() {
        return consumed;
    }

    /** The next line, or empty at end of input. */
    Optional<Line> next() throws IOException {
        if (position == end && !fill()) return Optional.empty();
        long start = consumed;
        long length = 0;
        Chunks kept = new Chunks();
        boolean keep = true;
        while (true) {
            int newline = indexOfNewline();
            int stop = newline < 0 ? end : newline;
            int chunk = stop - position;
            length += chunk;
            keep = keep && length <= maxLineBytes;
            if (keep) kept.add(buffer, position, chunk);
            consumed += chunk;
            position = stop;
            if (newline >= 0) {
                position++;
                consumed++;
                break;
            }
            if (!fill()) break;
        }
        lineNumber++;
        Optional<byte[]> bytes = Optional.empty();
        if (keep) {
            byte[] line = kept.toArray();
            if (line.length > 0 && line[line.length - 1] == '\r') line = Arrays.copyOf(line, line.length - 1);
            bytes = Optional.of(line);
            length = line.length;
        }
        return Optional.of(new Line(lineNumber, start, length, bytes));
    }

    private int indexOfNewline() {
        for (int i = position; i < end; i++) {
            if (buffer[i] == '\n') return i;
        }
        return -1;
    }

    /** Reads more input into the buffer; false at end of input. */
    private boolean fill() throws IOException {
        if (eof) return false;
        compact();
        if (end == buffer.length) return true;
        int read = in.read(buffer, end, buffer.length - end);
        if (read < 0) {
            eof = true;
            return false;
        }
        end += read;
        return true;
    }

    private void compact() {
        if (position == 0) return;
        System.arraycopy(buffer, position, buffer, 0, end - position);
        end -= position;
        position = 0;
    }

    /** Growable byte storage for the part of a line kept so far. */
    private static final class Chunks {
        private byte[] bytes = new byte[256];
        private int size;

        void add(byte[] source, int from, int length) {
            if (size + length > bytes.length) bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + length));
            System.arraycopy(source, from, bytes, size, length);
            size += length;
        }

        byte[] toArray() {
            return Arrays.copyOf(bytes, size);
        }
    }
}
