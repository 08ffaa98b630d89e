package org.wirescope.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * Decodes input bytes without ever substituting replacement characters. A UTF-8 or UTF-16 byte order
 * mark decides the charset and is dropped. Without one the bytes must be UTF-8; bytes that are not,
 * yet hold no well-formed multi-byte UTF-8 sequence and only characters windows-1252 defines, are
 * taken as windows-1252 (a legacy single-byte scrape). Anything else is refused with the offset of the
 * first byte that is not UTF-8.
 */
final class TextDecoder {

    static final String UTF_8 = "UTF-8";
    static final String WINDOWS_1252 = "windows-1252";

    private static final Charset CP1252 = Charset.forName(WINDOWS_1252);

    private TextDecoder() {}

    /**
     * @param offsetInFile where {@code bytes} start in their file, so error offsets point into the file
     */
    static Decoded decode(byte[] bytes, long offsetInFile) {
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) return strict(StandardCharsets.UTF_8, UTF_8, bytes, 3, offsetInFile);
        if (startsWith(bytes, 0xFE, 0xFF)) return strict(StandardCharsets.UTF_16BE, "UTF-16BE", bytes, 2, offsetInFile);
        if (startsWith(bytes, 0xFF, 0xFE)) return strict(StandardCharsets.UTF_16LE, "UTF-16LE", bytes, 2, offsetInFile);
        Decoded utf8 = strict(StandardCharsets.UTF_8, UTF_8, bytes, 0, offsetInFile);
        if (utf8 instanceof Decoded.Text || Utf8.containsMultiByteSequence(bytes)) return utf8;
        Decoded legacy = strict(CP1252, WINDOWS_1252, bytes, 0, offsetInFile);
        return legacy instanceof Decoded.Text ? legacy : utf8;
    }

    static boolean startsWithUtf16Bom(byte[] bytes, int length) {
        return length >= 2 && (startsWith(bytes, 0xFE, 0xFF) || startsWith(bytes, 0xFF, 0xFE));
    }

    private static Decoded strict(Charset charset, String label, byte[] bytes, int from, long offsetInFile) {
        CharsetDecoder decoder = charset.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes, from, bytes.length - from);
        // every charset used here yields at most one char per byte (a 4-byte UTF-8 sequence gives 2 chars)
        CharBuffer out = CharBuffer.allocate(bytes.length - from);
        CoderResult result = decoder.decode(in, out, true);
        if (!result.isError()) result = decoder.flush(out);
        if (result.isError()) return new Decoded.Invalid(Reasons.invalidEncoding(label, offsetInFile + in.position()));
        return new Decoded.Text(out.flip().toString(), label);
    }

    private static boolean startsWith(byte[] bytes, int... prefix) {
        if (bytes.length < prefix.length) return false;
        for (int i = 0; i < prefix.length; i++) {
            if ((bytes[i] & 0xFF) != prefix[i]) return false;
        }
        return true;
    }
}
