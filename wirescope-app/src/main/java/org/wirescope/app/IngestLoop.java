package org.wirescope.app;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;

/**
 * The ingest that runs beside {@code wirescope bench serve}'s readers: {@code POST /api/ingest} of
 * each file in turn, round after round, until stopped. So that each round stores new articles, the
 * titles of a plain-text file (its first line) and of a JSONL file (each object's {@code title}) get
 * the round's number; other files are sent as they are.
 */
final class IngestLoop implements Runnable {

    private static final ObjectMapper JSON = new ObjectMapper();

    private final HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
    private final URI base;
    private final String token;
    private final List<Path> files;
    private final Latencies latencies = new Latencies();
    private volatile boolean stopped;
    private long articlesAdded;
    private int rounds;

    IngestLoop(URI base, String token, List<Path> files) {
        this.base = base;
        this.token = token;
        this.files = List.copyOf(files);
    }

    void stop() {
        stopped = true;
    }

    @Override
    public void run() {
        for (int round = 1; !stopped; round++) {
            for (Path file : files) {
                if (stopped) return;
                post(file, round);
            }
            rounds = round;
        }
    }

    private void post(Path file, int round) {
        String name = file.getFileName().toString();
        String type = name.endsWith(".jsonl") ? "application/x-ndjson" : name.endsWith(".txt") ? "text/plain"
                : "application/octet-stream";
        HttpRequest request = HttpRequest.newBuilder(base.resolve("/api/ingest?name=" + URLEncoder.encode(name, StandardCharsets.UTF_8)))
                .header("Authorization", "Bearer " + token).header("Content-Type", type)
                .timeout(Duration.ofMinutes(10)).POST(HttpRequest.BodyPublishers.ofByteArray(variant(file, round))).build();
        long start = System.nanoTime();
        try {
            HttpResponse<String> response = client.send(request, HttpResponse.BodyHandlers.ofString());
            if (response.statusCode() == 200) {
                latencies.add(System.nanoTime() - start);
                articlesAdded += JSON.readTree(response.body()).path("articles_added").asLong();
            } else {
                latencies.error();
            }
        } catch (IOException e) {
            latencies.error();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            stopped = true;
        }
    }

    /** The file's bytes with the round's number in its titles, where the format allows. */
    static byte[] variant(Path file, int round) {
        String name = file.getFileName().toString().toLowerCase(Locale.ROOT);
        try {
            if (name.endsWith(".txt")) {
                String text = Files.readString(file, StandardCharsets.UTF_8);
                int eol = text.indexOf('\n');
                String title = eol < 0 ? text : text.substring(0, eol);
                return (title + " (round " + round + ")" + (eol < 0 ? "" : text.substring(eol))).getBytes(StandardCharsets.UTF_8);
            }
            if (name.endsWith(".jsonl")) {
                StringBuilder out = new StringBuilder();
                for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
                    if (line.isBlank()) continue;
                    JsonNode node = JSON.readTree(line);
                    if (node instanceof ObjectNode object && object.hasNonNull("title")) {
                        object.put("title", object.get("title").asText() + " (round " + round + ")");
                    }
                    out.append(JSON.writeValueAsString(node)).append('\n');
                }
                return out.toString().getBytes(StandardCharsets.UTF_8);
            }
            return Files.readAllBytes(file);
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + file + ": " + e.getMessage(), e);
        }
    }

    Latencies latencies() {
        return latencies;
    }

    long articlesAdded() {
        return articlesAdded;
    }

    int rounds() {
        return rounds;
    }
}
