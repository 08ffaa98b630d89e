package org.wirescope.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirescope.time.Dated.on;
import static org.wirescope.time.Dated.notBefore;
import static org.wirescope.time.Dated.read;

import org.junit.jupiter.api.Test;
import org.wirescope.model.Published;

class MonthsAndYearsTest {

    private static final Published MID_2021 = on("2021-06-16");

    @Test
    void readsMonthAndYearAsAMonth() {
        assertThat(read("The plant closes in March 2025 at the latest.", MID_2021)).containsExactly("March 2025=2025-03");
    }

    @Test
    void readsACuedYearAsTheYearAlone() {
        assertThat(read("Exports grew in 2019 and 2020.", MID_2021)).containsExactly("2019=2019", "2020=2020");
        assertThat(read("Parliament passed the 2022 budget.", MID_2021)).containsExactly("2022=2022");
        assertThat(read("Output should peak by mid-2030.", MID_2021)).containsExactly("2030=2030");
        assertThat(read("Kim’s 2025 goals run to the end of 2027, as in 2019-2021.", MID_2021))
                .containsExactly("2025=2025", "2027=2027", "2019=2019", "2021=2021");
    }

    @Test
    void takesNoQuantityForAYear() {
        assertThat(read("Some 1,500 troops and 2000 police were deployed.", MID_2021)).isEmpty();
        assertThat(read("Prices rose 2010% over $2020 items at 10:30.", MID_2021)).isEmpty();
        assertThat(read("Music of the 1990s returned.", MID_2021)).isEmpty();
    }

    @Test
    void readsACuedMonthNameWithoutItsCue() {
        assertThat(read("Inflation has eased since April.", MID_2021)).containsExactly("April=2021-04");
        assertThat(read("A deal is expected by late September.", MID_2021)).containsExactly("September=2021-09");
        assertThat(read("Work stopped in mid-March.", MID_2021)).containsExactly("March=2021-03");
    }

    @Test
    void takesTheAdjacentYearForAMonthJustAcrossNewYear() {
        assertThat(read("Elections are due in February.", on("2021-12-10"))).containsExactly("February=2022-02");
        assertThat(read("Elections were held in March.", on("2021-12-10"))).containsExactly("March=2021-03");
    }

    @Test
    void keepsLastNextAndThisWithAMonthName() {
        assertThat(read("Prices fell last March and may rise next March.", MID_2021))
                .containsExactly("last March=2021-03", "next March=2022-03");
        assertThat(read("It fell last June.", MID_2021)).containsExactly("last June=2020-06");
    }

    @Test
    void neverTakesMayTheVerbOrTheNameForAMonth() {
        assertThat(read("May officials agree? They may engage in talks. Theresa May spoke.", MID_2021)).isEmpty();
    }

    @Test
    void takesMayAsAMonthWithADayYearOrCue() {
        assertThat(read("It began May 4, spread in May and ended May 2020.", MID_2021))
                .containsExactly("May 4=2021-05-04", "May=2021-05", "May 2020=2020-05");
    }

    @Test
    void resolvesAMonthAgainstALowerBoundOnlyWhenItIsTheBoundsMonth() {
        assertThat(read("Protests spread in June.", notBefore("2021-06-04"))).containsExactly("June=2021-06");
        assertThat(read("Protests spread in July.", notBefore("2021-06-04"))).isEmpty();
        assertThat(read("Protests spread last June.", notBefore("2021-06-04"))).isEmpty();
    }
}
