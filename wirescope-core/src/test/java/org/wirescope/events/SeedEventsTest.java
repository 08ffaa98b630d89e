package org.wirescope.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirescope.testing.Seed;
import org.wirescope.model.Event;
import org.wirescope.model.Record;

/**
 * The founding example's events end to end, through the models: every required event of the expected
 * reading (source and target country, CAMEO root, the finer code where one is given), and no event that
 * turns a required one around. Skipped where {@code ../shared} is absent.
 */
class SeedEventsTest {

    private static List<Record> records;
    private static JsonNode expected;

    @BeforeAll
    static void runSeed() {
        assumeTrue(Seed.available(), "../shared is absent: seed events test skipped");
        expected = Seed.expectedArticles();
        records = Seed.fullPipeline();
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
