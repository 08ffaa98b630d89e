package org.wirescope.store;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;

/** Run identity: {@code r-} and 16 hex digits of SHA-256 over the inputs, in order, and the options. */
final class RunIds {

    private RunIds() {
    }

    static String of(List<String> inputs, String options) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            for (String input : inputs) {
                update(digest, input);
            }
            digest.update((byte) 0);
            update(digest, options);
            return "r-" + HexFormat.of().formatHex(digest.digest(), 0, 8);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is required by every Java platform", e);
        }
    }

    /** Length-prefixed, so that {@code ["ab"]} and {@code ["a", "b"]} hash differently. */
    private static void update(MessageDigest digest, String value) {
        byte[] bytes = value.getBytes(StandardCharsets.UTF_8);
        digest.update(Integer.toString(bytes.length).getBytes(StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(bytes);
    }
}
