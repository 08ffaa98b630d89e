package org.wirescope.store.search;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.util.BytesRef;

/**
 * The opaque cursor of a next page: the score and the unique key of the last hit of a page, which
 * {@code searchAfter} continues from. Keys do not change when the index is refreshed, so a cursor
 * stays good across writes (a hit whose score changes in between may move across the cut).
 */
final class Cursor {

    private static final Base64.Encoder ENCODER = Base64.getUrlEncoder().withoutPadding();
    private static final Base64.Decoder DECODER = Base64.getUrlDecoder();

    private Cursor() {
    }

    static String encode(float score, BytesRef key) {
        String plain = Integer.toHexString(Float.floatToIntBits(score)) + ":" + key.utf8ToString();
        return ENCODER.encodeToString(plain.getBytes(StandardCharsets.UTF_8));
    }

    /**
     * The position {@code cursor} stands for, as the {@code after} of a search sorted by score then key.
     *
     * @throws IllegalArgumentException when {@code cursor} is not one {@link #encode} made
     */
    static FieldDoc decode(String cursor) {
        String plain;
        try {
            plain = new String(DECODER.decode(cursor), StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw invalid(cursor);
        }
        int colon = plain.indexOf(':');
        if (colon <= 0) throw invalid(cursor);
        float score;
        try {
            score = Float.intBitsToFloat(Integer.parseUnsignedInt(plain.substring(0, colon), 16));
        } catch (NumberFormatException e) {
            throw invalid(cursor);
        }
        if (Float.isNaN(score)) throw invalid(cursor);
        return new FieldDoc(Integer.MAX_VALUE, score, new Object[] {score, new BytesRef(plain.substring(colon + 1))});
    }

    private static IllegalArgumentException invalid(String cursor) {
        return new IllegalArgumentException("cursor '" + cursor + "' is not one a search returned");
    }
}
