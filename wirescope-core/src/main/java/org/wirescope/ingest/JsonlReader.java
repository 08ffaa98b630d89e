package org.wirescope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.zip.GZIPInputStream;
import org.wirescope.config.Limits;

/**
 * Streams a JSON Lines file: one item per non-blank line, each line decoded on its own (so the
 * size limit and encoding apply per document). A bad line is one {@code Failed} item and reading
 * goes on; a file-level problem (binary, UTF-16, I/O error, truncated gzip) ends the file with one.
 * Each item accounts for the on-disk bytes consumed since the previous one.
 */
final class JsonlReader implements ItemReader {

    private final String uri;
    private final boolean gzip;
    private final Limits limits;
    private final JsonLine jsonLine;
    private final InputStream stream;
    private final LineReader lines;
    private final LongSupplier onDiskConsumed;
    private long accounted;
    private int produced;
    private boolean headChecked;
    private boolean finished;
    private Ingested next;

    private JsonlReader(String uri, boolean gzip, Limits limits, JsonLine jsonLine, InputStream stream,
                        LineReader lines, LongSupplier onDiskConsumed) {
        this.uri = uri;
        this.gzip = gzip;
        this.limits = limits;
        this.jsonLine = jsonLine;
        this.stream = stream;
        this.lines = lines;
        this.onDiskConsumed = onDiskConsumed;
    }

    static ItemReader open(Input.File file, Limits limits, JsonLine jsonLine) {
        String uri = file.uri();
        boolean gzip = InputFormat.isGzip(file.path());
        InputStream raw = null;
        try {
            raw = Files.newInputStream(file.path());
            if (!gzip) {
                LineReader lines = new LineReader(raw, limits.maxDocumentBytes());
                return new JsonlReader(uri, false, limits, jsonLine, raw, lines, lines::consumed);
            }
            CountingInputStream counted = new CountingInputStream(raw);
            InputStream in = new GZIPInputStream(counted, 64 * 1024);
            LineReader lines = new LineReader(in, limits.maxDocumentBytes());
            return new JsonlReader(uri, true, limits, jsonLine, in, lines, counted::count);
        } catch (IOException e) {
            closeQuietly(raw);
            return ItemReader.of(Items.failed(uri, gzip ? Reasons.ofGzip(e) : Reasons.of(e), file.size()));
        }
    }

    @Override
    public boolean hasNext() {
        if (next == null && !finished) next = advance();
        return next != null;
    }

    @Override
    public Ingested next() {
        if (!hasNext()) throw new NoSuchElementException();
        Ingested item = next;
        next = null;
        return item;
    }

    @Override
    public void close() {
        finished = true;
        closeQuietly(stream);
    }

    private Ingested advance() {
        try {
            if (!headChecked) {
                headChecked = true;
                Optional<String> refusal = headRefusal();
                if (refusal.isPresent()) return finish(refusal.get());
            }
            while (true) {
                Optional<LineReader.Line> line = lines.next();
                if (line.isEmpty()) return produced == 0 ? finish(Reasons.EMPTY) : finish(null);
                if (!isBlank(line.get())) {
                    produced++;
                    return item(line.get());
                }
            }
        } catch (IOException e) {
            return finish(gzip ? Reasons.ofGzip(e) : Reasons.of(e));
        } catch (RuntimeException e) {
            // a bad input never stops a run: whatever reading trips over ends this file with a reject
            return finish(Reasons.unexpected(e));
        }
    }

    private Optional<String> headRefusal() throws IOException {
        byte[] head = lines.peek(BinarySniffer.HEAD_BYTES);
        if (TextDecoder.startsWithUtf16Bom(head, head.length)) {
            return Optional.of("UTF-16 is not supported for JSON Lines; they must be UTF-8");
        }
        return BinarySniffer.binaryReason(head, head.length);
    }

    private Ingested item(LineReader.Line line) {
        String lineUri = Uris.line(uri, line.number());
        long bytes = takeAccountedBytes();
        if (line.bytes().isEmpty()) {
            return Items.failed(lineUri, Reasons.tooLarge(limits.maxDocumentBytes(), line.length()), bytes);
        }
        Decoded decoded = TextDecoder.decode(line.bytes().get(), line.offset());
        if (decoded instanceof Decoded.Invalid invalid) return Items.failed(lineUri, invalid.reason(), bytes);
        Decoded.Text text = (Decoded.Text) decoded;
        return jsonLine.parse(text.text(), lineUri, text.encoding(), bytes);
    }

    /** Ends the file, with a file-level reject when {@code reason} is given. */
    private Ingested finish(String reason) {
        Ingested last = reason == null ? null : Items.failed(uri, reason, takeAccountedBytes());
        close();
        return last;
    }

    private long takeAccountedBytes() {
        long now = onDiskConsumed.getAsLong();
        long bytes = now - accounted;
        accounted = now;
        return bytes;
    }

    private static boolean isBlank(LineReader.Line line) {
        if (line.bytes().isEmpty()) return false;
        byte[] bytes = line.bytes().get();
        int from = line.number() == 1 && bytes.length >= 3
                && (bytes[0] & 0xFF) == 0xEF && (bytes[1] & 0xFF) == 0xBB && (bytes[2] & 0xFF) == 0xBF ? 3 : 0;
        for (int i = from; i < bytes.length; i++) {
            if (bytes[i] != ' ' && bytes[i] != '\t' && bytes[i] != '\r') return false;
        }
        return true;
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) return;
        try {
            in.close();
        } catch (IOException e) {
            // nothing left to read from it; the items already say what went wrong
        }
    }
}
