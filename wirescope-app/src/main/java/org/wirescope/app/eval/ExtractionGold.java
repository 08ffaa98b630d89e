package org.wirescope.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;

/**
 * One gold page of an extraction benchmark laid out as {@code html/NNNN.html.gz} next to
 * {@code ground-truth/NNNN.json} ({@code url}, {@code ground_truth.title}, {@code author},
 * {@code publish_date}, {@code main_content}).
 */
record ExtractionGold(String id, String html, int bytes, Optional<String> url, Optional<String> title,
        Optional<String> author, Optional<String> date, String mainContent) {

    private static final ObjectMapper JSON = new ObjectMapper();

    /** The pages of {@code dir} that have both an HTML file and a ground truth, in id order. */
    static List<ExtractionGold> load(Path dir) throws IOException {
        Path html = dir.resolve("html");
        List<Path> files;
        try (Stream<Path> s = Files.list(html)) {
            files = s.filter(p -> p.getFileName().toString().endsWith(".html.gz")).sorted().toList();
        }
        List<ExtractionGold> pages = new ArrayList<>();
        for (Path file : files) {
            String name = file.getFileName().toString();
            String id = name.substring(0, name.length() - ".html.gz".length());
            Path truth = dir.resolve("ground-truth").resolve(id + ".json");
            if (!Files.isRegularFile(truth)) continue;
            byte[] bytes;
            try (InputStream in = new GZIPInputStream(Files.newInputStream(file))) {
                bytes = in.readAllBytes();
            }
            JsonNode root = JSON.readTree(truth.toFile());
            JsonNode gt = root.path("ground_truth");
            pages.add(new ExtractionGold(id, new String(bytes, StandardCharsets.UTF_8), bytes.length, text(root, "url"),
                    text(gt, "title"), text(gt, "author"), text(gt, "publish_date"), text(gt, "main_content").orElse("")));
        }
        return pages;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode v = node.get(field);
        if (v == null || v.isNull()) return Optional.empty();
        String s = v.isArray() ? String.join(", ", v.findValuesAsText("name").isEmpty() ? toStrings(v) : v.findValuesAsText("name")) : v.asText();
        s = s.strip();
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    private static List<String> toStrings(JsonNode array) {
        List<String> out = new ArrayList<>();
        array.forEach(n -> out.add(n.asText()));
        return out;
    }
}
