package org.wirescope.time;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.MonthDay;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Calendar days: "December 27, 2022", "Dec. 27", "27 December 2022", "the 5th of May", "2022-12-27",
 * "27.12.2022" and unambiguous "12/27/2022". A weekday written just before the date ("Friday,
 * March 28") is part of the mention; a preposition before it is not. Without a year the day takes
 * the anchor's year ({@link Anchor#yearOf(MonthDay, LocalDate)}); with only a lower bound it
 * resolves only when it is the bound's own month and day.
 */
final class CalendarDates implements Rule {

    private static final String LEADING_WEEKDAY = "(?:\\b(?:" + Lexicon.WEEKDAY + "),?\\s+)?";

    private static final Scan.Probe MONTH_DAY = Scan.Probe.of(LEADING_WEEKDAY
            + "\\b(?<month>" + Lexicon.MONTH + ")\\s+(?<day>" + Lexicon.DAY + ")(?:,?\\s+(?<year>" + Lexicon.YEAR + "))?", Scan.First.LETTER, Scan.MONTH);

    private static final Scan.Probe DAY_MONTH = Scan.Probe.of(LEADING_WEEKDAY
            + "(?<![\\w,.])(?<day>" + Lexicon.DAY + ")(?:\\s+of)?\\s+(?<month>" + Lexicon.MONTH + ")(?:,?\\s+(?<year>" + Lexicon.YEAR + "))?", Scan.First.LETTER_OR_DIGIT, Scan.NUMBER);

    private static final Scan.Probe ISO = Scan.Probe.of(
            "(?<![\\w.-])(?<year>" + Lexicon.YEAR + ")-(?<month>0[1-9]|1[0-2])-(?<day>0[1-9]|[12]\\d|3[01])(?!\\d)", Scan.First.DIGIT, Scan.NUMBER);

    /** Day first, as dotted dates are written wherever they are used: 27.12.2022. */
    private static final Scan.Probe DOTTED = Scan.Probe.of(
            "(?<![\\w.])(?<day>0?[1-9]|[12]\\d|3[01])\\.(?<month>0?[1-9]|1[0-2])\\.(?<year>" + Lexicon.YEAR + ")(?![\\w]|\\.\\d)", Scan.First.DIGIT, Scan.NUMBER);

    /** Either order; resolved only when the order cannot matter or one number cannot be a month. */
    private static final Scan.Probe SLASHED = Scan.Probe.of(
            "(?<![\\w/.])(?<a>\\d{1,2})/(?<b>\\d{1,2})/(?<year>" + Lexicon.YEAR + ")(?![\\w/])", Scan.First.DIGIT, Scan.NUMBER);

    @Override
    public void scan(Scan scan, Anchor anchor, List<Candidate> out) {
        for (Scan.Probe named : new Scan.Probe[] {MONTH_DAY, DAY_MONTH}) {
            scan.forEach(named, m -> {
                int month = Lexicon.month(m.group("month")).getValue();
                int day = Lexicon.day(m.group("day"));
                String year = m.group("year");
                Optional<String> value = year != null
                        ? day(Integer.parseInt(year), month, day)
                        : withoutYear(month, day, anchor);
                out.add(new Candidate(m.start(), m.end(), value));
            });
        }
        for (Scan.Probe numeric : new Scan.Probe[] {ISO, DOTTED}) {
            scan.forEach(numeric, m -> out.add(new Candidate(m.start(), m.end(), numeric(m.group("year"), m.group("month"), m.group("day")))));
        }
        scan.forEach(SLASHED, m -> out.add(new Candidate(m.start(), m.end(), slashed(m))));
    }

    private static Optional<String> withoutYear(int month, int day, Anchor anchor) {
        MonthDay monthDay;
        try {
            monthDay = MonthDay.of(month, day);
        } catch (DateTimeException e) {
            return Optional.empty();
        }
        return anchor.near(d -> Anchor.yearOf(monthDay, d), b -> MonthDay.from(b).equals(monthDay)).map(LocalDate::toString);
    }

    private static Optional<String> slashed(Matcher m) {
        int a = Integer.parseInt(m.group("a"));
        int b = Integer.parseInt(m.group("b"));
        String year = m.group("year");
        if (a == b || b > 12) return day(Integer.parseInt(year), a, b);
        if (a > 12) return day(Integer.parseInt(year), b, a);
        return Optional.empty();
    }

    private static Optional<String> numeric(String year, String month, String day) {
        return day(Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
    }

    private static Optional<String> day(int year, int month, int day) {
        try {
            return Optional.of(LocalDate.of(year, month, day).toString());
        } catch (DateTimeException e) {
            return Optional.empty();
        }
    }
}
