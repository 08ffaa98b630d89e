package org.wirescope.app.http;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The opaque {@code cursor} of a list endpoint: where the next page starts. Clients pass back the
 * {@code next_cursor} of a page and never build one; a page read with a cursor follows the previous
 * one exactly as long as the store does not change in between.
 */
final class Cursor {

    private static final String PREFIX = "o1:";

    private Cursor() {
    }

    static String of(int offset) {
        return Base64.getUrlEncoder().withoutPadding().encodeToString((PREFIX + offset).getBytes(StandardCharsets.UTF_8));
    }

    /** The offset a cursor stands for. */
    static int offset(String cursor) {
        try {
            String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
            if (text.startsWith(PREFIX)) {
                int offset = Integer.parseInt(text.substring(PREFIX.length()));
                if (offset >= 0) return offset;
            }
        } catch (IllegalArgumentException e) {
            // falls through to the one error below (NumberFormatException is an IllegalArgumentException)
        }
        throw ApiException.badRequest("cursor '" + cursor + "' is not one this server gave; pass back a next_cursor unchanged");
    }
}
