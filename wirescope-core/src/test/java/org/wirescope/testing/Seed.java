package org.wirescope.testing;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.wirescope.config.Limits;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Record;
import org.wirescope.model.Source;
import org.wirescope.pipeline.Pipeline;
import org.wirescope.pipeline.Stages;

/**
 * The founding example for tests: the sibling {@code shared/} folder (absent in a fresh clone, so
 * tests skip), the seed scrape, its expected reading, and one full-pipeline run of it shared by every
 * test class in the JVM (the models load once).
 */
public final class Seed {

    public static final String NAME = "000_31073af3c65c8448";
    private static List<Record> records;

    private Seed() {
    }

    /** The {@code shared/} folder beside the repository, found from the working directory upwards. */
    public static Optional<Path> sharedDir() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared").normalize();
            if (Files.isDirectory(candidate.resolve("seeds"))) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    public static boolean available() {
        return sharedDir().isPresent();
    }

    public static String text() {
        return read(NAME + ".txt");
    }

    /** The {@code articles} array of the expected reading. */
    public static JsonNode expectedArticles() {
        try {
            return new ObjectMapper().readTree(read(NAME + ".expected.json")).get("articles");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The seed through every stage, computed once per JVM. */
    public static synchronized List<Record> fullPipeline() {
        if (records == null) {
            records = Pipeline.create(Limits.DEFAULTS, Stages.ALL)
                    .process(RawDocument.of(Source.of("file:seed.txt", Source.Format.TEXT), text())).records();
        }
        return records;
    }

    private static String read(String name) {
        Path seeds = sharedDir().orElseThrow(() -> new IllegalStateException("../shared is absent")).resolve("seeds");
        try {
            return Files.readString(seeds.resolve(name), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
