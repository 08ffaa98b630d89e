package org.wirescope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;
import static org.wirescope.ingest.Ingest.all;
import static org.wirescope.ingest.Ingest.bytes;
import static org.wirescope.ingest.Ingest.document;
import static org.wirescope.ingest.Ingest.only;
import static org.wirescope.ingest.Ingest.reason;
import static org.wirescope.ingest.Ingest.spec;
import static org.wirescope.ingest.Ingest.write;
import static org.wirescope.ingest.Ingest.writeGzip;

import java.io.ByteArrayInputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.config.Limits;

class PlainTextInputTest {

    private static final int MIB = 1024 * 1024;

    @TempDir
    Path dir;

    @Test
    void decompressesGzipFilesWhileReading() {
        Path file = writeGzip(dir.resolve("story.txt.gz"), "Ferry service resumes.");

        Ingested item = only(spec(file));

        assertThat(document(item).text()).isEqualTo("Ferry service resumes.");
        assertThat(item.bytes()).as("on-disk (compressed) size").isEqualTo(file.toFile().length());
    }

    @Test
    void stripsTheUtf8ByteOrderMark() {
        Path file = write(dir.resolve("bom.txt"), bytes(0xEF, 0xBB, 0xBF, 'H', 'i', 0xC3, 0xA9));

        var document = document(only(spec(file)));

        assertThat(document.text()).isEqualTo("Hié");
        assertThat(document.encoding()).isEqualTo("UTF-8");
    }

    @Test
    void decodesUtf16WithAByteOrderMark() {
        byte[] text = "Grüße".getBytes(StandardCharsets.UTF_16LE);
        byte[] withBom = new byte[text.length + 2];
        withBom[0] = (byte) 0xFF;
        withBom[1] = (byte) 0xFE;
        System.arraycopy(text, 0, withBom, 2, text.length);
        Path file = write(dir.resolve("utf16.txt"), withBom);

        var document = document(only(spec(file)));

        assertThat(document.text()).isEqualTo("Grüße");
        assertThat(document.encoding()).isEqualTo("UTF-16LE");
    }

    @Test
    void decodesWindows1252WhenNoUtf8SequencesExist() {
        // "Café – “quoted”" in windows-1252: é = E9, en dash = 96, curly quotes = 93/94
        Path file = write(dir.resolve("legacy.txt"), bytes('C', 'a', 'f', 0xE9, ' ', 0x96, ' ', 0x93, 'q', 0x94));

        var document = document(only(spec(file)));

        assertThat(document.text()).isEqualTo("Café – “q”");
        assertThat(document.encoding()).isEqualTo("windows-1252");
    }

    @Test
    void refusesBytesMixingValidUtf8WithInvalidBytes() {
        // é as UTF-8 (C3 A9), then a lone E9 at offset 4
        Path file = write(dir.resolve("mixed.txt"), bytes('C', 'a', 0xC3, 0xA9, 0xE9, '!'));

        assertThat(reason(only(spec(file)))).isEqualTo("invalid UTF-8 at byte 4");
    }

    @Test
    void refusesBytesUndefinedInWindows1252() {
        Path file = write(dir.resolve("undefined.txt"), bytes('a', 'b', 0x81, 'c'));

        assertThat(reason(only(spec(file)))).isEqualTo("invalid UTF-8 at byte 2");
    }

    @Test
    void refusesAnEmptyFile() {
        Path file = write(dir.resolve("empty.txt"), new byte[0]);

        assertThat(reason(only(spec(file)))).isEqualTo("empty file");
    }

    @Test
    void refusesAFileOfOnlyWhitespace() {
        Path file = write(dir.resolve("blank.txt"), " \n\t\r\n  \n");

        assertThat(reason(only(spec(file)))).isEqualTo("empty file");
    }

    @Test
    void refusesBinaryContentWithNulBytes() {
        Path file = write(dir.resolve("data.txt"), bytes('a', 'b', 0, 1, 2, 'c'));

        assertThat(reason(only(spec(file)))).isEqualTo("binary content");
    }

    @Test
    void namesTheKindOfBinaryFileItRecognises() {
        Path file = write(dir.resolve("report.txt"), "%PDF-1.7\n%âãÏÓ\n1 0 obj\n");

        assertThat(reason(only(spec(file)))).isEqualTo("binary content (looks like PDF)");
    }

    @Test
    void refusesTextDominatedByControlCharacters() {
        byte[] bytes = new byte[200];
        Arrays.fill(bytes, (byte) 'x');
        for (int i = 0; i < bytes.length; i += 4) bytes[i] = 0x1B;

        assertThat(reason(only(spec(write(dir.resolve("noise.txt"), bytes))))).isEqualTo("binary content");
    }

