package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.Record;

/** {@code events} and {@code dyads} over a store filled with hand-built records (no language models). */
class EventCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String db;
    private Record ports;
    private Record border;

    @BeforeEach
    void storeTwoArticlesWithEvents() {
        Path file = dir.resolve("news.duckdb");
        ports = EventRecords.ports();
        border = EventRecords.border();
        SpeechRecords.store(file, ports, border);
        db = file.toString();
    }

    @Test
    void listsWhoDidWhatToWhomByDateWithCodesModalityEvidenceAndTitle() {
        Cli run = Cli.run("events", "--db", db);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly(
                "2025-02-02 ARLGOV \u2192 BRV 138 THREATEN (asserted) \u201Cthreatened sanctions\u201D \u2014 "
                        + "Ports dispute escalates [" + ports.id() + "]",
                "2025-02-03 BRVGOV \u2192 ARLGOV 036 CONSULT (asserted) \u201Cmet the ministry\u201D \u2014 "
                        + "Ports dispute escalates [" + ports.id() + "]",
                "2025-03-10 ARLMIL \u2192 BRVMIL 190 ASSAULT (asserted) \u201Cfired on a patrol\u201D \u2014 "
                        + "Border guards fire shots [" + border.id() + "]",
                "2025-03-10 ARLLEG \u2192 BRV 130 THREATEN (asserted) \u201Cwarned the neighbour\u201D \u2014 "
                        + "Border guards fire shots [" + border.id() + "]",
                "4 events match, in 2 reports of 2 distinct stories");
    }

    @Test
    void filtersEventsBySidesRootPloverAndDays() {
        assertThat(Cli.run("events", "--db", db, "--source", "arl", "--target", "BRV").outLines()).hasSize(3 + 1)
                .last().asString().startsWith("3 events match");
        assertThat(Cli.run("events", "--db", db, "--source", "ARLLEG").outLines())
                .first().asString().contains("warned the neighbour");
        assertThat(Cli.run("events", "--db", db, "--root", "13").outLines()).hasSize(2 + 1);
        assertThat(Cli.run("events", "--db", db, "--plover", "consult").outLines()).hasSize(1 + 1)
                .first().asString().contains("met the ministry");
        assertThat(Cli.run("events", "--db", db, "--from", "2025-02-03", "--to", "2025-02-28").outLines())
                .hasSize(1 + 1).first().asString().startsWith("2025-02-03 BRVGOV");
    }

    @Test
    void writesEventsAsJsonLines() throws Exception {
        Cli run = Cli.run("events", "--db", db, "--root", "19", "--json");

        assertThat(run.outLines()).hasSize(1);
        JsonNode event = JSON.readTree(run.outLines().get(0));
        assertThat(event.get("article_id").asText()).isEqualTo(border.id());
        assertThat(event.get("article_title").asText()).isEqualTo(EventRecords.BORDER_TITLE);
        assertThat(event.get("event_id").asText()).isEqualTo("e1");
        assertThat(event.get("date").asText()).isEqualTo("2025-03-10");
        assertThat(event.get("source").asText()).isEqualTo("Arland border guards");
        assertThat(event.get("source_code").asText()).isEqualTo("ARLMIL");
        assertThat(event.get("target").asText()).isEqualTo("Brevian patrol");
        assertThat(event.get("target_code").asText()).isEqualTo("BRVMIL");
        assertThat(event.get("cameo").asText()).isEqualTo("190");
        assertThat(event.get("plover").asText()).isEqualTo("ASSAULT");
        assertThat(event.get("plover_mode").isNull()).isTrue();
        assertThat(event.get("goldstein").asDouble()).isEqualTo(-10.0);
        assertThat(event.get("quad_class").asInt()).isEqualTo(4);
        assertThat(event.get("modality").asText()).isEqualTo("asserted");
        assertThat(event.get("evidence").asText()).isEqualTo("fired on a patrol");
        assertThat(event.get("quote_id").isNull()).isTrue();
    }

    @Test
    void pagesEventsAndSaysWhenNoneMatch() {
        Cli first = Cli.run("events", "--db", db, "--limit", "3");
        assertThat(first.outLines()).hasSize(5).endsWith("(1\u20133; more may follow: --offset 3)",
                "4 events match, in 2 reports of 2 distinct stories");

        Cli none = Cli.run("events", "--db", db, "--source", "XYZ");
        assertThat(none.code()).isZero();
        assertThat(none.out()).isEmpty();
        assertThat(none.errLines()).containsExactly("wirescope: no events match");
    }

    @Test
    void tabulatesDyadsPerMonthWithCountsAndGoldsteinPerQuadClass() {
        Cli run = Cli.run("dyads", "--db", db, "--source", "ARL", "--target", "BRV");

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(
                "PERIOD   Q1  Q1 GS  Q2  Q2 GS  Q3  Q3 GS  Q4  Q4 GS  REPORTS  STORIES",
                "2025-02   0      -   0      -   1   -7.0   0      -        1        1",
                "2025-03   0      -   0      -   1   -4.4   1  -10.0        1        1");
    }

    @Test
    void listsEventsInBothDirectionsWhenAsked() {
        Cli oneWay = Cli.run("events", "--db", db, "--source", "ARL", "--target", "BRV");
        Cli back = Cli.run("events", "--db", db, "--source", "BRV", "--target", "ARL");
        Cli bothWays = Cli.run("events", "--db", db, "--source", "ARL", "--target", "BRV", "--both-ways");

        assertThat(bothWays.code()).as(bothWays.err()).isZero();
        assertThat(events(bothWays)).hasSize(events(oneWay).size() + events(back).size()).isNotEmpty()
                .anyMatch(line -> line.contains("BRV") && line.indexOf("BRV") < line.indexOf("\u2192"));
        assertThat(events(back)).isNotEmpty();
    }

    private static List<String> events(Cli run) {
        return run.outLines().stream().filter(line -> line.contains("\u2192")).toList();
    }

    @Test
    void countsDyadsInBothDirectionsWhenAsked() {
        Cli oneWay = Cli.run("dyads", "--db", db, "--source", "ARL", "--target", "BRV", "--csv");
        Cli bothWays = Cli.run("dyads", "--db", db, "--source", "ARL", "--target", "BRV", "--both-ways", "--csv");

        assertThat(bothWays.code()).as(bothWays.err()).isZero();
        assertThat(oneWay.outLines()).element(1).asString().startsWith("2025-02,0,,0,,1,");
        assertThat(bothWays.outLines()).hasSize(3).element(1).asString().startsWith("2025-02,1,4.0,0,,1,");
        assertThat(bothWays.outLines().get(2)).isEqualTo(oneWay.outLines().get(2));
        assertThat(Cli.run("dyads", "--db", db, "--source", "BRV", "--target", "ARL", "--both-ways", "--csv").outLines())
                .isEqualTo(bothWays.outLines());
    }

    @Test
    void writesDyadsAsCsvOrAsJsonPerQuadClass() throws Exception {
        Cli csv = Cli.run("dyads", "--db", db, "--source", "ARL", "--interval", "year", "--csv");
        assertThat(csv.outLines()).containsExactly(
                "period,q1_events,q1_goldstein,q2_events,q2_goldstein,q3_events,q3_goldstein,q4_events,q4_goldstein,reports,"
                        + "stories",
                "2025,0,,0,,2,-11.4,1,-10.0,2,2");

        Cli json = Cli.run("dyads", "--db", db, "--source", "ARL", "--interval", "year", "--json");
        assertThat(json.outLines()).hasSize(2);
        JsonNode conflict = JSON.readTree(json.outLines().get(0));
        assertThat(conflict.get("period").asText()).isEqualTo("2025");
        assertThat(conflict.get("start").asText()).isEqualTo("2025-01-01");
        assertThat(conflict.get("quad_class").asInt()).isEqualTo(3);
        assertThat(conflict.get("events").asLong()).isEqualTo(2);
        assertThat(conflict.get("goldstein").asDouble()).isCloseTo(-11.4, within(1e-9));
        assertThat(conflict.get("reports").asLong()).isEqualTo(2);
        assertThat(conflict.get("period_reports").asLong()).isEqualTo(2);
        assertThat(conflict.get("stories").asLong()).isEqualTo(2);
        assertThat(conflict.get("period_stories").asLong()).isEqualTo(2);
    }

    @Test
    void countsTheEventsOfCopiesOfOneStoryAsReportsAndAsOneStory() {
        Path file = dir.resolve("copies.duckdb");
        Record rewrite = EventRecords.ports("Ports row deepens", "The ministry threatened sanctions on Sunday."
                + " Envoys met the ministry. Talks go on.", ports.id());
        SpeechRecords.store(file, ports, rewrite, border);

        Cli events = Cli.run("events", "--db", file.toString(), "--source", "ARLGOV");
        assertThat(events.outLines()).hasSize(2 + 1).last().asString()
                .isEqualTo("2 events match, in 2 reports of 1 distinct story");
        assertThat(Cli.run("events", "--db", file.toString(), "--source", "ARLLEG").outLines()).last().asString()
                .isEqualTo("1 event matches, in 1 report of 1 distinct story");

        Cli dyads = Cli.run("dyads", "--db", file.toString(), "--source", "ARL", "--target", "BRV", "--csv");
        assertThat(dyads.outLines()).containsExactly(
                "period,q1_events,q1_goldstein,q2_events,q2_goldstein,q3_events,q3_goldstein,q4_events,q4_goldstein,reports,"
                        + "stories",
                "2025-02,0,,0,,2,-14.0,0,,2,1",
                "2025-03,0,,0,,1,-4.4,1,-10.0,1,1");
    }

    @Test
    void exitsWithTwoOnABadRootIntervalDateOrFormatPair() {
        assertThat(Cli.run("events", "--db", db, "--root", "1").code()).isEqualTo(2);
        assertThat(Cli.run("events", "--db", db, "--from", "yesterday").code()).isEqualTo(2);
        assertThat(Cli.run("events", "--db", db, "--from", "2025-03-01", "--to", "2025-02-01").code()).isEqualTo(2);
        assertThat(Cli.run("events", "--db", db, "--limit", "-1").code()).isEqualTo(2);
        Cli interval = Cli.run("dyads", "--db", db, "--interval", "fortnight");
        assertThat(interval.code()).isEqualTo(2);
        assertThat(interval.err()).contains("day, week, month, year");
        assertThat(Cli.run("dyads", "--db", db, "--json", "--csv").code()).isEqualTo(2);
    }

    @Test
    void createsNoDatabaseAndExitsWithThreeOnAnUnreadableOne() throws Exception {
        Path none = dir.resolve("none.duckdb");
        Path junk = Files.writeString(dir.resolve("junk.duckdb"), "not a database at all, just words");

        for (String command : new String[] {"events", "dyads"}) {
            Cli missing = Cli.run(command, "--db", none.toString());
            assertThat(missing.code()).as(command).isZero();
            assertThat(missing.err()).as(command).contains("no events match").contains("no database");
            Cli broken = Cli.run(command, "--db", junk.toString());
            assertThat(broken.code()).as(command).isEqualTo(3);
            assertThat(broken.err()).as(command).contains("store error");
        }
        assertThat(Files.exists(none)).isFalse();
    }

    @Test
    void saysWhenTheStoreHoldsNoEventsYet() {
        Path clean = dir.resolve("clean.duckdb");
        SpeechRecords.store(clean, Record.of(EventRecords.ports().article()));

        for (String command : new String[] {"events", "dyads"}) {
            Cli run = Cli.run(command, "--db", clean.toString());
            assertThat(run.code()).as(command).isZero();
            assertThat(run.err()).as(command).contains("no events match").contains("holds no events yet");
        }
    }

    @Test
    void explainsBothCommandsWithExamples() {
        assertThat(Cli.run("events", "--help").out()).contains("--source").contains("--root").contains("Examples:");
        assertThat(Cli.run("dyads", "--help").out()).contains("--interval").contains("--csv").contains("--both-ways")
                .contains("Examples:");
        assertThat(Cli.run("--help").out()).contains("events").contains("dyads");
    }
}
