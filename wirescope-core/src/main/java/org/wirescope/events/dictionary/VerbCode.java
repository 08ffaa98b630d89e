package org.wirescope.events.dictionary;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The code in square brackets after a verb block header, a verb or a pattern: {@code [190]},
 * {@code [042:043]}, {@code [:173]} or the null code {@code [---]}.
 *
 * <p>The part after the colon is the second code of a TABARI-style pair. The loader keeps it as
 * written and does not decide how a coder applies it (see {@code docs/petrarch-dictionaries.md}).
 *
 * @param primary the CAMEO code before the colon; empty for the null code {@code ---} or when absent
 * @param secondary the CAMEO code after the colon, if any
 */
public record VerbCode(Optional<String> primary, Optional<String> secondary) {

    /** The null code: the verb or pattern is known but codes no event. */
    public static final VerbCode NONE = new VerbCode(Optional.empty(), Optional.empty());

    private static final Pattern DIGITS = Pattern.compile("\\d{2,4}");

    public VerbCode {
        Objects.requireNonNull(primary, "primary");
        Objects.requireNonNull(secondary, "secondary");
    }

    /** Whether this is the null code. */
    public boolean isNone() {
        return primary.isEmpty() && secondary.isEmpty();
    }

    /**
     * Parses the text between the brackets.
     *
     * @throws IllegalArgumentException with a message fit for a warning when the text is not a code
     */
    static VerbCode parse(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.equals("---")) return NONE;
        int colon = t.indexOf(':');
        String first = colon < 0 ? t : t.substring(0, colon).strip();
        String second = colon < 0 ? "" : t.substring(colon + 1).strip();
        return new VerbCode(part(first, text), part(second, text));
    }

    private static Optional<String> part(String p, String whole) {
        if (p.isEmpty() || p.equals("---")) return Optional.empty();
        if (!DIGITS.matcher(p).matches()) {
            throw new IllegalArgumentException("'" + whole.strip() + "' is not a CAMEO code (two to four digits, optionally paired with ':')");
        }
        return Optional.of(p);
    }

    @Override
    public String toString() {
        if (isNone()) return "[---]";
        return "[" + primary.orElse("") + (secondary.isPresent() ? ":" + secondary.get() : "") + "]";
    }
}
