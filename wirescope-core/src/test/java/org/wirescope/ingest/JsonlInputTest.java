package org.wirescope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirescope.ingest.Ingest.all;
import static org.wirescope.ingest.Ingest.bytes;
import static org.wirescope.ingest.Ingest.document;
import static org.wirescope.ingest.Ingest.only;
import static org.wirescope.ingest.Ingest.reason;
import static org.wirescope.ingest.Ingest.spec;
import static org.wirescope.ingest.Ingest.uri;
import static org.wirescope.ingest.Ingest.write;
import static org.wirescope.ingest.Ingest.writeGzip;

import java.io.BufferedOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.config.Limits;
import org.wirescope.model.Source;

class JsonlInputTest {

    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void readsEveryFieldOfALine() {
        Path file = write(dir.resolve("feed.jsonl"), """
                {"id": "w-17", "url": "https://example.org/a", "title": "Dam opens", "text": "The dam opened.", \
                "published": "2024-05-02", "language": "en", "extra": [1, 2]}
                """);

        var document = document(only(spec(file)));

        assertThat(document.text()).isEqualTo("The dam opened.");
        assertThat(document.source().format()).isEqualTo(Source.Format.JSONL);
        assertThat(document.source().uri()).isEqualTo(uri(file) + "#L1");
        assertThat(document.source().id()).contains("w-17");
        assertThat(document.source().url()).contains("https://example.org/a");
        assertThat(document.given().title()).contains("Dam opens");
        assertThat(document.given().published()).contains("2024-05-02");
        assertThat(document.given().language()).contains("en");
    }

    @Test
    void leavesMissingOptionalFieldsEmpty() {
        Path file = write(dir.resolve("bare.ndjson"), "{\"text\": \"Only text.\", \"title\": null}\n");

        var document = document(only(spec(file)));

        assertThat(document.source().id()).isEmpty();
        assertThat(document.source().url()).isEmpty();
        assertThat(document.given().title()).isEmpty();
        assertThat(document.given().published()).isEmpty();
        assertThat(document.given().language()).isEmpty();
    }

    @Test
    void acceptsANumericId() {
        Path file = write(dir.resolve("ids.jsonl"), "{\"id\": 42, \"text\": \"x\"}\n");

        assertThat(document(only(spec(file))).source().id()).contains("42");
    }

    @Test
    void skipsBlankLinesAndKeepsPhysicalLineNumbers() {
        Path file = write(dir.resolve("gaps.jsonl"), "{\"text\":\"one\"}\n\n   \n{\"text\":\"four\"}\r\n");

        List<Ingested> items = all(spec(file));

        assertThat(items).extracting(Ingested::uri).containsExactly(uri(file) + "#L1", uri(file) + "#L4");
        assertThat(document(items.get(1)).text()).isEqualTo("four");
    }

    @Test
    void rejectsBadLinesOneByOneAndReadsTheRest() {
        Path file = write(dir.resolve("mixed.jsonl"), String.join("\n",
                "{\"text\": \"good one\"}",
                "{\"title\": \"no body\"}",
                "{\"text\": \"unterminated",
                "[\"not\", \"an object\"]",
                "{\"text\": {\"nested\": true}}",
                "{\"text\": \"\"}",
                "{\"text\": \"trailing\"} junk",
                "{\"text\": \"good two\"}"));

        List<Ingested> items = all(spec(file));

        assertThat(items).hasSize(8);
        assertThat(document(items.get(0)).text()).isEqualTo("good one");
        assertThat(reason(items.get(1))).isEqualTo("missing or empty field \"text\"");
        assertThat(items.get(1).uri()).isEqualTo(uri(file) + "#L2");
        assertThat(reason(items.get(2))).startsWith("not valid JSON: ");
        assertThat(reason(items.get(3))).isEqualTo("not a JSON object");
        assertThat(reason(items.get(4))).isEqualTo("field \"text\" must be a string, not object");
        assertThat(reason(items.get(5))).isEqualTo("missing or empty field \"text\"");
        assertThat(reason(items.get(6))).startsWith("not valid JSON: ");
        assertThat(document(items.get(7)).text()).isEqualTo("good two");
    }

    @Test
    void accountsEachLinesBytes() {
        String first = "{\"text\":\"a\"}\n";
        String second = "{\"text\":\"bcd\"}\n";
        Path file = write(dir.resolve("sizes.jsonl"), first + second);

        assertThat(all(spec(file))).extracting(Ingested::bytes)
                .containsExactly((long) first.length(), (long) second.length());
    }

    @Test
    void readsGzippedJsonLines() {
        Path file = writeGzip(dir.resolve("feed.jsonl.gz"), "{\"text\":\"one\"}\n{\"text\":\"two\"}\n");

        List<Ingested> items = all(spec(file));

        assertThat(items).extracting(item -> document(item).text()).containsExactly("one", "two");
        assertThat(items.stream().mapToLong(Ingested::bytes).sum()).as("on-disk bytes").isEqualTo(file.toFile().length());
    }

