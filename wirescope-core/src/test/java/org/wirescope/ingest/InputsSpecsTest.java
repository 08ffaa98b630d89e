package org.wirescope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirescope.ingest.Ingest.all;
import static org.wirescope.ingest.Ingest.document;
import static org.wirescope.ingest.Ingest.reason;
import static org.wirescope.ingest.Ingest.spec;
import static org.wirescope.ingest.Ingest.uri;
import static org.wirescope.ingest.Ingest.write;

import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.config.Limits;
import org.wirescope.model.Source;

class InputsSpecsTest {

    @TempDir
    Path dir;

    @Test
    void readsAPlainTextFileAsOneDocumentWithItsFileUri() throws Exception {
        Path file = write(dir.resolve("story.txt"), "Harbour reopens after storm.\n\nCrews cleared the quay.\n");

        List<Ingested> items = all(spec(file));

        assertThat(items).hasSize(1);
        var document = document(items.get(0));
        assertThat(document.text()).isEqualTo("Harbour reopens after storm.\n\nCrews cleared the quay.\n");
        assertThat(document.encoding()).isEqualTo("UTF-8");
        assertThat(document.source().format()).isEqualTo(Source.Format.TEXT);
        assertThat(document.source().uri()).isEqualTo(uri(file)).startsWith("file:");
        assertThat(items.get(0).bytes()).isEqualTo(Files.size(file));
    }

    @Test
    void walksADirectoryRecursivelyInPathOrderSkippingHiddenEntries() {
        write(dir.resolve("b.txt"), "bee");
        write(dir.resolve("a.txt"), "ay");
        write(dir.resolve("sub/c.txt"), "sea");
        write(dir.resolve(".hidden.txt"), "skip me");
        write(dir.resolve(".git/d.txt"), "skip me too");

        List<Ingested> items = all(spec(dir));

        assertThat(items).extracting(Ingested::uri)
                .containsExactly(uri(dir.resolve("a.txt")), uri(dir.resolve("b.txt")), uri(dir.resolve("sub/c.txt")));
    }

    @Test
    void expandsAGlobWithinOneDirectory() {
        write(dir.resolve("one.txt"), "one");
        write(dir.resolve("two.txt"), "two");
        write(dir.resolve("three.md"), "three");
        write(dir.resolve("sub/four.txt"), "four");

        List<Ingested> items = all(dir + "/*.txt");

        assertThat(items).extracting(item -> document(item).text()).containsExactly("one", "two");
    }

    @Test
    void expandsADoubleStarGlobAcrossDirectoriesIncludingTheTopLevel() {
        write(dir.resolve("top.jsonl"), "{\"text\":\"top\"}\n");
        write(dir.resolve("x/mid.jsonl"), "{\"text\":\"mid\"}\n");
        write(dir.resolve("x/y/deep.jsonl"), "{\"text\":\"deep\"}\n");
        write(dir.resolve("x/y/other.txt"), "not matched");

        List<Ingested> items = all(dir + "/**/*.jsonl");

        assertThat(items).extracting(item -> document(item).text()).containsExactly("top", "mid", "deep");
    }

    @Test
    void resolvesRelativeGlobsAgainstTheWorkingDirectory() {
        write(dir.resolve("data/a.txt"), "alpha");
        write(dir.resolve("data/b.txt"), "beta");

        try (Inputs inputs = Inputs.open(List.of("data/*.txt"), Limits.DEFAULTS, InputStream.nullInputStream(), dir)) {
            assertThat(inputs.fileCount()).isEqualTo(2);
            assertThat(Ingest.collect(inputs)).extracting(Ingested::uri)
                    .containsExactly(uri(dir.resolve("data/a.txt")), uri(dir.resolve("data/b.txt")));
        }
    }

    @Test
    void readsStandardInputForDash() {
        var stdin = new ByteArrayInputStream("Piped story.".getBytes(StandardCharsets.UTF_8));

        try (Inputs inputs = Inputs.open(List.of("-"), Limits.DEFAULTS, stdin)) {
            assertThat(inputs.fileCount()).isEqualTo(1);
            assertThat(inputs.totalBytes()).isZero();
            List<Ingested> items = Ingest.collect(inputs);
            assertThat(items).hasSize(1);
            assertThat(document(items.get(0)).text()).isEqualTo("Piped story.");
            assertThat(items.get(0).uri()).isEqualTo("stdin:");
            assertThat(items.get(0).bytes()).isEqualTo(12);
        }
    }

