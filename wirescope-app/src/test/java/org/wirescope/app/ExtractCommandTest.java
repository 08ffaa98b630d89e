package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.wirescope.html.HtmlExtractor;

class ExtractCommandTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TempDir
    Path dir;

    private static JsonNode parse(String line) {
        try {
            return JSON.readTree(line);
        } catch (Exception e) {
            throw new AssertionError("not a JSON line: " + line, e);
        }
    }

    @Test
    void printsOneContractJsonLinePerArticle() throws Exception {
        Path a = Stories.write(dir, "a.txt", 1);
        Path b = Stories.write(dir, "b.txt", 2);

        Cli run = Cli.run("extract", a.toString(), b.toString());

        assertThat(run.code()).isZero();
        assertThat(run.err()).isEmpty();
        assertThat(run.outLines()).hasSize(2);
        List<String> titles = new ArrayList<>();
        for (String line : run.outLines()) {
            JsonNode n = parse(line);
            assertThat(n.get("schema").asText()).isEqualTo("wirescope.article/1");
            assertThat(n.get("paragraphs")).hasSize(3);
            titles.add(n.get("title").asText());
        }
        assertThat(titles).containsExactly(Stories.title(1), Stories.title(2));
    }

    @Test
    void extractsTheBundledExample() {
        Path example = Path.of("..", "examples", "harbour-strike.txt");
        Cli run = Cli.run("extract", example.toString());
        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(1);
        JsonNode n = parse(run.outLines().get(0));
        assertThat(n.get("title").asText()).isEqualTo("Dockworkers Halt Night Shifts at Port Velmar Over Pay Dispute");
        assertThat(n.get("captions")).hasSize(1);
        assertThat(n.get("captions").get(0).get("credit").asText()).isEqualTo("Jane Roe / Example Wire");
        assertThat(n.get("paragraphs")).hasSize(5);
    }

    @Test
    void readsStandardInputGivenAsDash() {
        java.io.InputStream saved = System.in;
        try {
            System.setIn(new java.io.ByteArrayInputStream(Stories.story(3).getBytes(java.nio.charset.StandardCharsets.UTF_8)));
            Cli run = Cli.run("extract", "-");
            assertThat(run.code()).as(run.err()).isZero();
            assertThat(run.outLines()).singleElement().satisfies(l -> assertThat(parse(l).get("title").asText()).isEqualTo(Stories.title(3)));
        } finally {
            System.setIn(saved);
        }
    }

    @Test
    void reportsAMissingFileAndExitsWithOne() {
        Cli run = Cli.run("extract", dir.resolve("not-there.txt").toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().startsWith("rejected ").contains("not-there.txt")
                .contains("no such file");
    }

    @Test
    void writesTheSameOutputInTheSameOrderOnOneThreadOrMany() throws Exception {
        for (int i = 0; i < 60; i++) Stories.write(dir, String.format("story-%03d.txt", i), i);

        Cli one = Cli.run("extract", dir.toString(), "--threads", "1");
        Cli many = Cli.run("extract", dir.toString(), "--threads", "4");

        assertThat(one.code()).isZero();
        assertThat(one.outLines()).hasSize(60);
        assertThat(many.out()).isEqualTo(one.out());
    }

    @Test
    void reportsEachBadInputOnOneLineAndGoesOn() throws Exception {
        Map<String, Path> bad = BadInputs.all(dir);
        Path good = Stories.write(dir, "good.txt", 5);
        List<String> args = new ArrayList<>(List.of("extract"));
        bad.values().forEach(p -> args.add(p.toString()));
        args.add(good.toString());

        Cli run = Cli.run(args);

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(1);
        assertThat(parse(run.outLines().get(0)).get("title").asText()).isEqualTo(Stories.title(5));
        assertThat(run.errLines()).hasSize(bad.size());
        for (Map.Entry<String, Path> e : bad.entrySet()) {
            String name = e.getValue().getFileName().toString();
            assertThat(run.errLines()).as(e.getKey())
                    .filteredOn(line -> line.contains(name))
                    .singleElement()
                    .satisfies(line -> assertThat(line).startsWith("rejected ").matches(".*: \\S.*"));
        }
    }

    @Test
    void namesTheSizeLimitWhenADocumentIsTooLarge() throws Exception {
        Path big = BadInputs.hugeOneLine(dir, 200_000);
        Cli run = Cli.run("extract", big.toString(), "--max-doc-bytes", "100KB");
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.errLines()).singleElement().asString().contains("one-line.txt");
    }

    @Test
    void rejectsAFiftyMegabytePageNamingTheLimitAndGoesOnWithinSeconds() throws Exception {
        Path pages = Files.createDirectories(dir.resolve("pages"));
        String paragraph = "<p>The harbour board met again on Tuesday and said the quay would stay shut for a week.</p>\n";
        Files.writeString(pages.resolve("a-huge.html"),
                "<html><body><article>" + paragraph.repeat(50_000_000 / paragraph.length()) + "</article></body></html>");
        Files.writeString(pages.resolve("b-small.html"), "<html><head><title>Quay stays shut</title></head><body><article>"
                + paragraph.repeat(3) + "</article></body></html>");

        long start = System.nanoTime();
        Cli byFileSize = Cli.run("extract", pages.toString());
        Cli byPageSize = Cli.run("extract", pages.toString(), "--max-doc-bytes", "64MiB");
        double seconds = (System.nanoTime() - start) / 1e9;

        assertThat(byFileSize.code()).isZero();
        assertThat(byFileSize.outLines()).singleElement().asString().contains("Quay stays shut");
        assertThat(byFileSize.errLines()).singleElement().asString().contains("a-huge.html").contains("limit");
        assertThat(byPageSize.outLines()).singleElement().asString().contains("Quay stays shut");
        assertThat(byPageSize.errLines()).singleElement().asString().contains("a-huge.html")
                .contains("over the limit of " + HtmlExtractor.MAX_CHARS);
        assertThat(seconds).as("both runs").isLessThan(20);
    }

    @Test
    void exitsWithOneWhenEveryInputIsRejected() throws Exception {
        Cli run = Cli.run("extract", BadInputs.empty(dir).toString(), BadInputs.binary(dir).toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).hasSize(2);
    }

    @Test
    void reportsADirectoryWithoutFilesAsAReject() throws Exception {
        Path empty = Files.createDirectory(dir.resolve("nothing-here"));
        Cli run = Cli.run("extract", empty.toString());
        assertThat(run.code()).isEqualTo(1);
        assertThat(run.out()).isEmpty();
        assertThat(run.errLines()).singleElement().asString().startsWith("rejected ").contains("nothing-here");
    }

    @ParameterizedTest
    @ValueSource(strings = {"--threads=0", "--max-doc-bytes=12parsecs", "--no-such-option", "--max-line-chars=-1"})
    void exitsWithTwoOnBadOptions(String option) throws Exception {
        Path a = Stories.write(dir, "a.txt", 1);
        Cli run = Cli.run("extract", a.toString(), option);
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.out()).isEmpty();
        assertThat(run.err()).isNotBlank();
    }

    @Test
    void exitsWithTwoWithoutInputs() {
        Cli run = Cli.run("extract");
        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("INPUT");
    }

    @Test
    @Tag("slow")
    void extractsADirectoryOfTenThousandSmallFilesReportingOnlyTheBadOnes() throws Exception {
        Path many = Files.createDirectory(dir.resolve("many"));
        List<String> emptyNames = new ArrayList<>();
        for (int i = 0; i < 10_000; i++) {
            String name = String.format("s%05d.txt", i);
            if (i % 1000 == 999) {
                Files.write(many.resolve(name), new byte[0]);
                emptyNames.add(name);
            } else {
                Stories.write(many, name, i);
            }
        }

        Cli run = Cli.run("extract", many.toString(), "--threads", "2");

        assertThat(run.code()).isZero();
        assertThat(run.outLines()).hasSize(10_000 - emptyNames.size());
        assertThat(run.errLines()).hasSize(emptyNames.size());
        for (String name : emptyNames) assertThat(run.errLines()).filteredOn(l -> l.contains(name)).hasSize(1);
        assertThat(parse(run.outLines().get(0)).get("title").asText()).isEqualTo(Stories.title(0));
        assertThat(parse(run.outLines().get(run.outLines().size() - 1)).get("title").asText()).isEqualTo(Stories.title(9_998));
    }
}
