package org.wirescope.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirescope.time.Dated.notBefore;
import static org.wirescope.time.Dated.on;
import static org.wirescope.time.Dated.read;

import org.junit.jupiter.api.Test;
import org.wirescope.model.Published;

class RelativeDatesTest {

    private static final Published ANCHOR = on("2021-03-01");

    @Test
    void countsDayWordsFromPublication() {
        assertThat(read("Yesterday the talks stalled; today they resume and tomorrow they end.", ANCHOR))
                .containsExactly("Yesterday=2021-02-28", "today=2021-03-01", "tomorrow=2021-03-02");
        assertThat(read("He spoke this morning.", ANCHOR)).containsExactly("this morning=2021-03-01");
    }

    @Test
    void readsYearsAroundPublication() {
        assertThat(read("Growth slowed last year, should hold this year and pick up next year.", ANCHOR))
                .containsExactly("last year=2020", "this year=2021", "next year=2022");
    }

    @Test
    void readsMonthsAroundPublication() {
        assertThat(read("Sales dipped last month and recover next month.", ANCHOR))
                .containsExactly("last month=2021-02", "next month=2021-04");
        assertThat(read("The rule changed earlier this month.", ANCHOR)).containsExactly("earlier this month=2021-03");
    }

    @Test
    void countsBackWithAgo() {
        assertThat(read("The ship left two days ago, a week ago it was in port.", ANCHOR))
                .containsExactly("two days ago=2021-02-27", "a week ago=2021-02-22");
        assertThat(read("That was three months ago, or 5 years ago.", ANCHOR))
                .containsExactly("three months ago=2020-12", "5 years ago=2016");
    }

    @Test
    void leavesWeeksUnresolved() {
        assertThat(read("Tension rose this week after last week's clash.", ANCHOR)).isEmpty();
    }

    @Test
    void leavesSpansOfTimeOut() {
        assertThat(read("Over the last year and in the next month, little changed.", ANCHOR)).isEmpty();
    }

    @Test
    void skipsTodayAsPartOfAName() {
        assertThat(read("He told USA Today the plan works.", ANCHOR)).isEmpty();
    }

    @Test
    void needsAKnownDateNotJustABound() {
        assertThat(read("Yesterday the talks stalled; next year they resume.", notBefore("2021-03-01"))).isEmpty();
        assertThat(read("Yesterday the talks stalled.", Published.UNKNOWN)).isEmpty();
    }
}
