package org.wirescope.time;

import java.time.DayOfWeek;
import java.time.Month;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;

/** The English words the time rules know: month and weekday names, small number words. */
final class Lexicon {

    /** Full month names; only these may stand without a day or a year (and then only after a cue). */
    static final String MONTH_FULL =
            "January|February|March|April|May|June|July|August|September|October|November|December";

    /** A month name, full or abbreviated ({@code Dec.}), capitalised as in running text. */
    static final String MONTH = "(?:(?:" + MONTH_FULL + ")\\b|(?:Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\b\\.?)";

    static final String WEEKDAY = "Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday";

    /** A day of the month, with an optional ordinal suffix ({@code 27}, {@code 3rd}). */
    static final String DAY = "(?:3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)?\\b";

    /** A four-digit year as full dates write it. */
    static final String YEAR = "(?:1[89]\\d\\d|2[01]\\d\\d)(?!\\d)";

    private static final Map<String, Integer> NUMBERS = Map.ofEntries(
            Map.entry("a", 1), Map.entry("an", 1), Map.entry("one", 1), Map.entry("two", 2),
            Map.entry("three", 3), Map.entry("four", 4), Map.entry("five", 5), Map.entry("six", 6),
            Map.entry("seven", 7), Map.entry("eight", 8), Map.entry("nine", 9), Map.entry("ten", 10),
            Map.entry("eleven", 11), Map.entry("twelve", 12));

    /** Number words that {@link #number} reads, for use in patterns. */
    static final String NUMBER_WORDS = "a|an|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d{1,3}";

    private Lexicon() {
    }

    /** The month a (full or abbreviated) month name names. */
    static Month month(String name) {
        String prefix = name.substring(0, 3).toLowerCase(Locale.ROOT);
        for (Month m : Month.values()) {
            if (m.name().toLowerCase(Locale.ROOT).startsWith(prefix)) return m;
        }
        throw new IllegalArgumentException("name is not a month: " + name);
    }

    static DayOfWeek weekday(String name) {
        return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
    }

    /** The day-of-month of a day token such as {@code 27} or {@code 3rd}. */
    static int day(String token) {
        int end = 0;
        while (end < token.length() && Character.isDigit(token.charAt(end))) end++;
        return Integer.parseInt(token.substring(0, end));
    }

    /** The value of a number word or a number of digits; empty for anything else. */
    static OptionalInt number(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        Integer n = NUMBERS.get(w);
        if (n != null) return OptionalInt.of(n);
        if (!w.isEmpty() && w.chars().allMatch(Character::isDigit) && w.length() <= 3) {
            return OptionalInt.of(Integer.parseInt(w));
        }
        return OptionalInt.empty();
    }
}
