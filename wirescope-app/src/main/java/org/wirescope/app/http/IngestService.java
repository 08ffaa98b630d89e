package org.wirescope.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.http.Context;
import io.javalin.http.UploadedFile;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.OptionalInt;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;
import java.util.stream.Stream;
import org.wirescope.app.Ingestion;
import org.wirescope.model.Reject;
import org.wirescope.pipeline.Outcome;
import org.wirescope.store.Store;

/**
 * {@code POST /api/ingest}: the uploaded files (multipart) or the request body (JSONL, HTML or plain
 * text, by its content type or {@code ?name=}) saved to a temporary folder and ingested from there as
 * {@code wirescope ingest} would. The pipeline is made on the first ingest (with the language models
 * that takes a while) and kept; one ingest runs at a time.
 */
final class IngestService {

    /** The most bytes one request may upload. */
    static final long MAX_UPLOAD_BYTES = 128L * 1024 * 1024;
    private static final int REJECTS_SHOWN = 20;

    private final Store store;
    private final Supplier<Ingestion> factory;
    private final String options;
    private final ReentrantLock running = new ReentrantLock();
    private volatile Ingestion ingestion;

    IngestService(Store store, Supplier<Ingestion> factory, String options) {
        this.store = store;
        this.factory = factory;
        this.options = options;
    }

    boolean running() {
        return running.isLocked();
    }

    boolean pipelineLoaded() {
        return ingestion != null;
    }

    ObjectNode ingest(Context ctx) {
        if (!running.tryLock()) {
            throw new ApiException(409, "ingest_running", "another ingest is running; try again when it has finished",
                    OptionalInt.empty());
        }
        Path folder = null;
        try {
            folder = Files.createTempDirectory("wirescope-upload-");
            List<Path> files = save(ctx, folder);
            if (files.isEmpty()) throw ApiException.badRequest("nothing to ingest: upload files (multipart) or send a body");
            if (ingestion == null) ingestion = factory.get();
            long started = System.nanoTime();
            Collected rejects = new Collected();
            Ingestion.Result result = ingestion.run(store, List.of(folder.toString()), options,
                    InputStream.nullInputStream(), rejects);
            return summary(result, rejects.lines, (System.nanoTime() - started) / 1e9);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot save the upload: " + e.getMessage(), e);
        } finally {
            deleteQuietly(folder);
            running.unlock();
        }
    }

    private static List<Path> save(Context ctx, Path folder) throws IOException {
        List<Path> files = new ArrayList<>();
        long total = 0;
        if (ctx.isMultipartFormData()) {
            for (UploadedFile upload : ctx.uploadedFiles()) {
                Path file = folder.resolve(String.format(Locale.ROOT, "%03d-%s", files.size() + 1, safeName(upload.filename())));
                try (InputStream in = upload.content()) {
                    total += copy(in, file, MAX_UPLOAD_BYTES - total);
                }
                files.add(file);
            }
            return files;
        }
        String name = Params.of(ctx).text("name").map(IngestService::safeName).orElse(nameFor(ctx.contentType()));
        Path file = folder.resolve(name);
        try (InputStream in = ctx.bodyInputStream()) {
            if (copy(in, file, MAX_UPLOAD_BYTES) > 0) files.add(file);
        }
        return files;
    }

    /** The file name a body is saved under: its extension tells the reader the format. */
    private static String nameFor(String contentType) {
        String type = contentType == null ? "" : contentType.toLowerCase(Locale.ROOT);
        if (type.contains("ndjson") || type.contains("jsonl") || type.contains("json")) return "body.jsonl";
        if (type.contains("html")) return "body.html";
        if (type.contains("rss") || type.contains("atom") || type.contains("xml")) return "body.xml";
        return "body.txt";
    }

    /** A file name without folders or odd characters, keeping its extension (which selects the reader). */
    static String safeName(String name) {
        String base = name == null ? "" : name.replace('\\', '/');
        base = base.substring(base.lastIndexOf('/') + 1).replaceAll("[^A-Za-z0-9._-]", "_").replaceAll("^\\.+", "");
        if (base.isEmpty()) base = "upload.txt";
        return base.length() > 100 ? base.substring(base.length() - 100) : base;
    }

    private static long copy(InputStream in, Path file, long allowed) throws IOException {
        long copied = 0;
        byte[] buffer = new byte[64 * 1024];
        try (OutputStream out = Files.newOutputStream(file)) {
            int n;
            while ((n = in.read(buffer)) >= 0) {
                copied += n;
                if (copied > allowed) {
                    throw new ApiException(413, "too_large", "the upload is larger than " + MAX_UPLOAD_BYTES / (1024 * 1024)
                            + " MiB; send it in parts", OptionalInt.empty());
                }
                out.write(buffer, 0, n);
            }
        }
        return copied;
    }

    private static ObjectNode summary(Ingestion.Result result, List<String> rejects, double seconds) {
        ObjectNode node = Views.object();
        node.put("files", result.files());
        node.put("articles_added", result.added());
        node.put("articles_present", result.present());
        node.put("rejects", result.rejects());
        ArrayNode lines = node.putArray("reject_reasons");
        rejects.forEach(lines::add);
        node.put("bytes", result.bytes());
        node.put("elapsed_s", Math.round(seconds * 1000) / 1000.0);
        return node;
    }

    private static void deleteQuietly(Path folder) {
        if (folder == null) return;
        try (Stream<Path> paths = Files.walk(folder)) {
            for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) Files.deleteIfExists(path);
        } catch (IOException | UncheckedIOException e) {
            // a temporary folder left behind is harmless; the ingest's answer matters more
        }
    }

    /** The first rejects' lines, with the temporary folder left out of their file names. */
    private static final class Collected implements Ingestion.Watcher {
        final List<String> lines = new ArrayList<>();

        @Override
        public void processed(String uri, long bytes, Outcome outcome) {
            for (Reject reject : outcome.rejects()) {
                String file = reject.uri().substring(reject.uri().lastIndexOf('/') + 1);
                if (lines.size() < REJECTS_SHOWN) lines.add(file + ": " + reject.reason());
            }
        }
    }
}
