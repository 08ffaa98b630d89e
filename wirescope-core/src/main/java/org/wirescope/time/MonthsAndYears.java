package org.wirescope.time;

import java.time.LocalDate;
import java.time.Month;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Months and years: "March 2025", "in March", "mid-May", "last March", "in 2023", "the 2023 budget".
 *
 * <p>A month name standing alone must follow a cue ("in", "since", "until", "by", "early", "late",
 * "mid-", "end of", …), so "May" the verb or the surname is never a date; the mention is the month
 * name, without the cue, except for "last", "next" and "this", which belong to what it means. A
 * bare four-digit year (1900–2099) likewise needs a cue before it and must not look like a
 * quantity ("1,500", "2000%", "$2025"); its mention is the year alone.
 */
final class MonthsAndYears implements Rule {

    private static final Scan.Probe MONTH_YEAR = Scan.Probe.of(
            "\\b(?<month>" + Lexicon.MONTH + ")(?:\\s+of)?,?\\s+(?<year>" + Lexicon.YEAR + ")", Scan.First.LETTER, Scan.MONTH);

    private static final Scan.Probe MONTH_ALONE = Scan.Probe.of(
            "\\b(?<cue>(?i:in|since|until|till|by|from|through|during|before|after|early|late|mid|last|next|this"
                    + "|(?:end|start|beginning|middle|half|week|days?)\\s+of))[\\s-]+"
                    + "(?<month>" + Lexicon.MONTH_FULL + ")\\b(?!['’]s)", Scan.First.LETTER, Scan.MONTH);

    private static final Scan.Probe YEAR = Scan.Probe.of(
            "(?<![\\w$€£¥#.,/])(?<year>19\\d\\d|20\\d\\d)(?![\\w%]|[.,]\\d|\\s*(?:percent|per\\s+cent)\\b)", Scan.First.DIGIT, Scan.NUMBER);

    @Override
    public void scan(Scan scan, Anchor anchor, List<Candidate> out) {
        scan.forEach(MONTH_YEAR, my -> {
            YearMonth ym = YearMonth.of(Integer.parseInt(my.group("year")), Lexicon.month(my.group("month")));
            out.add(new Candidate(my.start(), my.end(), Optional.of(ym.toString())));
        });
        scan.forEach(MONTH_ALONE, alone -> {
            Month month = Lexicon.month(alone.group("month"));
            String cue = alone.group("cue").toLowerCase(Locale.ROOT);
            switch (cue) {
                case "last" -> out.add(new Candidate(alone.start(), alone.end(),
                        anchor.fromPublication(d -> last(month, d).toString())));
                case "next" -> out.add(new Candidate(alone.start(), alone.end(),
                        anchor.fromPublication(d -> next(month, d).toString())));
                case "this" -> out.add(new Candidate(alone.start(), alone.end(),
                        anchor.fromPublication(d -> YearMonth.of(d.getYear(), month).toString())));
                default -> out.add(new Candidate(alone.start("month"), alone.end(),
                        anchor.near(d -> Optional.of(Anchor.yearOf(month, d).toString()), b -> b.getMonth() == month)));
            }
        });
        scan.forEach(YEAR, year -> {
            if (Context.yearCueBefore(scan.text(), year.start())) {
                out.add(new Candidate(year.start(), year.end(), Optional.of(Year.of(Integer.parseInt(year.group("year"))).toString())));
            }
        });
    }

    /** The most recent {@code month} before the anchor's month. */
    private static YearMonth last(Month month, LocalDate anchor) {
        YearMonth candidate = YearMonth.of(anchor.getYear(), month);
        return candidate.isBefore(YearMonth.from(anchor)) ? candidate : candidate.minusYears(1);
    }

    /** The first {@code month} after the anchor's month. */
    private static YearMonth next(Month month, LocalDate anchor) {
        YearMonth candidate = YearMonth.of(anchor.getYear(), month);
        return candidate.isAfter(YearMonth.from(anchor)) ? candidate : candidate.plusYears(1);
    }
}
