package org.wirescope.output;

/** Repairs Java strings that cannot be encoded as UTF-8. */
final class Utf16 {

    private static final char REPLACEMENT = '\uFFFD';

    private Utf16() {
    }

    /**
     * {@code s} with every unpaired surrogate replaced by U+FFFD, so that it encodes to valid
     * UTF-8. The length is kept, so offsets into the string stay valid. Returns {@code s} itself
     * when it is already well formed (the usual case).
     */
    static String wellFormed(String s) {
        int n = s.length();
        for (int i = 0; i < n; i++) {
            char c = s.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < n && Character.isLowSurrogate(s.charAt(i + 1))) {
                    i++;
                } else {
                    return repair(s, i);
                }
            }
        }
        return s;
    }

    private static String repair(String s, int from) {
        char[] chars = s.toCharArray();
        for (int i = from; i < chars.length; i++) {
            char c = chars[i];
            if (Character.isHighSurrogate(c) && i + 1 < chars.length && Character.isLowSurrogate(chars[i + 1])) {
                i++;
            } else if (Character.isSurrogate(c)) {
                chars[i] = REPLACEMENT;
            }
        }
        return new String(chars);
    }
}
