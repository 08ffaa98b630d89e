/**
 * The time stage: date expressions in an article, resolved against its publication date.
 *
 * <p>{@link org.wirescope.time.TimeStage} is the only public class. It reads an article's body (or
 * any other text of it, such as a caption) and gives one {@link org.wirescope.model.DateMention} per
 * date expression it can resolve, with an ISO value at the precision the words give: a day
 * ({@code 2022-12-27}), a month ({@code 2022-12}) or a year ({@code 2023}).
 *
 * <h2>The anchor</h2>
 * <ul>
 *   <li>A known publication date resolves everything below.</li>
 *   <li>A lower bound {@code N} alone ({@code Published.notBefore}) resolves calendar expressions that
 *       carry their year, and a weekday, a month-day or a month only when {@code N} itself is that
 *       weekday, month-day or month; the value is then taken from {@code N} ("on Friday" with
 *       {@code N} = Friday 2025-03-28 gives 2025-03-28). The bound is a date the article itself
 *       attests, so an expression that names that very day is read as that day; every other reading
 *       could lie in any week after {@code N}. Expressions counted from the publication day ("today",
 *       "yesterday", "next year", "two days ago", "last Tuesday", "next Monday") need the date: with
 *       a bound they would fix the publication day, which the bound leaves open.</li>
 *   <li>No anchor: only calendar expressions with a year.</li>
 * </ul>
 *
 * <h2>Expressions</h2>
 * <ul>
 *   <li>Calendar days: "December 27, 2022", "Dec. 27", "27 December 2022", "the 5th of May",
 *       "2022-12-27", "27.12.2022", unambiguous "12/27/2022". Without a year, the anchor's year, or
 *       the adjacent one when the day lies within two months across New Year.</li>
 *   <li>Months and years: "March 2025", "in March" (a month name alone needs a cue before it:
 *       in, since, until, by, early, late, mid-, end of, …), "last March", "in 2023", "the 2023
 *       budget" (a bare year needs a cue too, and must not be a quantity).</li>
 *   <li>Weekdays: the most recent such day on or before publication, or the first on or after it
 *       when the clause speaks of the future ("will", "is due to", "ahead of"); "last Tuesday" is
 *       strictly before, "next Monday" strictly after; "Monday … next week" is in the next week;
 *       "this Monday" is left out.</li>
 *   <li>Counted from publication: today, yesterday, tomorrow, tonight, this morning, this/last/next
 *       year and month, earlier/later this month or year, "two days ago", "a week ago", "three months
 *       ago". Weeks ("this week") are recognised and left out: a week is no precision a value has.</li>
 * </ul>
 *
 * <h2>Mentions</h2>
 * Calendar expressions are mentioned as written, without their preposition ("December 27, 2022",
 * "2023" of "in 2023", "March" of "in March"); a weekday written just before a date belongs to it
 * ("Friday, March 28"). Relative expressions keep the words that make them relative ("next year",
 * "last March", "two days ago"), and a weekday keeps the word that introduces it and, after "the"
 * or a possessive, its noun ("on Friday", "the Tuesday session", "Wednesday's vote"). Of
 * overlapping expressions the longest is kept; an expression recognised but not resolvable still
 * keeps the words inside it from being read as a shorter one.
 */
package org.wirescope.time;
