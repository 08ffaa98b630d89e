package org.wirescope.time;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wirescope.model.Article;
import org.wirescope.model.DateMention;
import org.wirescope.model.Published;
import org.wirescope.model.Span;
import org.wirescope.model.TextSpan;

/**
 * The time stage: finds date expressions in an article and resolves each against the article's
 * anchor ({@link Published#date()} when determined, else {@link Published#notBefore()}), as ISO text
 * at the precision the words give: {@code 2022-12-27}, {@code 2022-12} or {@code 2023}. An
 * expression that cannot be resolved is left out, never guessed. Rule based, stateless and
 * thread-safe.
 *
 * <pre>{@code
 * TimeStage time = TimeStage.create();
 * List<DateMention> dates = time.resolve(article);       // "on Friday" -> 2025-03-28, "next year" -> 2023
 * Optional<String> when = time.dateOf(article, dates, sentence);
 * }</pre>
 *
 * <p>What is a mention: calendar expressions are mentioned as written, without a preposition
 * ("December 27, 2022", "2023" in "in 2023", "March" in "in March"); expressions whose words make
 * them relative keep those words ("next year", "last March", "two days ago"), and a weekday keeps
 * the word that introduces it ("on Friday", "the Tuesday session"). Where expressions overlap the
 * longest wins ("Friday, March 28" over "Friday").
 *
 * <p>How expressions resolve: see {@link Anchor} for what a known date and a lower bound each allow,
 * {@link CalendarDates}, {@link MonthsAndYears}, {@link Weekdays} and {@link RelativeDates} for each
 * kind.
 */
public final class TimeStage {

    private static final List<Rule> RULES = List.of(new CalendarDates(), new MonthsAndYears(), new Weekdays(), new RelativeDates());

    private static final Comparator<Candidate> LONGEST_FIRST =
            Comparator.comparingInt(Candidate::length).reversed().thenComparingInt(Candidate::start);

    private TimeStage() {
    }

    public static TimeStage create() {
        return new TimeStage();
    }

    /** The resolved date expressions of the article's body, in text order, non-overlapping. */
    public List<DateMention> resolve(Article article) {
        Objects.requireNonNull(article, "article");
        return resolve(article.text(), article.published());
    }

    /**
     * The resolved date expressions of any text of an article that is not its body (a caption, the
     * title), anchored on {@code published}; offsets index into {@code text}.
     */
    public List<DateMention> resolve(String text, Published published) {
        Objects.requireNonNull(text, "text");
        return resolve(Scan.of(text), Anchor.of(published));
    }

    /** The resolved expressions that start where {@code scan} allows, longest first among overlapping ones. */
    static List<DateMention> resolve(Scan scan, Anchor anchor) {
        String text = scan.text();
        List<Candidate> candidates = new ArrayList<>();
        for (Rule rule : RULES) rule.scan(scan, anchor, candidates);
        candidates.sort(LONGEST_FIRST);
        List<Candidate> chosen = new ArrayList<>();
        BitSet taken = new BitSet(text.length());
        for (Candidate c : candidates) {
            int firstTaken = taken.nextSetBit(c.start());
            if (firstTaken < 0 || firstTaken >= c.end()) {
                chosen.add(c);
                taken.set(c.start(), c.end());
            }
        }
        chosen.sort(Comparator.comparingInt(Candidate::start));
        List<DateMention> mentions = new ArrayList<>();
        for (Candidate c : chosen) {
            c.value().ifPresent(v -> mentions.add(new DateMention(TextSpan.of(Span.of(c.start(), c.end()), text), v)));
        }
        return List.copyOf(mentions);
    }

    /**
     * The date an event told in {@code sentence} takes: the value of the first of {@code mentions}
     * (as {@link #resolve(Article)} gave them) that lies inside the sentence; empty when none does.
     */
    public Optional<String> dateOf(Article article, List<DateMention> mentions, Span sentence) {
        Objects.requireNonNull(article, "article");
        Objects.requireNonNull(mentions, "mentions");
        Objects.requireNonNull(sentence, "sentence");
        if (sentence.end() > article.text().length()) {
            throw new IllegalArgumentException("sentence " + sentence + " is beyond the article text of length " + article.text().length());
        }
        return mentions.stream()
                .filter(m -> sentence.contains(m.mention().span()))
                .min(Comparator.comparingInt(m -> m.mention().start()))
                .map(DateMention::value);
    }
}
