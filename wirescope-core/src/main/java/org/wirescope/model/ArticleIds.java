package org.wirescope.model;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.Normalizer;
import java.util.HexFormat;
import java.util.Locale;

/** Article identity: {@code a-} and 16 hex digits of SHA-256 over the normalised title and body. */
public final class ArticleIds {

    private ArticleIds() {
    }

    public static String of(String title, String body) {
        String key = normalise(title) + "\n" + normalise(body);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            return "a-" + HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /**
     * Whether NFKC can leave {@code s} as it is, as far as this key is concerned: Latin-1 letters and
     * the quotation marks and dashes of news text have no compatibility forms (no-break space is
     * folded into white space below), so the costly normalisation runs only for other characters.
     */
    private static boolean isAscii(String s) {
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c >= 0xA1 && c < 0x2010 || c > 0x2027) {
                if (c < 0x100 && c != 0xAA && c != 0xB2 && c != 0xB3 && c != 0xB9 && c != 0xBA && c != 0xBC && c != 0xBD
                        && c != 0xBE && c != 0xB4 && c != 0xB5 && c != 0xB8 && c != 0xA8 && c != 0xAF) {
                    continue;
                }
                return false;
            }
        }
        return true;
    }

    /** NFKC, typographic quotes folded, lower case, white space collapsed. */
    static String normalise(String s) {
        String n = (isAscii(s) ? s : Normalizer.normalize(s, Normalizer.Form.NFKC))
                .replace('\u2019', '\'').replace('\u2018', '\'')
                .replace('\u201C', '"').replace('\u201D', '"')
                .toLowerCase(Locale.ROOT);
        StringBuilder b = new StringBuilder(n.length());
        boolean space = false;
        for (int i = 0; i < n.length(); i++) {
            char c = n.charAt(i);
            if (Character.isWhitespace(c) || c == '\u00A0') {
                space = b.length() > 0;
            } else {
                if (space) b.append(' ');
                space = false;
                b.append(c);
            }
        }
        return b.toString();
    }
}
