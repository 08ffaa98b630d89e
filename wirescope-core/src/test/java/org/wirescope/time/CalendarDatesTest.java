package org.wirescope.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirescope.time.Dated.on;
import static org.wirescope.time.Dated.notBefore;
import static org.wirescope.time.Dated.read;

import org.junit.jupiter.api.Test;
import org.wirescope.model.Published;

class CalendarDatesTest {

    private static final Published MID_2021 = on("2021-06-16");

    @Test
    void readsMonthDayYearWithoutThePreposition() {
        assertThat(read("The ferry sank on August 3, 2019 near the cape.", MID_2021)).containsExactly("August 3, 2019=2019-08-03");
    }

    @Test
    void readsAbbreviatedMonthWithPeriod() {
        assertThat(read("Talks resume Dec. 27 in Geneva.", on("2021-12-20"))).containsExactly("Dec. 27=2021-12-27");
    }

    @Test
    void readsDayMonthYear() {
        assertThat(read("Polls closed on 27 December 2020.", MID_2021)).containsExactly("27 December 2020=2020-12-27");
        assertThat(read("It opened on the 5th of May.", MID_2021)).containsExactly("5th of May=2021-05-05");
    }

    @Test
    void readsIsoAndDottedDates() {
        assertThat(read("Filed 2020-02-29, amended 1.3.2020.", MID_2021))
                .containsExactly("2020-02-29=2020-02-29", "1.3.2020=2020-03-01");
    }

    @Test
    void readsSlashedDatesOnlyWhenTheOrderCannotMatter() {
        assertThat(read("Signed 12/27/2019 and 27/12/2019.", MID_2021)).containsExactly("12/27/2019=2019-12-27", "27/12/2019=2019-12-27");
        assertThat(read("Signed 03/04/2019.", MID_2021)).isEmpty();
    }

    @Test
    void keepsALeadingWeekdayInTheDateMention() {
        assertThat(read("The rally was held Saturday, June 12, 2021.", MID_2021)).containsExactly("Saturday, June 12, 2021=2021-06-12");
    }

    @Test
    void giveMonthDayWithoutYearTheAnchorsYear() {
        assertThat(read("The envoy arrived on June 2.", MID_2021)).containsExactly("June 2=2021-06-02");
        assertThat(read("The envoy leaves on November 30.", MID_2021)).containsExactly("November 30=2021-11-30");
    }

    @Test
    void movesMonthDayAcrossNewYearWhenThatIsNearer() {
        assertThat(read("The vote is set for Jan. 5.", on("2021-12-28"))).containsExactly("Jan. 5=2022-01-05");
        assertThat(read("Fighting began on December 30.", on("2022-01-03"))).containsExactly("December 30=2021-12-30");
    }

    @Test
    void leavesOutMonthDayWithoutYearWhenThereIsNoAnchor() {
        assertThat(read("The envoy arrived on June 2.", Published.UNKNOWN)).isEmpty();
        assertThat(read("The envoy arrived on June 2, 2021.", Published.UNKNOWN)).containsExactly("June 2, 2021=2021-06-02");
    }

    @Test
    void resolvesMonthDayAgainstALowerBoundOnlyWhenItIsTheBoundsDay() {
        assertThat(read("Crowds gathered on June 4.", notBefore("2021-06-04"))).containsExactly("June 4=2021-06-04");
        assertThat(read("Crowds gathered on June 3.", notBefore("2021-06-04"))).isEmpty();
    }

    @Test
    void skipsDaysThatDoNotExist() {
        assertThat(read("It was dated February 30, 2021.", MID_2021)).isEmpty();
        assertThat(read("It was dated February 29.", on("2021-03-01"))).isEmpty();
    }
}
