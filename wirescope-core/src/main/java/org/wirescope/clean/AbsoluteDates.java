package org.wirescope.clean;

import java.time.DateTimeException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.OptionalInt;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Finds calendar dates written out in English news text: "December 28, 2022", "Dec. 28",
 * "28 December 2022", "2022-12-28". A date without a year is kept as month and day only.
 */
final class AbsoluteDates {

    /** A date found at {@code [start, end)}; {@code year} is empty when the text gave none. */
    record Found(int start, int end, OptionalInt year, int month, int day) {
        LocalDate date() {
            return LocalDate.of(year.orElseThrow(), month, day);
        }

        LocalDate inYear(int y) {
            return LocalDate.of(y, month, day);
        }
    }

    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("january", 1), Map.entry("jan", 1), Map.entry("february", 2), Map.entry("feb", 2),
            Map.entry("march", 3), Map.entry("mar", 3), Map.entry("april", 4), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("june", 6), Map.entry("jun", 6), Map.entry("july", 7),
            Map.entry("jul", 7), Map.entry("august", 8), Map.entry("aug", 8), Map.entry("september", 9),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("october", 10), Map.entry("oct", 10),
            Map.entry("november", 11), Map.entry("nov", 11), Map.entry("december", 12), Map.entry("dec", 12));

    private static final String MONTH = "(January|February|March|April|May|June|July|August|September|October|November|December"
            + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec)\\.?";
    private static final Pattern MONTH_DAY_YEAR = Pattern.compile(
            "\\b" + MONTH + "\\s+(\\d{1,2})(?:st|nd|rd|th)?(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern DAY_MONTH_YEAR = Pattern.compile(
            "\\b(\\d{1,2})(?:st|nd|rd|th)?\\s+(?:of\\s+)?" + MONTH + "(?:,?\\s+(\\d{4}))?\\b");
    private static final Pattern ISO = Pattern.compile("\\b(\\d{4})-(\\d{2})-(\\d{2})\\b");

    static final Map<String, DayOfWeek> WEEKDAYS = Map.of(
            "monday", DayOfWeek.MONDAY, "tuesday", DayOfWeek.TUESDAY, "wednesday", DayOfWeek.WEDNESDAY,
            "thursday", DayOfWeek.THURSDAY, "friday", DayOfWeek.FRIDAY, "saturday", DayOfWeek.SATURDAY,
            "sunday", DayOfWeek.SUNDAY);

    private AbsoluteDates() {
    }

    static List<Found> in(String text) {
        List<Found> found = new ArrayList<>();
        Matcher m = MONTH_DAY_YEAR.matcher(text);
        while (m.find()) add(found, m.start(), m.end(), m.group(3), m.group(1), m.group(2));
        m = DAY_MONTH_YEAR.matcher(text);
        while (m.find()) {
            if (overlapsAny(found, m.start(), m.end())) continue;
            add(found, m.start(), m.end(), m.group(3), m.group(2), m.group(1));
        }
        m = ISO.matcher(text);
        while (m.find()) {
            try {
                LocalDate d = LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3)));
                found.add(new Found(m.start(), m.end(), OptionalInt.of(d.getYear()), d.getMonthValue(), d.getDayOfMonth()));
            } catch (DateTimeException ignored) {
                // not a calendar date
            }
        }
        found.sort((a, b) -> Integer.compare(a.start(), b.start()));
        return found;
    }

    private static void add(List<Found> found, int start, int end, String year, String month, String day) {
        int mo = MONTHS.get(month.toLowerCase(Locale.ROOT).replace(".", ""));
        int d = Integer.parseInt(day);
        OptionalInt y = year == null ? OptionalInt.empty() : OptionalInt.of(Integer.parseInt(year));
        try {
            LocalDate.of(y.orElse(2000), mo, d);
        } catch (DateTimeException e) {
            return;
        }
        // "May 5" is a month only when it reads as a date; "may" as a verb is lower case and not matched
        found.add(new Found(start, end, y, mo, d));
    }

    private static boolean overlapsAny(List<Found> found, int start, int end) {
        for (Found f : found) {
            if (start < f.end() && f.start() < end) return true;
        }
        return false;
    }
}
