package org.wirescope.ingest;

import java.util.List;
import java.util.Optional;

/** Tells binary files from text by their first bytes: well-known magic numbers, NUL bytes, control characters. */
final class BinarySniffer {

    static final int HEAD_BYTES = 8 * 1024;

    /** Text with more than this share of control characters (besides tab, newlines, form feed) is binary. */
    private static final double MAX_CONTROL_SHARE = 0.10;

    private record Magic(String kind, int... prefix) {}

    private static final List<Magic> MAGIC = List.of(
            new Magic("PDF", '%', 'P', 'D', 'F', '-'),
            new Magic("PNG", 0x89, 'P', 'N', 'G'),
            new Magic("JPEG", 0xFF, 0xD8, 0xFF),
            new Magic("GIF", 'G', 'I', 'F', '8'),
            new Magic("ZIP", 'P', 'K', 0x03, 0x04),
            new Magic("gzip", 0x1F, 0x8B),
            new Magic("ELF", 0x7F, 'E', 'L', 'F'));

    private BinarySniffer() {}

    /** Why the content is binary, or empty when it looks like text. Looks at the first {@value #HEAD_BYTES} bytes. */
    static Optional<String> binaryReason(byte[] bytes, int length) {
        for (Magic magic : MAGIC) {
            if (startsWith(bytes, length, magic.prefix())) return Optional.of(Reasons.binary(magic.kind()));
        }
        // UTF-16 text is full of NUL bytes; its decoder rejects what is not UTF-16, and decoded NULs are checked later
        if (TextDecoder.startsWithUtf16Bom(bytes, length)) return Optional.empty();
        int head = Math.min(length, HEAD_BYTES);
        int controls = 0;
        for (int i = 0; i < head; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) return Optional.of(Reasons.BINARY);
            if (isControl(b)) controls++;
        }
        return controls > head * MAX_CONTROL_SHARE ? Optional.of(Reasons.BINARY) : Optional.empty();
    }

    /** Whether decoded text holds NUL characters, as UTF-16 binary data would. */
    static boolean hasNul(String text) {
        return text.substring(0, Math.min(text.length(), HEAD_BYTES)).indexOf('\0') >= 0;
    }

    private static boolean isControl(int b) {
        return (b < 0x20 && b != '\t' && b != '\n' && b != '\r' && b != '\f') || b == 0x7F;
    }

    private static boolean startsWith(byte[] bytes, int length, int[] prefix) {
        if (length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
