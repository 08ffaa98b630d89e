package org.wirescope.store;

/** Regular expressions (RE2, as DuckDB's {@code regexp_matches} takes them) for words searched in text. */
final class WordPattern {

    private WordPattern() {
    }

    /**
     * A case-insensitive pattern that finds {@code word} where a word of the text starts: at the
     * beginning or after a character that is neither a letter nor a digit. {@code "minister"} finds
     * "Minister" and "ministers" but not "administered". ASCII punctuation in the word is written as
     * a hex escape, so it stands for itself.
     */
    static String startingAWord(String word) {
        StringBuilder pattern = new StringBuilder("(?i)(?:^|[^\\pL\\pN])");
        word.codePoints().forEach(c -> {
            if (c < 128 && !Character.isLetterOrDigit(c)) pattern.append(String.format("\\x{%02X}", c));
            else pattern.appendCodePoint(c);
        });
        return pattern.toString();
    }
}
