package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.Record;

/** {@code quotes} and {@code actors} over a store filled with hand-built records (no language models). */
class SpeechCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private String db;
    private Record trains;
    private Record union;

    @BeforeEach
    void storeTwoArticlesWithQuotes() {
        Path file = dir.resolve("news.duckdb");
        trains = SpeechRecords.trains();
        union = SpeechRecords.union();
        SpeechRecords.store(file, trains, union);
        db = file.toString();
    }

    @Test
    void listsWhoSaidWhatWithRoleRelaysArticleAndDate() {
        Cli run = Cli.run("quotes", "--db", db);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).containsExactly(
                "Selma Ardent (Transport Minister): \u201CThe sleepers stay,\u201D \u2014 Ardent backs night trains, "
                        + "2025-02-03 [" + trains.id() + "]",
                "She (Transport Minister) via Radio Larkspur: \u201Ckept low\u201D (partial) \u2014 Ardent backs night "
                        + "trains, 2025-02-03 [" + trains.id() + "]",
                "Tomas Brink (union leader): \u201CWe will see,\u201D \u2014 Rail union wary [" + union.id() + "]",
                "3 quotes match, in 2 reports of 2 distinct stories");
    }

    @Test
    void countsTheQuotesOfCopiesOfOneStoryAsReportsAndAsOneStory() {
        Path file = dir.resolve("copies.duckdb");
        Record copy = SpeechRecords.copy(trains, "Minister keeps the sleepers");
        SpeechRecords.store(file, trains, copy, union);

        Cli run = Cli.run("quotes", "--db", file.toString(), "--speaker", "ardent");

        assertThat(run.outLines()).hasSize(4 + 1).last().asString()
                .isEqualTo("4 quotes match, in 2 reports of 1 distinct story");
    }

    @Test
    void findsASpeakersQuotesAlsoWhereAPronounNamesThem() {
        Cli run = Cli.run("quotes", "--db", db, "--speaker", "ardent");

        assertThat(run.outLines()).hasSize(2 + 1);
        assertThat(run.outLines().get(1)).startsWith("She (Transport Minister) via Radio Larkspur");
    }

    @Test
    void findsQuotesByRelayAndByWords() {
        assertThat(Cli.run("quotes", "--db", db, "--via", "LARKSPUR").outLines()).containsExactly(
                "She (Transport Minister) via Radio Larkspur: \u201Ckept low\u201D (partial) \u2014 Ardent backs night "
                        + "trains, 2025-02-03 [" + trains.id() + "]",
                "1 quote matches, in 1 report of 1 distinct story");
        assertThat(Cli.run("quotes", "--db", db, "--text", "stay sleepers").outLines())
                .hasSize(1 + 1).first().asString().contains("The sleepers stay,");
        assertThat(Cli.run("quotes", "--db", db, "--speaker", "brink", "--text", "see").outLines())
                .hasSize(1 + 1).first().asString().startsWith("Tomas Brink");
    }

    @Test
    void writesQuotesAsJsonLines() throws Exception {
        Cli run = Cli.run("quotes", "--db", db, "--via", "larkspur", "--json");

        assertThat(run.outLines()).hasSize(1);
        JsonNode quote = JSON.readTree(run.outLines().get(0));
        assertThat(quote.get("article_id").asText()).isEqualTo(trains.id());
        assertThat(quote.get("article_title").asText()).isEqualTo(SpeechRecords.TRAINS_TITLE);
        assertThat(quote.get("published").asText()).isEqualTo("2025-02-03");
        assertThat(quote.get("not_before").isNull()).isTrue();
        assertThat(quote.get("quote_id").asText()).isEqualTo("q2");
        assertThat(quote.get("kind").asText()).isEqualTo("partial");
        assertThat(quote.get("text").asText()).isEqualTo("kept low");
        assertThat(quote.get("speaker").asText()).isEqualTo("She");
        assertThat(quote.get("role").asText()).isEqualTo("Transport Minister");
        assertThat(quote.get("actor").asText()).isEqualTo("p1");
        assertThat(JSON.convertValue(quote.get("via"), List.class)).containsExactly("Radio Larkspur");
        assertThat(quote.get("cue").asText()).isEqualTo("added");
    }

    @Test
    void pagesQuotesAndPointsToTheNextPage() {
        Cli first = Cli.run("quotes", "--db", db, "--limit", "2");
        Cli last = Cli.run("quotes", "--db", db, "--limit", "2", "--offset", "2");

        assertThat(first.outLines()).hasSize(4);
        assertThat(first.outLines().get(2)).isEqualTo("(1\u20132; more may follow: --offset 2)");
        assertThat(first.outLines().get(3)).as("the count covers every page").startsWith("3 quotes match");
        assertThat(last.outLines()).hasSize(1 + 1).first().asString().startsWith("Tomas Brink");
    }

    @Test
    void saysNoQuotesMatchOnStandardErrorAndExitsWithZero() {
        Cli run = Cli.run("quotes", "--db", db, "--speaker", "Nobody Atall");

        assertThat(run.code()).isZero();
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).containsExactly("wirescope: no quotes match");
        assertThat(Cli.run("quotes", "--db", db, "--offset", "3").err()).contains("no quotes match at --offset 3");
    }

    @Test
    void saysWhenTheStoreHoldsNoQuotesOrActorsYet() {
        Path clean = dir.resolve("clean.duckdb");
        SpeechRecords.store(clean, Record.of(SpeechRecords.union().article()));

        Cli quotes = Cli.run("quotes", "--db", clean.toString());
        Cli actors = Cli.run("actors", "--db", clean.toString());

        assertThat(quotes.code()).isZero();
        assertThat(quotes.err()).contains("no quotes match").contains("holds no quotes yet");
        assertThat(actors.code()).isZero();
        assertThat(actors.err()).contains("no actors match").contains("holds no actors yet");
    }

    @Test
    void createsNoDatabaseWhereThereIsNone() {
        Path none = dir.resolve("none.duckdb");

        for (String command : new String[] {"quotes", "actors"}) {
            Cli run = Cli.run(command, "--db", none.toString());
            assertThat(run.code()).as(command).isZero();
            assertThat(run.err()).as(command).contains("no " + command + " match").contains("no database");
        }
        assertThat(Files.exists(none)).isFalse();
    }

    @Test
    void exitsWithThreeWhenTheStoreCannotBeRead() throws Exception {
        Path junk = Files.writeString(dir.resolve("junk.duckdb"), "not a database at all, just words");

        for (String command : new String[] {"quotes", "actors"}) {
            Cli run = Cli.run(command, "--db", junk.toString());
            assertThat(run.code()).as(command).isEqualTo(3);
            assertThat(run.err()).as(command).contains("store error");
        }
    }

    @Test
    void exitsWithTwoOnABadLimitTypeOrCountry() {
        assertThat(Cli.run("quotes", "--db", db, "--limit", "-1").code()).isEqualTo(2);
        assertThat(Cli.run("actors", "--db", db, "--offset", "-5").code()).isEqualTo(2);
        Cli type = Cli.run("actors", "--db", db, "--type", "WIZARD");
        assertThat(type.code()).isEqualTo(2);
        assertThat(type.err()).contains("PERSON").contains("WIZARD");
        Cli country = Cli.run("actors", "--db", db, "--country", "Sweden");
        assertThat(country.code()).isEqualTo(2);
        assertThat(country.err()).contains("ISO 3166");
    }

    @Test
    void listsActorsAsAnAlignedTableMostQuotedFirst() {
        Cli run = Cli.run("actors", "--db", db);

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outLines()).containsExactly(
                "NAME            TYPE    COUNTRY  ROLE                ARTICLES  MENTIONS  QUOTES",
                "Selma Ardent    PERSON  SWE      Transport Minister         1         3       2",
                "Tomas Brink     PERSON  SWE      union leader               1         1       1",
                "Radio Larkspur  MEDIA   -        -                          1         1       0");
    }

    @Test
    void filtersActorsByNameTypeAndCountryInAnyCase() {
        assertThat(Cli.run("actors", "--db", db, "--type", "person").outLines()).hasSize(1 + 2);
        assertThat(Cli.run("actors", "--db", db, "--country", "swe", "--name", "BRINK").outLines())
                .hasSize(2).last().asString().startsWith("Tomas Brink");
        Cli none = Cli.run("actors", "--db", db, "--type", "COUNTRY");
        assertThat(none.code()).isZero();
        assertThat(none.out()).isEmpty();
        assertThat(none.errLines()).containsExactly("wirescope: no actors match");
    }

    @Test
    void writesActorsAsJsonLines() throws Exception {
        Cli run = Cli.run("actors", "--db", db, "--name", "lark", "--json");

        assertThat(run.outLines()).hasSize(1);
        JsonNode radio = JSON.readTree(run.outLines().get(0));
        assertThat(radio.get("name").asText()).isEqualTo("Radio Larkspur");
        assertThat(radio.get("type").asText()).isEqualTo("MEDIA");
        assertThat(radio.get("country").isNull()).isTrue();
        assertThat(radio.get("role").isNull()).isTrue();
        assertThat(radio.get("articles").asLong()).isEqualTo(1);
        assertThat(radio.get("mentions").asLong()).isEqualTo(1);
        assertThat(radio.get("quotes").asLong()).isZero();
    }

    @Test
    void pagesActors() {
        Cli first = Cli.run("actors", "--db", db, "--limit", "1");
        Cli rest = Cli.run("actors", "--db", db, "--limit", "5", "--offset", "1");

        assertThat(first.outLines()).hasSize(1 + 1 + 1).last().asString().contains("--offset 1");
        assertThat(rest.outLines()).hasSize(1 + 2);
        assertThat(rest.outLines().get(1)).startsWith("Tomas Brink");
    }
}
