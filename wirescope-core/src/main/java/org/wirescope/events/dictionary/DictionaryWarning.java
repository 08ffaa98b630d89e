package org.wirescope.events.dictionary;

import java.util.Objects;

/**
 * A dictionary line the loader could not use, and why. Loading goes on past it.
 *
 * @param source the file name (or the name given with a reader)
 * @param line the 1-based line number, or 0 for a remark about the whole file
 * @param message what is wrong with the line
 */
public record DictionaryWarning(String source, int line, String message) {

    public DictionaryWarning {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(message, "message");
        if (line < 0) throw new IllegalArgumentException("line must be >= 0, was " + line);
    }

    /** {@code file:line: message}, the way compilers report. */
    @Override
    public String toString() {
        return line == 0 ? source + ": " + message : source + ":" + line + ": " + message;
    }
}
