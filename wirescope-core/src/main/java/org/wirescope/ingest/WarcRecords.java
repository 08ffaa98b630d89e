package org.wirescope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.time.Instant;
import java.time.format.DateTimeParseException;
import java.util.NoSuchElementException;
import java.util.Optional;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;
import org.wirescope.config.Limits;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;

/**
 * Streams a {@code .warc} or {@code .warc.gz} file one record at a time with jwarc. Each {@code response}
 * record whose HTTP payload is HTML becomes one {@link Source.Format#HTML} document of raw markup (the
 * clean stage extracts it), its URI the file's with the record's byte offset as fragment and its
 * {@code url} the record's target URI. jwarc undoes chunked transfer encoding and gzip/deflate content
 * encoding. Requests, metadata, images, PDFs and other non-HTML records are skipped silently.
 *
 * <p>The record's {@code WARC-Date}, when the page was fetched, is kept as the source's {@code fetched}
 * time (absent when the header is missing or malformed): it is not a publication date, but the clean
 * stage takes it as an upper bound on one for a page that states no date. A record whose body
 * cannot be read (truncated, corrupt encoding) is one {@code Failed} item naming its offset and reading
 * goes on; when the record headers themselves cannot be parsed the rest of the file is one {@code Failed}.
 */
final class WarcRecords implements ItemReader {

    private static final String RESPONSE = "response";

    private final String uri;
    private final Limits limits;
    private final WarcReader reader;
    private long accounted;
    private boolean finished;
    /** The last record's body failed to read; a failure to find the next record is the same damage, already reported. */
    private boolean damaged;
    private Ingested next;

    private WarcRecords(String uri, Limits limits, WarcReader reader) {
        this.uri = uri;
        this.limits = limits;
        this.reader = reader;
    }

    static ItemReader open(Input.File file, Limits limits) {
        String uri = file.uri();
        InputStream in = null;
        try {
            in = Files.newInputStream(file.path());
            return new WarcRecords(uri, limits, new WarcReader(in));
        } catch (IOException | RuntimeException e) {
            closeQuietly(in);
            return ItemReader.of(Items.failed(uri, "not a readable WARC file: " + describe(e), file.size()));
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
        try {
            reader.close();
        } catch (IOException e) {
            // nothing left to read from it
        }
    }

    private Ingested advance() {
        while (true) {
            long offset = reader.position();
            Optional<WarcRecord> record;
            try {
                record = reader.next();
            } catch (IOException | RuntimeException e) {
                close();
                if (damaged) return null;
                return Items.failed(uri + "#" + offset, "unreadable WARC record at byte " + offset
                        + ", rest of file skipped: " + describe(e), consumed());
            }
            if (record.isEmpty()) {
                close();
                return null;
            }
            damaged = false;
            Optional<Ingested> item = read(record.get(), reader.position());
            if (item.isPresent()) return item.get();
        }
    }

    private Optional<Ingested> read(WarcRecord record, long offset) {
        String recordUri = uri + "#" + offset;
        try {
            if (!(record instanceof WarcResponse response) || !RESPONSE.equals(record.type())) return Optional.empty();
            if (!isHttp(response)) return Optional.empty();
            HttpResponse http = response.http();
            if (!isHtml(http.contentType())) return Optional.empty();
            byte[] bytes;
            try (InputStream body = http.bodyDecoded().stream()) {
                bytes = body.readNBytes(limits.maxDocumentBytes() >= Integer.MAX_VALUE - 8
                        ? Integer.MAX_VALUE - 8 : (int) limits.maxDocumentBytes() + 1);
            }
            if (bytes.length > limits.maxDocumentBytes()) {
                return Optional.of(Items.failed(recordUri, Reasons.tooLargeStream(limits.maxDocumentBytes()), consumed()));
            }
            Source source = new Source(recordUri, Source.Format.HTML, Optional.of(response.target()), Optional.empty(),
                    fetched(response));
            return Optional.of(PlainText.fromBytes(source, bytes, consumed(), RawDocument.Given.NONE));
        } catch (IOException | RuntimeException e) {
            damaged = true;
            return Optional.of(Items.failed(recordUri, "truncated or corrupt WARC record at byte " + offset
                    + ": " + describe(e), consumed()));
        }
    }

    /** The record's WARC-Date, when it is there and an ISO 8601 instant. */
    private static Optional<Instant> fetched(WarcRecord record) {
        try {
            return record.headers().sole("WARC-Date").map(Instant::parse);
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }

    private static boolean isHttp(WarcResponse response) {
        MediaType type = response.contentType();
        return type.base().equals(MediaType.HTTP) || "application".equals(type.type()) && "http".equals(type.subtype());
    }

    private static boolean isHtml(MediaType type) {
        String base = type.type() + "/" + type.subtype();
        return base.equals("text/html") || base.equals("application/xhtml+xml");
    }

    /** Bytes of the file read since the previous item (the compressed position for {@code .warc.gz}). */
    private long consumed() {
        long position = reader.position();
        long delta = Math.max(0, position - accounted);
        accounted = Math.max(accounted, position);
        return delta;
    }

    private static String describe(Exception e) {
        if (e instanceof IOException io) return Reasons.of(io);
        String message = e.getMessage();
        return message == null || message.isBlank() ? e.getClass().getSimpleName() : message;
    }

    private static void closeQuietly(InputStream in) {
        if (in == null) return;
        try {
            in.close();
        } catch (IOException e) {
            // already failing
        }
    }
}
