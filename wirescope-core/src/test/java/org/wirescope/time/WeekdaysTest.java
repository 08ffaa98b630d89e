package org.wirescope.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirescope.time.Dated.notBefore;
import static org.wirescope.time.Dated.on;
import static org.wirescope.time.Dated.read;

import org.junit.jupiter.api.Test;
import org.wirescope.model.Published;

class WeekdaysTest {

    /** A Wednesday. */
    private static final Published WEDNESDAY = on("2021-06-16");

    @Test
    void resolvesABareWeekdayToTheMostRecentSuchDay() {
        assertThat(read("The minister resigned Friday.", WEDNESDAY)).containsExactly("Friday=2021-06-11");
    }

    @Test
    void resolvesThePublicationWeekdayToThePublicationDay() {
        assertThat(read("The agency reported Wednesday that talks failed.", WEDNESDAY)).containsExactly("Wednesday=2021-06-16");
    }

    @Test
    void keepsOnInTheMention() {
        assertThat(read("Rebels shelled the port on Monday.", WEDNESDAY)).containsExactly("on Monday=2021-06-14");
    }

    @Test
    void readsTheWeekdaySessionAsTheDayBeforeAWednesdayAnchor() {
        assertThat(read("At the Tuesday session, the board cut rates.", WEDNESDAY)).containsExactly("the Tuesday session=2021-06-15");
    }

    @Test
    void keepsThePossessedNounInTheMention() {
        assertThat(read("Monday's vote split the party.", WEDNESDAY)).containsExactly("Monday's vote=2021-06-14");
    }

    @Test
    void keepsThePartOfDay() {
        assertThat(read("The blast came late on Sunday night.", WEDNESDAY)).containsExactly("on Sunday night=2021-06-13");
    }

    @Test
    void readsLastWeekdayAsStrictlyBeforePublication() {
        assertThat(read("The deal was signed last Wednesday.", WEDNESDAY)).containsExactly("last Wednesday=2021-06-09");
        assertThat(read("The deal was signed last Tuesday.", WEDNESDAY)).containsExactly("last Tuesday=2021-06-15");
    }

    @Test
    void readsNextWeekdayAsStrictlyAfterPublication() {
        assertThat(read("Voting ends next Monday.", WEDNESDAY)).containsExactly("next Monday=2021-06-21");
        assertThat(read("Voting ends next Wednesday.", WEDNESDAY)).containsExactly("next Wednesday=2021-06-23");
    }

    @Test
    void readsAWeekdayInAFutureClauseAsComing() {
        assertThat(read("The council will vote on Friday.", WEDNESDAY)).containsExactly("on Friday=2021-06-18");
        assertThat(read("Envoys are due to meet Monday.", WEDNESDAY)).containsExactly("Monday=2021-06-21");
    }

    @Test
    void lookForTheFutureOnlyInTheWeekdaysOwnClause() {
        assertThat(read("Aid will flow, officials said Monday.", WEDNESDAY)).containsExactly("Monday=2021-06-14");
    }

    @Test
    void putsAWeekdayInTheWeekItsClauseNames() {
        assertThat(read("The summit runs from Monday to Wednesday next week.", WEDNESDAY))
                .containsExactly("from Monday=2021-06-21", "Wednesday=2021-06-23");
        assertThat(read("Shops shut on Thursday last week.", WEDNESDAY)).containsExactly("on Thursday=2021-06-10");
    }

    @Test
    void resolvesAWeekdayRightAfterAPlaceName() {
        assertThat(read("Crowds gathered in Tehran Friday.", WEDNESDAY)).containsExactly("Friday=2021-06-11");
    }

    @Test
    void leavesThisWeekdayUnresolved() {
        assertThat(read("The court sits this Thursday.", WEDNESDAY)).isEmpty();
    }

    @Test
    void skipsWeekdaysThatArePartOfNames() {
        assertThat(read("Good Friday passed quietly; Super Tuesday looms. The Sunday Times said so.", WEDNESDAY)).isEmpty();
    }

    @Test
    void leavesWeekdaysOutWithoutAnAnchor() {
        assertThat(read("Rebels shelled the port on Monday.", Published.UNKNOWN)).isEmpty();
    }

    @Test
    void resolvesAWeekdayAgainstALowerBoundThatIsThatWeekday() {
        // 2021-06-18 is a Friday: the bound is the only Friday the article attests.
        assertThat(read("The governor declared on Friday: the curfew stays.", notBefore("2021-06-18")))
                .containsExactly("on Friday=2021-06-18");
    }

    @Test
    void leavesOtherWeekdaysUnresolvedAgainstALowerBound() {
        assertThat(read("The governor spoke on Thursday.", notBefore("2021-06-18"))).isEmpty();
        assertThat(read("The governor spoke last Friday.", notBefore("2021-06-18"))).isEmpty();
    }
}
