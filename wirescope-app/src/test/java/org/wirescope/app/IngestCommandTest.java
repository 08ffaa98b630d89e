package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.Reject;
import org.wirescope.store.Store;

class IngestCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path inputs(int count) throws Exception {
        Path in = Files.createDirectories(dir.resolve("in"));
        for (int i = 0; i < count; i++) Stories.write(in, String.format("story-%02d.txt", i), i);
        return in;
    }

    @Test
    void storesEveryArticleAndPrintsASummary() throws Exception {
        Path db = dir.resolve("news.duckdb");
        Cli run = Cli.run("ingest", inputs(5).toString(), "--db", db.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("articles added   5").contains("already present  0").contains("rejects          0")
                .contains("MB/s").contains("elapsed");
        try (Store store = Store.open(db)) {
            assertThat(store.articleCount()).isEqualTo(5);
        }
    }

    @Test
    void printsTheSummaryAsJsonWhenAsked() throws Exception {
        Path db = dir.resolve("news.duckdb");
        Cli run = Cli.run("ingest", inputs(3).toString(), "--db", db.toString(), "--json");

        assertThat(run.code()).isZero();
        JsonNode summary = JSON.readTree(run.out());
        assertThat(summary.get("files").asLong()).isEqualTo(3);
        assertThat(summary.get("articles_added").asLong()).isEqualTo(3);
        assertThat(summary.get("articles_present").asLong()).isZero();
        assertThat(summary.get("rejects").asLong()).isZero();
        assertThat(summary.get("bytes").asLong()).isPositive();
        assertThat(summary.has("elapsed_s")).isTrue();
        assertThat(summary.has("mb_per_s")).isTrue();
        assertThat(summary.has("articles_per_s")).isTrue();
    }

    @Test
    void leavesEveryTableUnchangedWhenTheSameInputIsIngestedAgain() throws Exception {
        Path db = dir.resolve("news.duckdb");
        Path in = inputs(8);
        BadInputs.empty(in);
        BadInputs.invalidUtf8(in);

        Cli first = Cli.run("ingest", in.toString(), "--db", db.toString(), "--batch", "3");
        Map<String, Long> before;
        try (Store store = Store.open(db)) {
            before = store.rowCounts();
        }
        Cli second = Cli.run("ingest", in.toString(), "--db", db.toString(), "--batch", "3");
        Map<String, Long> after;
        try (Store store = Store.open(db)) {
            after = store.rowCounts();
        }

        assertThat(first.code()).isZero();
        assertThat(second.code()).isZero();
        assertThat(before.get("articles")).isEqualTo(8);
        assertThat(after).isEqualTo(before);
        assertThat(second.out()).contains("articles added   0").contains("already present  8");
        assertThat(after.get("story_signatures")).as("one per distinct body").isEqualTo(8);
    }

    private static final String FERRY = "Night ferries between Port Alder and Kessel Island stopped on Saturday after crews"
            + " walked out over shift rules that the operator introduced last month without talks.\n\nThe union said it"
            + " would keep the night boats in harbour until the operator agreed to a second crew on every crossing after"
            + " dark.\n\nHundreds of travellers waited on the quay as the harbour office closed early and posted notices.\n";

    @Test
    void aLaterIngestPutsNearCopiesInTheStoriesOfEarlierOnes() throws Exception {
        Path db = dir.resolve("news.duckdb");
        Path monday = Files.createDirectories(dir.resolve("monday"));
        Files.writeString(monday.resolve("ferry.txt"), "Ferry Crews Walk Out\n\n" + FERRY);
        Path tuesday = Files.createDirectories(dir.resolve("tuesday"));
        Files.writeString(tuesday.resolve("ferries.txt"), "Island Ferries Stop at Night\n\n"
                + FERRY.replace("Hundreds of travellers", "Several hundred travellers"));
        Files.writeString(tuesday.resolve("copy.txt"), "Strike Halts Night Boats\n\n" + FERRY);
        Files.writeString(tuesday.resolve("tram.txt"), "Council Approves Tram Line\n\nThe city council voted on Monday to"
                + " build a tram line to the northern suburbs, ending a debate that lasted four years.\n\nThe mayor said"
                + " the first trams should run within three years if the regional grant arrives on time.\n");

        assertThat(Cli.run("ingest", monday.toString(), "--db", db.toString()).code()).isZero();
        assertThat(Cli.run("ingest", tuesday.toString(), "--db", db.toString()).code()).isZero();

        try (Store store = Store.open(db)) {
            Map<String, org.wirescope.model.Record> byTitle = new java.util.HashMap<>();
            for (var summary : store.articles(10, 0)) byTitle.put(summary.title(), store.article(summary.id()).orElseThrow());
            String first = byTitle.get("Ferry Crews Walk Out").id();
            assertThat(byTitle.get("Ferry Crews Walk Out").cluster()).contains(first);
            assertThat(byTitle.get("Island Ferries Stop at Night").cluster()).contains(first);
            assertThat(byTitle.get("Island Ferries Stop at Night").duplicateOf()).isEmpty();
            assertThat(byTitle.get("Strike Halts Night Boats").duplicateOf()).contains(first);
            assertThat(byTitle.get("Strike Halts Night Boats").cluster()).contains(first);
            String tram = byTitle.get("Council Approves Tram Line").id();
            assertThat(byTitle.get("Council Approves Tram Line").cluster()).contains(tram);
            assertThat(store.rowCounts().get("story_signatures")).as("the exact copy has none").isEqualTo(3);
        }
    }

    @Test
    void keepsARejectRowAndAStderrLineForEachBadInput() throws Exception {
        Path db = dir.resolve("news.duckdb");
        Path in = Files.createDirectories(dir.resolve("mixed"));
        Map<String, Path> bad = BadInputs.all(in);
        Stories.write(in, "good.txt", 11);

        Cli run = Cli.run("ingest", in.toString(), "--db", db.toString());

        assertThat(run.code()).isZero();
        List<String> rejectLines = run.errLines().stream().filter(l -> l.startsWith("rejected ")).toList();
        assertThat(rejectLines).hasSize(bad.size());
        try (Store store = Store.open(db)) {
            assertThat(store.articleCount()).isEqualTo(1);
            List<Reject> rejects = store.rejects(100);
            assertThat(rejects).hasSize(bad.size());
            for (Path file : bad.values()) {
                String name = file.getFileName().toString();
                assertThat(rejects).as(name).filteredOn(r -> r.uri().contains(name)).singleElement()
                        .satisfies(r -> assertThat(r.reason()).isNotBlank());
                assertThat(rejectLines).as(name).filteredOn(l -> l.contains(name)).hasSize(1);
            }
        }
    }

    @Test
    void exitsWithOneWhenEveryInputIsRejected() throws Exception {
        Path db = dir.resolve("news.duckdb");
        Cli run = Cli.run("ingest", BadInputs.empty(dir).toString(), BadInputs.binary(dir).toString(), "--db", db.toString());
        assertThat(run.code()).isEqualTo(1);
        try (Store store = Store.open(db)) {
            assertThat(store.rejects(10)).hasSize(2);
        }
    }

    @Test
    void exitsWithThreeWhenTheDatabaseIsCorrupt() throws Exception {
        Path db = Files.writeString(dir.resolve("broken.duckdb"), "this is not a database, just some words ".repeat(200));
        Cli run = Cli.run("ingest", inputs(1).toString(), "--db", db.toString());
        assertThat(run.code()).isEqualTo(3);
        assertThat(run.err()).contains("store error");
    }

    @Test
    void exitsWithTwoOnABadBatchSize() throws Exception {
        Cli run = Cli.run("ingest", inputs(1).toString(), "--db", dir.resolve("x.duckdb").toString(), "--batch", "0");
        assertThat(run.code()).isEqualTo(2);
    }

    @Test
    void recordsRunInputsAsAbsolutePaths() {
        List<String> normalised = RunInputs.normalise(new ArrayList<>(List.of("in/../in/a.txt", "-", "https://x.example/feed")));
        assertThat(Path.of(normalised.get(0)).isAbsolute()).isTrue();
        assertThat(normalised.get(0)).endsWith(Path.of("in", "a.txt").toString());
        assertThat(normalised.subList(1, 3)).containsExactly("-", "https://x.example/feed");
    }
}
