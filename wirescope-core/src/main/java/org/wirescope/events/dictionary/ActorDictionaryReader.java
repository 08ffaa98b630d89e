package org.wirescope.events.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** Reads one actor dictionary source line by line into an {@link ActorDictionary}. */
final class ActorDictionaryReader {

    private final DictionaryText text;
    private final List<ActorEntry> entries = new ArrayList<>();
    private Builder current;
    private boolean stopped;

    ActorDictionaryReader(String source) {
        this.text = new DictionaryText(source);
    }

    ActorDictionary read(Reader reader) throws IOException {
        text.read(reader, this::line);
        flush();
        return new ActorDictionary(entries, text.finish("actor"));
    }

    private void line(int number, String raw) {
        if (stopped || raw.contains("---STOP---")) {
            stopped = true;
            return;
        }
        String line = DictionaryText.stripComment(raw);
        if (DictionaryText.isIgnorable(line)) return;
        if (Character.isWhitespace(line.charAt(0))) {
            restriction(number, line.strip());
        } else if (line.charAt(0) == '+') {
            alias(number, line.substring(1));
        } else {
            primary(number, line);
        }
    }

    private void primary(int number, String line) {
        String name = line;
        ActorCode code = null;
        int open = line.indexOf('[');
        if (open >= 0) {
            name = line.substring(0, open);
            code = bracket(number, line.substring(open).strip());
            if (code == null) return;
        }
        String key = Phrases.key(name);
        if (!validName(number, key, name)) return;
        if (current != null && !current.codes.isEmpty()) flush();
        if (current == null) {
            current = new Builder(key, number);
        } else {
            current.aliases.add(key);
        }
        if (code != null) current.codes.add(code);
        text.used();
    }

    private void alias(int number, String line) {
        if (current == null) {
            text.warn(number, "alias before any actor name; skipped");
            return;
        }
        String name = line;
        int open = line.indexOf('[');
        if (open >= 0) {
            text.warn(number, "code on an alias line ignored; codes go on the name line or on indented lines");
            name = line.substring(0, open);
        }
        String key = Phrases.key(name);
        if (!validName(number, key, name)) return;
        current.aliases.add(key);
        text.used();
    }

    private void restriction(int number, String line) {
        if (!line.startsWith("[")) {
            text.warn(number, "indented line is not a [code]; skipped");
            return;
        }
        if (current == null) {
            text.warn(number, "code before any actor name; skipped");
            return;
        }
        ActorCode code = bracket(number, line);
        if (code == null) return;
        current.codes.add(code);
        text.used();
    }

    private boolean validName(int number, String key, String written) {
        if (key.isEmpty()) {
            text.warn(number, "actor line without a name; skipped");
            return false;
        }
        if (key.indexOf('[') >= 0 || key.indexOf(']') >= 0) {
            text.warn(number, "actor name '" + written.strip() + "' has a stray bracket; skipped");
            return false;
        }
        return true;
    }

    /** Parses {@code [CODE]}, {@code [CODE a-b]}, {@code [CODE >a]} or {@code [CODE <b]}; warns and returns null otherwise. */
    private ActorCode bracket(int number, String s) {
        int close = s.indexOf(']');
        if (close < 0) {
            text.warn(number, "'[' without ']'; skipped");
            return null;
        }
        String inner = s.substring(1, close).strip();
        if (inner.isEmpty()) {
            text.warn(number, "empty [code]; skipped");
            return null;
        }
        String[] parts = inner.split("\\s+", 2);
        String code = parts[0].toUpperCase(Locale.ROOT);
        if (parts.length == 1) return ActorCode.of(code);
        String range = parts[1].replaceAll("\\s+", "");
        try {
            if (range.startsWith(">")) {
                return new ActorCode(code, Optional.of(date(range.substring(1))), Optional.empty());
            }
            if (range.startsWith("<")) {
                return new ActorCode(code, Optional.empty(), Optional.of(date(range.substring(1))));
            }
            int dash = range.indexOf('-');
            if (dash < 0) throw new IllegalArgumentException("expected 'from-until', '>from' or '<until'");
            LocalDate from = date(range.substring(0, dash));
            LocalDate until = date(range.substring(dash + 1));
            return new ActorCode(code, Optional.of(from), Optional.of(until));
        } catch (IllegalArgumentException e) {
            text.warn(number, "date restriction '" + inner + "' not understood (" + e.getMessage() + "); skipped");
            return null;
        }
    }

    /** {@code YYMMDD} (years up to 30 are 20YY, later ones 19YY, as TABARI reads them) or {@code YYYYMMDD}. */
    static LocalDate date(String digits) {
        if (!digits.chars().allMatch(Character::isDigit) || (digits.length() != 6 && digits.length() != 8)) {
            throw new IllegalArgumentException("date '" + digits + "' must be YYMMDD or YYYYMMDD");
        }
        int year;
        int at;
        if (digits.length() == 6) {
            int yy = Integer.parseInt(digits.substring(0, 2));
            year = yy <= 30 ? 2000 + yy : 1900 + yy;
            at = 2;
        } else {
            year = Integer.parseInt(digits.substring(0, 4));
            at = 4;
        }
        try {
            return LocalDate.of(year, Integer.parseInt(digits.substring(at, at + 2)), Integer.parseInt(digits.substring(at + 2, at + 4)));
        } catch (DateTimeException e) {
            throw new IllegalArgumentException("date '" + digits + "' is not a calendar date");
        }
    }

    private void flush() {
        if (current == null) return;
        Builder b = current;
        current = null;
        if (b.codes.isEmpty()) {
            text.warn(b.line, "actor " + b.name + " has no code; skipped");
            return;
        }
        entries.add(new ActorEntry(b.name, b.aliases, b.codes, b.line));
    }

    private static final class Builder {
        final String name;
        final int line;
        final List<String> aliases = new ArrayList<>();
        final List<ActorCode> codes = new ArrayList<>();

        Builder(String name, int line) {
            this.name = name;
            this.line = line;
        }
    }
}
