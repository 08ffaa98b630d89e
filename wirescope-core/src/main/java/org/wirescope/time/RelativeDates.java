package org.wirescope.time;

import java.time.LocalDate;
import java.time.Year;
import java.time.YearMonth;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.regex.Pattern;

/**
 * Expressions counted from the publication day: "today", "yesterday", "tomorrow", "tonight", "this
 * morning", "this/last/next year", "this/last/next month", "earlier this month", "two days ago", "a
 * week ago", "three months ago". All need a known publication date; a lower bound is not enough.
 *
 * <p>Weeks ("this week", "last week", "earlier this week") are recognised but left unresolved: a
 * week is none of the precisions a value may have (day, month, year), and naming a day in it
 * would be a guess. "the next year" and "the last month" (a span of time, not a calendar year or
 * month) are likewise recognised and left out.
 */
final class RelativeDates implements Rule {

    private static final Scan.Probe DAY_WORD = Scan.Probe.of("\\b(?<word>[Tt]oday|[Yy]esterday|[Tt]omorrow|[Tt]onight)\\b", Scan.First.LETTER, Scan.DAY_WORD);

    private static final Scan.Probe THIS_PART = Scan.Probe.of("\\b[Tt]his\\s+(?:morning|afternoon|evening)\\b", Scan.First.LETTER, Scan.RELATIVE);

    private static final Scan.Probe PERIOD = Scan.Probe.of(
            "\\b(?:(?i:earlier|later)\\s+)?(?<rel>(?i:this|last|next))\\s+(?<unit>year|month|week)\\b", Scan.First.LETTER, Scan.RELATIVE);

    private static final Pattern THE_BEFORE = Pattern.compile("(?i)\\b(?:the|over|within|past)\\s+$");

    private static final Scan.Probe AGO = Scan.Probe.of(
            "(?<![\\w,.])(?<n>(?i:" + Lexicon.NUMBER_WORDS + "))\\s+(?<unit>days?|weeks?|months?|years?)\\s+ago\\b", Scan.First.LETTER_OR_DIGIT, Scan.AGO);

    @Override
    public void scan(Scan scan, Anchor anchor, List<Candidate> out) {
        String text = scan.text();
        scan.forEach(DAY_WORD, day -> {
            String word = day.group("word");
            if (word.equals("Today") && Context.nameBefore(text, day.start())) return;
            int shift = switch (word.toLowerCase(Locale.ROOT)) {
                case "yesterday" -> -1;
                case "tomorrow" -> 1;
                default -> 0;
            };
            out.add(new Candidate(day.start(), day.end(), anchor.fromPublication(d -> d.plusDays(shift).toString())));
        });
        scan.forEach(THIS_PART, part -> out.add(new Candidate(part.start(), part.end(), anchor.fromPublication(LocalDate::toString))));
        scan.forEach(PERIOD, period -> {
            boolean span = THE_BEFORE.matcher(text.substring(Math.max(0, period.start() - 8), period.start())).find();
            Optional<String> value = span ? Optional.empty() : anchor.fromPublication(period(period.group("rel"), period.group("unit")))
                    .flatMap(Function.identity());
            out.add(new Candidate(period.start(), period.end(), value));
        });
        scan.forEach(AGO, ago -> {
            int n = Lexicon.number(ago.group("n")).orElseThrow();
            String unit = ago.group("unit");
            out.add(new Candidate(ago.start(), ago.end(), anchor.fromPublication(d -> ago(d, n, unit))));
        });
    }

    private static Function<LocalDate, Optional<String>> period(String rel, String unit) {
        int shift = switch (rel.toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        };
        return d -> switch (unit) {
            case "year" -> Optional.of(Year.of(d.getYear() + shift).toString());
            case "month" -> Optional.of(YearMonth.from(d).plusMonths(shift).toString());
            default -> Optional.empty();
        };
    }

    private static String ago(LocalDate anchor, int n, String unit) {
        if (unit.startsWith("day")) return anchor.minusDays(n).toString();
        if (unit.startsWith("week")) return anchor.minusWeeks(n).toString();
        if (unit.startsWith("month")) return YearMonth.from(anchor).minusMonths(n).toString();
        return Year.of(anchor.getYear() - n).toString();
    }
}
