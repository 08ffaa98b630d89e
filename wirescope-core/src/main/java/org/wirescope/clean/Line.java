package org.wirescope.clean;

/**
 * One line of raw input with surrounding white space trimmed: {@code text} is
 * {@code raw.substring(start, end)}; {@code number} is 1-based; {@code key} is the text folded for
 * comparison (case, typographic quotes and white-space differences ignored).
 */
record Line(int number, int start, int end, String text, String key) {

    /** Lines longer than this are body paragraphs; they are compared as written, which is cheaper. */
    static final int FOLDED_KEY_MAX = 600;

    Line(int number, int start, int end, String text) {
        this(number, start, end, text, text.length() <= FOLDED_KEY_MAX ? Texts.fold(text) : text);
    }

    boolean blank() {
        return text.isEmpty();
    }

}
