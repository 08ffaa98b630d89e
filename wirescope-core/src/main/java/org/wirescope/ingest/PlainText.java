package org.wirescope.ingest;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.util.Optional;
import java.util.zip.GZIPInputStream;
import org.wirescope.config.Limits;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;

/**
 * Reads a plain-text or HTML input whole into one document, refusing it when it is too large, empty,
 * binary or undecodable. HTML is kept as markup ({@link Source.Format#HTML}); the clean stage extracts it.
 * Its bytes are decoded like text, so a page whose declared charset is wrong but whose bytes are UTF-8
 * (or plain windows-1252) still reads right; the declaration is not consulted.
 */
final class PlainText {

    private static final int MAX_ARRAY_BYTES = Integer.MAX_VALUE - 8;

    private PlainText() {}

    static Ingested read(Input.File file, Limits limits) {
        return read(file, limits, Source.Format.TEXT);
    }

    static Ingested read(Input.File file, Limits limits, Source.Format format) {
        String uri = file.uri();
        long size = file.size();
        boolean gzip = InputFormat.isGzip(file.path());
        if (!gzip && size > limits.maxDocumentBytes()) {
            return Items.failed(uri, Reasons.tooLarge(limits.maxDocumentBytes(), size), size);
        }
        try (InputStream raw = Files.newInputStream(file.path());
             InputStream in = gzip ? new GZIPInputStream(raw, 64 * 1024) : raw) {
            Optional<byte[]> bytes = readAtMost(in, limits.maxDocumentBytes());
            if (bytes.isEmpty()) return Items.failed(uri, Reasons.tooLargeStream(limits.maxDocumentBytes()), size);
            return fromBytes(uri, bytes.get(), size, format);
        } catch (IOException e) {
            return Items.failed(uri, gzip ? Reasons.ofGzip(e) : Reasons.of(e), size);
        }
    }

    /** Reads standard input, leaving it open: it is not ours to close. */
    static Ingested readStdin(InputStream stdin, Limits limits) {
        String uri = Input.Stdin.URI;
        try {
            Optional<byte[]> bytes = readAtMost(stdin, limits.maxDocumentBytes());
            if (bytes.isEmpty()) {
                return Items.failed(uri, Reasons.tooLargeStream(limits.maxDocumentBytes()), limits.maxDocumentBytes());
            }
            return fromBytes(uri, bytes.get(), bytes.get().length);
        } catch (IOException e) {
            return Items.failed(uri, Reasons.of(e), 0);
        }
    }

    /** The bytes of {@code in}, or empty as soon as there are more than {@code limit}. */
    private static Optional<byte[]> readAtMost(InputStream in, long limit) throws IOException {
        int cap = limit >= MAX_ARRAY_BYTES ? MAX_ARRAY_BYTES : (int) limit + 1;
        byte[] bytes = in.readNBytes(cap);
        return bytes.length > limit || bytes.length == MAX_ARRAY_BYTES ? Optional.empty() : Optional.of(bytes);
    }

    static Ingested fromBytes(String uri, byte[] bytes, long accountedBytes) {
        return fromBytes(uri, bytes, accountedBytes, Source.Format.TEXT);
    }

    static Ingested fromBytes(String uri, byte[] bytes, long accountedBytes, Source.Format format) {
        return fromBytes(Source.of(uri, format), bytes, accountedBytes, RawDocument.Given.NONE);
    }

    /** Decodes one document's bytes for {@code source}; a reject names the source's URI. */
    static Ingested fromBytes(Source source, byte[] bytes, long accountedBytes, RawDocument.Given given) {
        String uri = source.uri();
        if (bytes.length == 0) return Items.failed(uri, Reasons.EMPTY, accountedBytes);
        Optional<String> binary = BinarySniffer.binaryReason(bytes, bytes.length);
        if (binary.isPresent()) return Items.failed(uri, binary.get(), accountedBytes);
        Decoded decoded = TextDecoder.decode(bytes, 0);
        if (decoded instanceof Decoded.Invalid invalid) return Items.failed(uri, invalid.reason(), accountedBytes);
        Decoded.Text text = (Decoded.Text) decoded;
        if (text.text().isBlank()) return Items.failed(uri, Reasons.EMPTY, accountedBytes);
        if (BinarySniffer.hasNul(text.text())) return Items.failed(uri, Reasons.BINARY, accountedBytes);
        return Items.document(new RawDocument(source, text.text(), text.encoding(), given), accountedBytes);
    }
}