    @Test
    void keepsTheLinesBeforeATruncatedGzipStream() {
        StringBuilder lines = new StringBuilder();
        for (int i = 1; i <= 2000; i++) lines.append("{\"text\":\"story number ").append(i).append("\"}\n");
        byte[] whole = Ingest.gzip(lines.toString().getBytes(StandardCharsets.UTF_8));
        Path file = write(dir.resolve("cut.jsonl.gz"), Arrays.copyOf(whole, whole.length - 100));

        List<Ingested> items = all(spec(file));

        Ingested last = items.get(items.size() - 1);
        assertThat(reason(last)).isEqualTo("truncated gzip stream");
        assertThat(last.uri()).isEqualTo(uri(file));
        assertThat(items.subList(0, items.size() - 1)).isNotEmpty().allMatch(Ingested.Document.class::isInstance);
    }

    @Test
    void rejectsALineOverTheLimitWithoutKeepingItAndReadsOn() throws IOException {
        Path file = dir.resolve("long.jsonl");
        try (OutputStream out = new BufferedOutputStream(Files.newOutputStream(file))) {
            out.write("{\"text\":\"short\"}\n{\"text\":\"".getBytes(StandardCharsets.UTF_8));
            byte[] chunk = new byte[MIB];
            Arrays.fill(chunk, (byte) 'z');
            for (int i = 0; i < 20; i++) out.write(chunk);
            out.write("\"}\n{\"text\":\"after\"}\n".getBytes(StandardCharsets.UTF_8));
        }
        long longLine = 20L * MIB + "{\"text\":\"\"}".length();

        List<Ingested> items = all(Limits.DEFAULTS.withMaxDocumentBytes(MIB), spec(file));

        assertThat(items).hasSize(3);
        assertThat(items.get(1).uri()).isEqualTo(uri(file) + "#L2");
        assertThat(reason(items.get(1))).isEqualTo("larger than the 1 MiB document limit (--max-doc-bytes): " + longLine + " bytes");
        assertThat(document(items.get(2)).text()).isEqualTo("after");
    }

    @Test
    void isNotHeldToTheDocumentLimitAsAWholeFile() {
        String line = "{\"text\":\"" + "w".repeat(100) + "\"}\n";
        Path file = write(dir.resolve("many.jsonl"), line.repeat(50));

        List<Ingested> items = all(Limits.DEFAULTS.withMaxDocumentBytes(1024), spec(file));

        assertThat(items).hasSize(50).allMatch(Ingested.Document.class::isInstance);
    }

    @Test
    void decodesEachLineOnItsOwnAndNamesTheFileOffsetOfBadBytes() {
        byte[] good = "{\"text\":\"caf\u00e9\"}\n".getBytes(StandardCharsets.UTF_8);
        byte[] legacy = bytes('{', '"', 't', 'e', 'x', 't', '"', ':', '"', 'n', 0xE9, '"', '}', '\n');
        byte[] mixed = bytes('{', '"', 't', 'e', 'x', 't', '"', ':', '"', 0xC3, 0xA9, 0xE9, '"', '}', '\n');
        Path file = write(dir.resolve("encodings.jsonl"), concat(good, legacy, mixed));

        List<Ingested> items = all(spec(file));

        assertThat(document(items.get(0)).text()).isEqualTo("café");
        assertThat(document(items.get(1)).text()).isEqualTo("né");
        assertThat(document(items.get(1)).encoding()).isEqualTo("windows-1252");
        assertThat(reason(items.get(2))).isEqualTo("invalid UTF-8 at byte " + (good.length + legacy.length + 11));
    }

    @Test
    void stripsAByteOrderMarkBeforeTheFirstLine() {
        Path file = write(dir.resolve("bom.jsonl"), concat(bytes(0xEF, 0xBB, 0xBF), "{\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_8)));

        assertThat(document(only(spec(file))).text()).isEqualTo("x");
    }

    @Test
    void rejectsAnEmptyJsonLinesFileOnce() {
        Path file = write(dir.resolve("empty.jsonl"), "\n \n\n");

        Ingested item = only(spec(file));

        assertThat(reason(item)).isEqualTo("empty file");
        assertThat(item.uri()).isEqualTo(uri(file));
    }

    @Test
    void rejectsABinaryJsonLinesFileOnceRatherThanLineByLine() {
        byte[] png = new byte[4096];
        png[0] = (byte) 0x89;
        png[1] = 'P';
        png[2] = 'N';
        png[3] = 'G';
        for (int i = 4; i < png.length; i += 50) png[i] = '\n';
        Path file = write(dir.resolve("image.jsonl"), png);

        assertThat(reason(only(spec(file)))).isEqualTo("binary content (looks like PNG)");
    }

    @Test
    void refusesUtf16JsonLines() {
        byte[] text = "{\"text\":\"x\"}\n".getBytes(StandardCharsets.UTF_16);
        Path file = write(dir.resolve("wide.jsonl"), text);

        assertThat(reason(only(spec(file)))).contains("UTF-16");
    }

    @Test
    void keepsUnicodeEscapesAsDecodedText() {
        Path file = write(dir.resolve("escaped.jsonl"), "{\"text\":\"\\u201cHi\\u201d\\nthere\"}\n");

        assertThat(document(only(spec(file))).text()).isEqualTo("\u201cHi\u201d\nthere");
    }

    private static byte[] concat(byte[]... parts) {
        int length = Arrays.stream(parts).mapToInt(part -> part.length).sum();
        byte[] all = new byte[length];
        int at = 0;
        for (byte[] part : parts) {
            System.arraycopy(part, 0, all, at, part.length);
            at += part.length;
        }
        return all;
    }
}
