package org.wirescope.ingest;

/** Byte-level UTF-8 facts the JDK decoder does not expose. */
final class Utf8 {

    private Utf8() {}

    /** Whether any well-formed 2-, 3- or 4-byte UTF-8 sequence occurs in {@code bytes}. */
    static boolean containsMultiByteSequence(byte[] bytes) {
        for (int i = 0; i < bytes.length; i++) {
            if (wellFormedLengthAt(bytes, i) > 1) return true;
        }
        return false;
    }

    /** Length of the well-formed sequence starting at {@code i} (Unicode table 3-7), or 0 if there is none. */
    static int wellFormedLengthAt(byte[] bytes, int i) {
        int lead = bytes[i] & 0xFF;
        if (lead < 0x80) return 1;
        if (lead >= 0xC2 && lead <= 0xDF) return continues(bytes, i + 1, 0x80, 0xBF) ? 2 : 0;
        if (lead >= 0xE0 && lead <= 0xEF) {
            int low = lead == 0xE0 ? 0xA0 : 0x80;
            int high = lead == 0xED ? 0x9F : 0xBF;
            return continues(bytes, i + 1, low, high) && continues(bytes, i + 2, 0x80, 0xBF) ? 3 : 0;
        }
        if (lead >= 0xF0 && lead <= 0xF4) {
            int low = lead == 0xF0 ? 0x90 : 0x80;
            int high = lead == 0xF4 ? 0x8F : 0xBF;
            return continues(bytes, i + 1, low, high) && continues(bytes, i + 2, 0x80, 0xBF)
                    && continues(bytes, i + 3, 0x80, 0xBF) ? 4 : 0;
        }
        return 0;
    }

    private static boolean continues(byte[] bytes, int i, int low, int high) {
        if (i >= bytes.length) return false;
        int b = bytes[i] & 0xFF;
        return b >= low && b <= high;
    }
}
