package org.wirescope.time;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoField;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Weekdays: "Friday", "on Friday", "late Friday", "the Tuesday session", "Wednesday's vote",
 * "last Tuesday", "next Monday".
 *
 * <p>News names a weekday for a day of the week around publication, most often one just past. So a
 * weekday resolves to the most recent such day on or before the publication date (the same day
 * included), unless its clause speaks of the future ("will", "is due to", "ahead of", …), when it
 * is the first such day on or after it. "last Tuesday" is the most recent Tuesday strictly before
 * publication, "next Monday" the first Monday strictly after it; both need a known date.
 * "this Monday" is left unresolved (past or coming?). With only a lower bound, a plain weekday
 * resolves only when the bound is that weekday, and then to the bound (see {@link Anchor#near}). A
 * weekday whose clause goes on to say "next week", "last week" or "this week" ("from Monday to
 * Wednesday next week") is that day of that (Monday-to-Sunday) week, and needs a known date.
 *
 * <p>The mention keeps the word that introduces the weekday ("on Friday", "the Tuesday session",
 * with the noun after "the" or after a possessive). A weekday right after "Good", "Black", "Super",
 * "Easter", … is part of a name ("Good Friday", "Super Tuesday") and skipped; "the
 * Sunday" followed by a capitalised word ("the Sunday Times") is recognised as a name and left out.
 */
final class Weekdays implements Rule {

    private static final Scan.Probe WEEKDAY = Scan.Probe.of(
            "(?:\\b(?<pre>(?i:on|since|until|till|by|from|before|after|early|late|last|next|this|the))\\s+)?"
                    + "\\b(?<day>" + Lexicon.WEEKDAY + ")\\b(?<poss>['’]s\\b)?"
                    + "(?:\\s(?<part>morning|afternoon|evening|night)\\b)?", Scan.First.LETTER, Scan.WEEKDAY);

    private static final Pattern NEXT_WORD = Pattern.compile("\\s(?<word>\\p{L}+)\\b");

    /** Words after "the Tuesday" that are no noun of it ("the Tuesday and Wednesday sessions"). */
    private static final Set<String> FUNCTION_WORDS = Set.of(
            "a", "an", "and", "or", "but", "nor", "to", "of", "in", "on", "at", "for", "with", "by", "from", "as",
            "that", "which", "who", "whom", "when", "where", "after", "before", "the", "was", "is", "were", "are",
            "be", "been", "had", "has", "have", "said", "says", "will", "would", "could", "should", "it", "its",
            "he", "she", "they", "we", "i", "you", "his", "her", "their", "this", "than", "then", "not", "also");

    @Override
    public void scan(Scan scan, Anchor anchor, List<Candidate> out) {
        String text = scan.text();
        scan.forEach(WEEKDAY, m -> {
            String pre = m.group("pre") == null ? "" : m.group("pre").toLowerCase(Locale.ROOT);
            if (pre.isEmpty() && Context.weekdayNameBefore(text, m.start("day"))) return;
            int end = m.end();
            if (pre.equals("the") || m.group("poss") != null) {
                Matcher next = NEXT_WORD.matcher(text).region(end, text.length());
                if (next.lookingAt()) {
                    String word = next.group("word");
                    boolean capitalised = Character.isUpperCase(word.charAt(0));
                    if (capitalised && pre.equals("the") && m.group("poss") == null && m.group("part") == null) {
                        out.add(new Candidate(m.start(), next.end(), Optional.empty()));  // a name: "the Sunday Times"
                        return;
                    }
                    if (!capitalised && !FUNCTION_WORDS.contains(word)) end = next.end();
                }
            }
            DayOfWeek day = Lexicon.weekday(m.group("day"));
            OptionalInt week = Context.weekAfter(text, end);
            Optional<String> value = week.isPresent() && !pre.equals("last") && !pre.equals("next")
                    ? anchor.fromPublication(d -> d.plusWeeks(week.getAsInt()).with(ChronoField.DAY_OF_WEEK, day.getValue()).toString())
                    : resolve(pre, day, anchor, Context.futureBefore(text, m.start()));
            out.add(new Candidate(m.start(), end, value));
        });
    }

    private static Optional<String> resolve(String pre, DayOfWeek day, Anchor anchor, boolean future) {
        Optional<LocalDate> value = switch (pre) {
            case "last" -> anchor.fromPublication(d -> d.with(TemporalAdjusters.previous(day)));
            case "next" -> anchor.fromPublication(d -> d.with(TemporalAdjusters.next(day)));
            case "this" -> Optional.empty();
            default -> anchor.near(
                    d -> Optional.of(d.with(future ? TemporalAdjusters.nextOrSame(day) : TemporalAdjusters.previousOrSame(day))),
                    b -> b.getDayOfWeek() == day);
        };
        return value.map(LocalDate::toString);
    }
}
