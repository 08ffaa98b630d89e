package org.wirescope.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.model.DateMention;
import org.wirescope.model.Published;

class TimeStageSpeedTest {

    private static final String DENSE = "On Friday, the council said it will meet next Monday, two days after "
            + "the March 3, 2021 deadline; by mid-2022 some 1,500 troops had left, and last year's 2021 budget "
            + "was cut again on 12 May. Officials may speak today or tomorrow, or in the Tuesday session. ";

    /**
     * A guard against pathological patterns rather than a benchmark: the stage resolves a 5,000-character
     * text thick with dates in well under a millisecond on an idle machine; this allows a wide margin
     * for a loaded one.
     */
    @Test
    void resolvesADenselyDatedFiveThousandCharacterTextQuickly() {
        String text = DENSE.repeat(5000 / DENSE.length() + 1).substring(0, 5000);
        Published anchor = Dated.on("2021-06-16");
        TimeStage time = TimeStage.create();
        List<DateMention> first = time.resolve(text, anchor);
        for (int i = 0; i < 300; i++) time.resolve(text, anchor);
        int runs = 200;
        long start = System.nanoTime();
        for (int i = 0; i < runs; i++) time.resolve(text, anchor);
        double millisEach = (System.nanoTime() - start) / 1e6 / runs;
        assertThat(first).hasSizeGreaterThan(100);
        assertThat(millisEach).isLessThan(10.0);
    }
}