    @Test
    void givesOneFailedItemForAMissingPathAndGoesOn() {
        Path present = write(dir.resolve("present.txt"), "here");

        List<Ingested> items = all(spec(dir.resolve("absent.txt")), spec(present));

        assertThat(items).hasSize(2);
        assertThat(items.get(0).uri()).isEqualTo(uri(dir.resolve("absent.txt")));
        assertThat(reason(items.get(0))).isEqualTo("no such file or directory");
        assertThat(document(items.get(1)).text()).isEqualTo("here");
    }

    @Test
    void givesOneFailedItemForAGlobThatMatchesNothing() {
        write(dir.resolve("a.txt"), "a");

        List<Ingested> items = all(dir + "/*.jsonl");

        assertThat(items).singleElement().satisfies(item -> assertThat(reason(item)).isEqualTo("no files match the pattern"));
    }

    @Test
    void givesOneFailedItemForADirectoryWithoutFiles() throws Exception {
        Files.createDirectories(dir.resolve("empty/nested"));

        assertThat(reason(Ingest.only(spec(dir.resolve("empty"))))).isEqualTo("directory holds no files");
    }

    @Test
    void readsContentsOnlyWhileIterating() throws Exception {
        Path file = write(dir.resolve("late.txt"), "first draft");

        try (Inputs inputs = Inputs.open(List.of(spec(dir)), Limits.DEFAULTS, InputStream.nullInputStream())) {
            Files.writeString(file, "final text");

            assertThat(Ingest.collect(inputs)).extracting(item -> document(item).text()).containsExactly("final text");
        }
    }

    @Test
    void givesOneFailedItemForABlankSpecInsteadOfReadingTheWorkingDirectory() {
        write(dir.resolve("a.txt"), "a");

        try (Inputs inputs = Inputs.open(List.of(""), Limits.DEFAULTS, InputStream.nullInputStream(), dir)) {
            assertThat(Ingest.collect(inputs)).singleElement()
                    .satisfies(item -> assertThat(reason(item)).isEqualTo("empty path"));
        }
    }

    @Test
    void countsFilesAndSumsTheirSizesRightAfterOpening() {
        write(dir.resolve("a.txt"), "12345");
        write(dir.resolve("b/c.txt"), "123");
        write(dir.resolve("d.jsonl.gz"), new byte[40]);

        try (Inputs inputs = Inputs.open(List.of(spec(dir), "-", spec(dir.resolve("missing"))),
                Limits.DEFAULTS, InputStream.nullInputStream())) {
            assertThat(inputs.fileCount()).isEqualTo(4);
            assertThat(inputs.totalBytes()).isEqualTo(48);
        }
    }

    @Test
    void readsAFileNamedByTwoSpecsOnce() {
        Path file = write(dir.resolve("a.txt"), "once");

        assertThat(all(spec(dir), spec(file))).hasSize(1);
    }

    @Test
    @Timeout(60)
    void iteratesTenThousandSmallFilesInSortedOrder() throws Exception {
        int count = 10_000;
        for (int i = count - 1; i >= 0; i--) {
            Files.writeString(dir.resolve(String.format("doc-%05d.txt", i)), "story " + i);
        }

        try (Inputs inputs = Inputs.open(List.of(spec(dir)), Limits.DEFAULTS, InputStream.nullInputStream())) {
            assertThat(inputs.fileCount()).isEqualTo(count);
            List<String> texts = Ingest.collect(inputs).stream().map(item -> document(item).text()).toList();
            assertThat(texts).containsExactlyElementsOf(IntStream.range(0, count).mapToObj(i -> "story " + i).toList());
        }
    }

    @Test
    void refusesASecondIteration() {
        write(dir.resolve("a.txt"), "a");
        try (Inputs inputs = Inputs.open(List.of(spec(dir)), Limits.DEFAULTS, InputStream.nullInputStream())) {
            inputs.iterator();

            assertThatThrownBy(inputs::iterator).isInstanceOf(IllegalStateException.class);
        }
    }

    @Test
    void stopsYieldingOnceClosed() {
        write(dir.resolve("a.txt"), "a");
        write(dir.resolve("b.txt"), "b");
        Inputs inputs = Inputs.open(List.of(spec(dir)), Limits.DEFAULTS, InputStream.nullInputStream());
        var iterator = inputs.iterator();
        iterator.next();

        inputs.close();

        assertThat(iterator.hasNext()).isFalse();
    }

    @Test
    void namesTheNullSpecInTheError() {
        List<String> specs = java.util.Arrays.asList("a.txt", null);

        assertThatThrownBy(() -> Inputs.open(specs, Limits.DEFAULTS)).hasMessage("specs[1]");
    }
}
