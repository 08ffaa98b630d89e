package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code articles} and {@code show} over a database filled by {@code ingest}. */
class BrowseCommandsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private Path db;
    private Path example;

    @BeforeEach
    void ingestTheExampleAndTwoStories() throws Exception {
        db = dir.resolve("news.duckdb");
        Path in = Files.createDirectories(dir.resolve("in"));
        example = Files.copy(Path.of("..", "examples", "harbour-strike.txt"), in.resolve("harbour-strike.txt"));
        Stories.write(in, "ferry-1.txt", 1);
        Stories.write(in, "ferry-2.txt", 2);
        assertThat(Cli.run("ingest", in.toString(), "--db", db.toString()).code()).isZero();
    }

    private String exampleId() throws Exception {
        Cli extract = Cli.run("extract", example.toString());
        return JSON.readTree(extract.outLines().get(0)).get("id").asText();
    }

    @Test
    void listsArticlesAsAnAlignedTable() throws Exception {
        Cli run = Cli.run("articles", "--db", db.toString());

        assertThat(run.code()).isZero();
        assertThat(run.outLines().get(0)).startsWith("ID").contains("PUBLISHED").contains("TITLE")
                .contains("PARAS").contains("CAPTIONS");
        assertThat(run.out()).contains(exampleId()).contains("≥2031-03-03")
                .contains("Dockworkers Halt Night Shifts").contains(Stories.title(1)).contains("of 3");
        int titleColumn = run.outLines().get(0).indexOf("TITLE");
        for (String row : run.outLines().subList(1, 4)) {
            assertThat(row.substring(titleColumn - 2, titleColumn)).isEqualTo("  ");
            assertThat(row.charAt(titleColumn)).isNotEqualTo(' ');
        }
    }

    @Test
    void pagesWithLimitAndOffset() {
        Cli first = Cli.run("articles", "--db", db.toString(), "--limit", "2");
        Cli rest = Cli.run("articles", "--db", db.toString(), "--limit", "2", "--offset", "2");
        assertThat(first.outLines()).hasSize(1 + 2 + 1);
        assertThat(first.out()).contains("--offset 2");
        assertThat(rest.outLines()).hasSize(1 + 1 + 1);
    }

    @Test
    void listsArticlesAsJsonLines() throws Exception {
        Cli run = Cli.run("articles", "--db", db.toString(), "--json");
        assertThat(run.outLines()).hasSize(3);
        JsonNode example = null;
        for (String line : run.outLines()) {
            JsonNode n = JSON.readTree(line);
            if (n.get("id").asText().equals(exampleId())) example = n;
        }
        assertThat(example).isNotNull();
        assertThat(example.get("not_before").asText()).isEqualTo("2031-03-03");
        assertThat(example.get("published").isNull()).isTrue();
        assertThat(example.get("paragraphs").asInt()).isEqualTo(5);
        assertThat(example.get("captions").asInt()).isEqualTo(1);
    }

    @Test
    void showsAnArticleByAUniquePrefixOfItsId() throws Exception {
        String id = exampleId();
        Cli run = Cli.run("show", id.substring(0, 8), "--db", db.toString());

        assertThat(run.code()).as(run.err()).isZero();
        assertThat(run.outLines().get(0)).isEqualTo("Dockworkers Halt Night Shifts at Port Velmar Over Pay Dispute");
        assertThat(run.out()).contains("id         " + id)
                .contains("published  not before 2031-03-03 (caption): \u201Con March 3, 2031\u201D")
                .contains("harbour-strike.txt (text)")
                .contains("credit: Jane Roe / Example Wire")
                .contains(" [1] Night shifts at Port Velmar").contains(" [5] Freight companies");
    }

    @Test
    void showsTheSameContractLineThatExtractWrites() throws Exception {
        Cli extract = Cli.run("extract", example.toString());
        Cli show = Cli.run("show", exampleId(), "--db", db.toString(), "--json");
        assertThat(show.code()).isZero();
        JsonNode fromStore = JSON.readTree(show.out());
        JsonNode fromExtract = JSON.readTree(extract.outLines().get(0));
        for (String field : new String[] {"schema", "id", "title", "published", "captions", "text", "paragraphs"}) {
            assertThat(fromStore.get(field)).as(field).isEqualTo(fromExtract.get(field));
        }
    }

    @Test
    void exitsWithOneWhenNoArticleHasThatId() {
        Cli run = Cli.run("show", "a-ffffffffffffffff", "--db", db.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.err()).contains("a-ffffffffffffffff");
    }

    @Test
    void saysSoWhenThereIsNoDatabaseYet() {
        Path none = dir.resolve("none.duckdb");
        Cli run = Cli.run("articles", "--db", none.toString());
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("wirescope ingest");
        assertThat(Files.exists(none)).isFalse();
    }
}
