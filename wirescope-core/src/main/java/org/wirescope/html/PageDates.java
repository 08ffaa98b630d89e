package org.wirescope.html;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the calendar date out of the date strings pages put in metadata and URLs. */
final class PageDates {

    private static final Pattern ISO = Pattern.compile("(\\d{4})-(\\d{1,2})-(\\d{1,2})");
    private static final Pattern SLASHED = Pattern.compile("(?<!\\d)(\\d{4})[/.](\\d{1,2})[/.](\\d{1,2})(?!\\d)");
    private static final Pattern COMPACT = Pattern.compile("^(\\d{4})(\\d{2})(\\d{2})(?:T|$)");
    private static final Pattern MONTH_FIRST = Pattern.compile("(?i)\\b([a-z]{3,9})\\.? (\\d{1,2})(?:st|nd|rd|th)?,? (\\d{4})\\b");
    private static final Pattern DAY_FIRST = Pattern.compile("(?i)\\b(\\d{1,2}) ([a-z]{3,9})\\.?,? (\\d{4})\\b");
    private static final Pattern URL_DATE = Pattern.compile("/(20\\d{2}|19\\d{2})[/-](\\d{1,2})[/-](\\d{1,2})(?:/|-|$)");
    private static final Map<String, Integer> MONTHS = Map.ofEntries(
            Map.entry("jan", 1), Map.entry("feb", 2), Map.entry("mar", 3), Map.entry("apr", 4),
            Map.entry("may", 5), Map.entry("jun", 6), Map.entry("jul", 7), Map.entry("aug", 8),
            Map.entry("sep", 9), Map.entry("sept", 9), Map.entry("oct", 10), Map.entry("nov", 11), Map.entry("dec", 12));

    private PageDates() {}

    static Optional<LocalDate> parse(String value) {
        String s = value.strip();
        Matcher m = ISO.matcher(s);
        if (m.find()) return date(m.group(1), m.group(2), m.group(3));
        m = COMPACT.matcher(s);
        if (m.find()) return date(m.group(1), m.group(2), m.group(3));
        m = SLASHED.matcher(s);
        if (m.find()) return date(m.group(1), m.group(2), m.group(3));
        m = MONTH_FIRST.matcher(s);
        if (m.find()) {
            Optional<LocalDate> d = named(m.group(1), m.group(2), m.group(3));
            if (d.isPresent()) return d;
        }
        m = DAY_FIRST.matcher(s);
        if (m.find()) return named(m.group(2), m.group(1), m.group(3));
        return Optional.empty();
    }

    /** A date written in a URL path ({@code /2024/05/17/}), as {@code 2024-05-17}. */
    static Optional<String> inUrl(String url) {
        Matcher m = URL_DATE.matcher(url);
        if (!m.find()) return Optional.empty();
        return date(m.group(1), m.group(2), m.group(3)).map(LocalDate::toString);
    }

    private static Optional<LocalDate> named(String month, String day, String year) {
        String key = month.toLowerCase(Locale.ROOT);
        Integer number = MONTHS.get(key.length() > 4 ? key.substring(0, 3) : key);
        if (number == null) return Optional.empty();
        return date(year, number.toString(), day);
    }

    private static Optional<LocalDate> date(String year, String month, String day) {
        try {
            int y = Integer.parseInt(year);
            if (y < 1900 || y > 2100) return Optional.empty();
            return Optional.of(LocalDate.of(y, Integer.parseInt(month), Integer.parseInt(day)));
        } catch (DateTimeException | NumberFormatException e) {
            return Optional.empty();
        }
    }
}
