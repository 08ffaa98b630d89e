package org.wirescope.ingest;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.wirescope.config.Limits;
import org.wirescope.model.RawDocument;

/** Test helpers: run specs through {@link Inputs} and write small fixture files. */
final class Ingest {

    private static final InputStream NO_STDIN = new ByteArrayInputStream(new byte[0]);

    private Ingest() {}

    static List<Ingested> all(String... specs) {
        return all(Limits.DEFAULTS, specs);
    }

    static List<Ingested> all(Limits limits, String... specs) {
        try (Inputs inputs = Inputs.open(List.of(specs), limits, NO_STDIN)) {
            return collect(inputs);
        }
    }

    static List<Ingested> collect(Inputs inputs) {
        List<Ingested> items = new ArrayList<>();
        inputs.forEach(items::add);
        return items;
    }

    static Ingested only(String spec) {
        List<Ingested> items = all(spec);
        if (items.size() != 1) throw new AssertionError("expected one item, got " + items);
        return items.get(0);
    }

    static String reason(Ingested item) {
        if (item instanceof Ingested.Failed failed) return failed.reject().reason();
        throw new AssertionError("expected a Failed item, got " + item);
    }

    static RawDocument document(Ingested item) {
        if (item instanceof Ingested.Document document) return document.document();
        throw new AssertionError("expected a Document item, got " + item);
    }

    static String spec(Path path) {
        return path.toString();
    }

    static String uri(Path path) {
        return path.toAbsolutePath().normalize().toUri().toString();
    }

    static Path write(Path path, String text) {
        return write(path, text.getBytes(StandardCharsets.UTF_8));
    }

    static Path write(Path path, byte[] bytes) {
        try {
            Files.createDirectories(path.toAbsolutePath().getParent());
            return Files.write(path, bytes);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static Path writeGzip(Path path, String text) {
        return write(path, gzip(text.getBytes(StandardCharsets.UTF_8)));
    }

    static byte[] gzip(byte[] bytes) {
        try (var buffer = new java.io.ByteArrayOutputStream(); var gzip = new GZIPOutputStream(buffer)) {
            gzip.write(bytes);
            gzip.finish();
            return buffer.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static byte[] bytes(int... values) {
        byte[] bytes = new byte[values.length];
        for (int i = 0; i < values.length; i++) bytes[i] = (byte) values[i];
        return bytes;
    }
}
