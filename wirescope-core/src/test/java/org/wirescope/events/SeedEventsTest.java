package org.wirescope.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirescope.config.Limits;
import org.wirescope.model.Event;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Record;
import org.wirescope.model.Source;
import org.wirescope.pipeline.Outcome;
import org.wirescope.pipeline.Pipeline;
import org.wirescope.pipeline.Stages;

/**
 * The founding example's events end to end, through the models: every required event of the expected
 * reading (source and target country, CAMEO root, the finer code where one is given), and no event that
 * turns a required one around. Skipped where {@code ../shared} is absent.
 */
class SeedEventsTest {

    private static final String SEED = "000_31073af3c65c8448";
    private static List<Record> records;
    private static JsonNode expected;

    @BeforeAll
    static void runSeed() throws Exception {
        Optional<Path> seeds = seeds();
        assumeTrue(seeds.isPresent(), "../shared is absent: seed events test skipped");
        String raw = Files.readString(seeds.get().resolve(SEED + ".txt"), StandardCharsets.UTF_8);
        expected = new ObjectMapper().readTree(seeds.get().resolve(SEED + ".expected.json").toFile()).get("articles");
        Outcome out = Pipeline.create(Limits.DEFAULTS, Stages.ALL)
                .process(RawDocument.of(Source.of("file:seed.txt", Source.Format.TEXT), raw));
        records = out.records();
    }

    private static Optional<Path> seeds() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared/seeds").normalize();
            if (Files.isDirectory(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    private static String country(Optional<Event.Party> party) {
        return party.flatMap(Event.Party::code).filter(c -> c.length() >= 3).map(c -> c.substring(0, 3)).orElse("");
    }

    private static String describe(Event e) {
        return country(Optional.of(e.source())) + "->" + country(e.target()) + " " + e.cameo() + " " + e.modality()
                + " '" + e.evidence().text() + "'";
    }

    @Test
    void findsEveryRequiredEventWithItsDyadAndCode() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            List<Event> events = records.get(i).events();
            for (JsonNode want : expected.get(i).path("events").path("required")) {
                String source = want.path("source").asText();
                String target = want.path("target").isNull() ? "" : want.path("target").asText();
                String root = want.path("cameo_root").asText();
                String code = want.path("cameo").asText(root);
                boolean found = events.stream().anyMatch(e -> country(Optional.of(e.source())).equals(source)
                        && country(e.target()).equals(target) && e.cameo().startsWith(root) && e.cameo().startsWith(code));
                if (!found) {
                    problems.add("article " + i + ": missing " + source + "->" + target + " " + code + " ("
                            + want.path("evidence").asText() + "); have " + events.stream().map(SeedEventsTest::describe).toList());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void neverTurnsARequiredEventAround() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            List<JsonNode> required = new ArrayList<>();
            expected.get(i).path("events").path("required").forEach(required::add);
            for (Event e : records.get(i).events()) {
                String from = country(Optional.of(e.source()));
                String to = country(e.target());
                String root = e.cameo().substring(0, 2);
                boolean reversed = required.stream().anyMatch(w -> w.path("cameo_root").asText().equals(root)
                        && w.path("source").asText().equals(to) && w.path("target").asText().equals(from));
                boolean alsoRequired = required.stream().anyMatch(w -> w.path("cameo_root").asText().equals(root)
                        && w.path("source").asText().equals(from) && w.path("target").asText().equals(to));
                if (reversed && !alsoRequired) problems.add("article " + i + ": reversed " + describe(e));
            }
        }
        assertThat(problems).isEmpty();
    }
}
