package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code search} and {@code reindex} over a store filled with hand-built records (no language models). */
class SearchCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String db;

    @BeforeEach
    void storeSpeechAndEvents() {
        Path file = dir.resolve("news.duckdb");
        SpeechRecords.store(file, SpeechRecords.trains(), SpeechRecords.union(), EventRecords.ports(), EventRecords.border());
        db = file.toString();
    }

    @Test
    void printsATableOfHitsWithMarkedWordsAndACount() {
        Cli run = Cli.run("search", "speaker:Ardent", "--db", db);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).startsWith("KIND").contains("SCORE", "PUBLISHED", "ID", "TITLE", "SNIPPET");
        assertThat(run.outLines()).hasSize(1 + 2 + 1);
        assertThat(run.outLines().subList(1, 3)).allSatisfy(row ->
                assertThat(row).startsWith("quote").contains("2025-02-03", SpeechRecords.TRAINS_TITLE));
        assertThat(run.out()).contains("The sleepers stay,").contains("kept low");
        assertThat(run.outLines().get(3)).isEqualTo("(2 hits)");
    }

    @Test
    void joinsSeveralWordsIntoOneQueryAndMarksThemTogether() {
        Cli run = Cli.run("search", "night", "trains", "--kind", "article", "--db", db);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.out()).contains("*night trains*");
    }

    @Test
    void filtersByKindGivenSeveralTimesOrWithCommas() throws Exception {
        Cli commas = Cli.run("search", "Arland OR Brevia OR Ardent", "--kind", "QUOTE,event", "--json", "--db", db);
        Cli repeated = Cli.run("search", "Arland OR Brevia OR Ardent", "--kind", "quote", "--kind", "event", "--json", "--db", db);

        assertThat(kinds(commas)).containsOnly("quote", "event").contains("quote", "event");
        assertThat(repeated.out()).isEqualTo(commas.out());
    }

    @Test
    void printsThePageAsOneJsonObjectWithHtmlSnippets() throws Exception {
        Cli run = Cli.run("search", "cameo:13", "--kind", "event", "--json", "--db", db);

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode page = JSON.readTree(run.out());
        assertThat(page.get("total").asLong()).isEqualTo(2);
        assertThat(page.get("next_cursor").isNull()).isTrue();
        List<String> evidence = new ArrayList<>();
        for (JsonNode hit : page.get("hits")) {
            assertThat(hit.get("kind").asText()).isEqualTo("event");
            assertThat(hit.get("item_id").asText()).startsWith("e");
            evidence.add(hit.get("snippet").asText());
        }
        assertThat(evidence).containsExactlyInAnyOrder("threatened sanctions", "warned the neighbour");
        JsonNode marked = JSON.readTree(Cli.run("search", "cameo:13 sanctions", "--kind", "event", "--json", "--db", db).out());
        assertThat(marked.get("hits").get(0).get("snippet").asText()).isEqualTo("threatened <mark>sanctions</mark>");
    }

    @Test
    void followsTheCursorToTheNextPage() throws Exception {
        JsonNode first = JSON.readTree(Cli.run("search", "Arland", "--limit", "2", "--json", "--db", db).out());
        String cursor = first.get("next_cursor").asText();

        Cli table = Cli.run("search", "Arland", "--limit", "2", "--db", db);
        JsonNode second = JSON.readTree(Cli.run("search", "Arland", "--limit", "2", "--cursor", cursor, "--json", "--db", db).out());

        assertThat(table.out()).contains("next page: --cursor " + cursor);
        assertThat(first.get("hits")).hasSize(2);
        assertThat(second.get("hits").size()).isPositive();
        assertThat(second.get("hits").get(0).toString()).isNotIn(first.get("hits").get(0).toString(),
                first.get("hits").get(1).toString());
    }

    @Test
    void aMalformedQueryIsOneErrorLineWithThePositionAndExitCodeTwo() {
        Cli run = Cli.run("search", "speaker:(Ardent", "--db", db);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("wirescope: bad query at position 15: the query ends too early, "
                + "after 'speaker:(Ardent'");
    }

    @Test
    void anUnknownFieldNamesItsPosition() {
        Cli run = Cli.run("search", "trains spekaer:Ardent", "--db", db);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("wirescope: bad query at position 7: unknown field 'spekaer'");
    }

    @Test
    void aForeignCursorIsAUsageError() {
        Cli run = Cli.run("search", "trains", "--cursor", "nonsense", "--db", db);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).startsWith("wirescope: bad --cursor:");
    }

    @Test
    void anUnknownKindIsAUsageError() {
        Cli run = Cli.run("search", "trains", "--kind", "speech", "--db", db);

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("article, quote or event");
    }

    @Test
    void saysWhenNothingMatches() {
        Cli run = Cli.run("search", "zeppelin", "--db", db);

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).contains("no hits for zeppelin");
    }

    @Test
    void doesNotCreateADatabaseToSearch() {
        Path missing = dir.resolve("missing.duckdb");

        Cli run = Cli.run("search", "trains", "--db", missing.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).contains("no database at");
        assertThat(missing).doesNotExist();
    }

    @Test
    void reindexRebuildsTheIndexAndSummarisesIt() throws Exception {
        Cli run = Cli.run("reindex", "--db", db);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).startsWith("indexed 11 documents (4 articles, 3 quotes, 4 events) in ");
        assertThat(run.outLines().get(1)).startsWith("index  ").contains("news.duckdb.index");
        assertThat(Files.isDirectory(dir.resolve("news.duckdb.index"))).isTrue();
        assertThat(Cli.run("search", "speaker:Brink", "--db", db).out()).contains("We will see,");
    }

    @Test
    void helpOfSearchAndReindexTeachWithExamples() {
        assertThat(Cli.run("search", "--help").out()).contains("Usage: wirescope search").contains("Examples:")
                .contains("published:[2025-01-01 TO 2025-03-31]");
        assertThat(Cli.run("reindex", "--help").out()).contains("Usage: wirescope reindex").contains("Examples:");
    }

    private static List<String> kinds(Cli run) throws Exception {
        assertThat(run.code()).as(run.err()).isZero();
        List<String> kinds = new ArrayList<>();
        for (JsonNode hit : JSON.readTree(run.out()).get("hits")) kinds.add(hit.get("kind").asText());
        return kinds;
    }
}
