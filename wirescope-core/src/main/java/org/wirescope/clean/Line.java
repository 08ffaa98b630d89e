package org.wirescope.clean;

/**
 * One line of raw input with surrounding white space trimmed: {@code text} is
 * {@code raw.substring(start, end)}; {@code number} is 1-based.
 */
record Line(int number, int start, int end, String text) {

    boolean blank() {
        return text.isEmpty();
    }

    /** A comparison key that ignores case, typographic quotes and white-space differences. */
    String key() {
        return Texts.fold(text);
    }
}
