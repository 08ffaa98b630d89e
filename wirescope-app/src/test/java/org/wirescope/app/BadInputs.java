package org.wirescope.app;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import java.util.zip.GZIPOutputStream;

/** Input files that must each become one reject, written into a directory of their own. */
final class BadInputs {

    private BadInputs() {
    }

    static Path empty(Path dir) throws IOException {
        return Files.write(dir.resolve("empty.txt"), new byte[0]);
    }

    static Path binary(Path dir) throws IOException {
        byte[] bytes = new byte[4096];
        new Random(7).nextBytes(bytes);
        for (int i = 0; i < bytes.length; i += 16) bytes[i] = 0;
        return Files.write(dir.resolve("photo.txt"), bytes);
    }

    static Path truncatedGzip(Path dir) throws IOException {
        ByteArrayOutputStream gz = new ByteArrayOutputStream();
        try (OutputStream out = new GZIPOutputStream(gz)) {
            for (int i = 0; i < 20; i++) out.write(Stories.story(900 + i).getBytes(StandardCharsets.UTF_8));
        }
        byte[] whole = gz.toByteArray();
        return Files.write(dir.resolve("cut-short.txt.gz"), Arrays.copyOf(whole, whole.length / 2));
    }

    static Path invalidUtf8(Path dir) throws IOException {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        // UTF-8 text (the ë is a well-formed two-byte sequence) broken by bytes no UTF-8 decoder accepts
        bytes.writeBytes("Harbour fees rise at Tarrow\n\nZoë Marr of the harbour board raised ".getBytes(StandardCharsets.UTF_8));
        bytes.writeBytes(new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xA0, (byte) 0xA1, (byte) 0xF0, (byte) 0x28, (byte) 0x8C, (byte) 0xBC});
        bytes.writeBytes(" mooring fees on Friday.\n".getBytes(StandardCharsets.UTF_8));
        return Files.write(dir.resolve("mojibake.txt"), bytes.toByteArray());
    }

    /** A single line of {@code bytes} letters, over the default 16 MiB document limit when 20 MB. */
    static Path hugeOneLine(Path dir, int bytes) throws IOException {
        Path file = dir.resolve("one-line.txt");
        byte[] chunk = new byte[1 << 20];
        Arrays.fill(chunk, (byte) 'a');
        try (OutputStream out = Files.newOutputStream(file)) {
            int left = bytes;
            while (left > 0) {
                int n = Math.min(left, chunk.length);
                out.write(chunk, 0, n);
                left -= n;
            }
        }
        return file;
    }

    /** Every kind above, by a short name. */
    static Map<String, Path> all(Path dir) throws IOException {
        Map<String, Path> files = new LinkedHashMap<>();
        files.put("empty", empty(dir));
        files.put("binary", binary(dir));
        files.put("truncated gzip", truncatedGzip(dir));
        files.put("invalid UTF-8", invalidUtf8(dir));
        files.put("20 MB line", hugeOneLine(dir, 20_000_000));
        return files;
    }
}
