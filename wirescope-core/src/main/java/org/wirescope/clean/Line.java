package org.wirescope.clean;

/**
 * One line of raw input with surrounding white space trimmed: {@code text} is
 * {@code raw.substring(start, end)}; {@code number} is 1-based; {@code key} is the text folded for
 * comparison (case, typographic quotes and white-space differences ignored).
 */
record Line(int number, int start, int end, String text, String key) {

    Line(int number, int start, int end, String text) {
        this(number, start, end, text, Texts.fold(text));
    }

    boolean blank() {
        return text.isEmpty();
    }

}