    @Test
    void refusesATruncatedGzipStream() {
        byte[] whole = Ingest.gzip("A story long enough to be worth compressing. ".repeat(50).getBytes(StandardCharsets.UTF_8));
        Path file = write(dir.resolve("cut.txt.gz"), Arrays.copyOf(whole, whole.length / 2));

        assertThat(reason(only(spec(file)))).isEqualTo("truncated gzip stream");
    }

    @Test
    void refusesAnOversizedFileFromItsSizeWithoutReadingIt() throws Exception {
        Path file = dir.resolve("huge.txt");
        try (var sparse = new RandomAccessFile(file.toFile(), "rw")) {
            sparse.setLength(100L * MIB);
        }

        Ingested item = only(spec(file));

        // the sparse file is all NUL bytes: had it been read, it would have been called binary
        assertThat(reason(item)).isEqualTo("larger than the 16 MiB document limit (--max-doc-bytes): 104857600 bytes");
        assertThat(item.bytes()).isEqualTo(100L * MIB);
    }

    @Test
    void stopsDecompressingAtTheDocumentLimit() {
        Path file = writeGzip(dir.resolve("bomb.txt.gz"), "x".repeat(3 * MIB));

        Ingested item = all(Limits.DEFAULTS.withMaxDocumentBytes(MIB), spec(file)).get(0);

        assertThat(reason(item)).isEqualTo("larger than the 1 MiB document limit (--max-doc-bytes): more than 1048576 bytes");
    }

    @Test
    void stopsReadingStandardInputAtTheDocumentLimit() {
        var stdin = new ByteArrayInputStream("y".repeat(5000).getBytes(StandardCharsets.UTF_8));

        try (Inputs inputs = Inputs.open(List.of("-"), Limits.DEFAULTS.withMaxDocumentBytes(4096), stdin)) {
            Ingested item = Ingest.collect(inputs).get(0);

            assertThat(reason(item)).isEqualTo("larger than the 4 KiB document limit (--max-doc-bytes): more than 4096 bytes");
            assertThat(stdin.available()).as("unread rest of stdin").isPositive();
        }
    }

    @Test
    void readsHtmlAsRawMarkupForTheCleanStage() {
        Path file = write(dir.resolve("page.html"), "<html><body>Hi</body></html>");

        Ingested item = only(spec(file));

        assertThat(item).isInstanceOfSatisfying(Ingested.Document.class, d -> {
            assertThat(d.document().source().format()).isEqualTo(org.wirescope.model.Source.Format.HTML);
            assertThat(d.document().text()).isEqualTo("<html><body>Hi</body></html>");
        });
    }

    @Test
    void readsUtf8HtmlRightDespiteAWrongDeclaredCharset() {
        Path file = write(dir.resolve("page.htm"), "<meta charset=\"iso-8859-1\"><p>Café in Zürich</p>");

        Ingested item = only(spec(file));

        assertThat(item).isInstanceOfSatisfying(Ingested.Document.class,
                d -> assertThat(d.document().text()).contains("Café in Zürich"));
    }

    @Test
    void reportsAFileThatVanishedAfterOpening() throws Exception {
        Path file = write(dir.resolve("gone.txt"), "soon gone");
        try (Inputs inputs = Inputs.open(List.of(spec(file)), Limits.DEFAULTS)) {
            Files.delete(file);

            assertThat(Ingest.collect(inputs)).singleElement()
                    .satisfies(item -> assertThat(reason(item)).isEqualTo("no such file or directory"));
        }
    }

    @Test
    void reportsAFileItMayNotRead() throws Exception {
        Path file = write(dir.resolve("secret.txt"), "classified");
        Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("---------"));
        assumeThat(Files.isReadable(file)).as("not running as root").isFalse();

        assertThat(reason(only(spec(file)))).isEqualTo("permission denied");
    }

    @Test
    void goesOnWithTheNextFileAfterEachBadOne() {
        write(dir.resolve("1-empty.txt"), "");
        write(dir.resolve("2-binary.txt"), bytes(0, 0, 0));
        write(dir.resolve("3-archive.warc"), "WARC/1.0");
        write(dir.resolve("4-good.txt"), "Good story.");

        List<Ingested> items = all(spec(dir));

        assertThat(items).hasSize(4);
        assertThat(items.subList(0, 3)).allMatch(Ingested.Failed.class::isInstance);
        assertThat(document(items.get(3)).text()).isEqualTo("Good story.");
    }
}
