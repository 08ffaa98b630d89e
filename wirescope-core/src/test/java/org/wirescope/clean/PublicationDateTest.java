package org.wirescope.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.wirescope.clean.CleanFixtures.cleanOne;
import static org.wirescope.clean.CleanFixtures.lines;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Article;

class PublicationDateTest {

    private static final String HEADLINE = "Lighthouse Keepers Return to Cape Morrow";

    @Test
    void resolvesMediaReportWeekdayAgainstReleasedCaptionDate() {
        // 2024-05-08 is a Wednesday
        Article a = cleanOne(lines(HEADLINE, "",
                "This photo released by the Morrow Herald on May 8, 2024 shows the lamp room. (Photo by Ana Lind / Example Wire)", "",
                "Keepers returned to the Cape Morrow light after a decade, state media reported Wednesday.", "",
                "The lamp will be lit again next month."));
        assertThat(a.published().date()).contains(LocalDate.of(2024, 5, 8));
        assertThat(a.published().how()).isEqualTo("weekday");
        assertThat(a.published().evidence().orElseThrow()).contains("reported Wednesday").contains("May 8, 2024");
    }

    @Test
    void reportWeekdayAfterTheCaptionDateMovesForwardToThatDay() {
        // photo taken Monday 2024-05-06; the agency reported on Thursday 2024-05-09
        Article a = cleanOne(lines(HEADLINE, "",
                "Keepers climb the stairs on May 6, 2024. (AFP)", "",
                "Keepers returned to the Cape Morrow light after a decade, the news agency said Thursday."));
        assertThat(a.published().date()).contains(LocalDate.of(2024, 5, 9));
    }

    @Test
    void aPersonsStatementWeekdayGivesOnlyALowerBound() {
        Article a = cleanOne(lines(HEADLINE, "",
                "Keepers climb the stairs on May 10, 2024 (AFP).", "",
                "Harbour master Oren Tal stated on Friday that the light would stay on through winter."));
        assertThat(a.published().date()).isEmpty();
        assertThat(a.published().notBefore()).contains(LocalDate.of(2024, 5, 10));
        assertThat(a.published().how()).isEqualTo("caption");
    }

    @Test
    void readsADatelineWithYear() {
        Article a = cleanOne(lines(HEADLINE, "",
                "CAPE MORROW, March 3, 2023 (Example Wire) - Keepers returned to the light after a decade away."));
        assertThat(a.published().date()).contains(LocalDate.of(2023, 3, 3));
        assertThat(a.published().how()).isEqualTo("dateline");
    }

    @Test
    void readsATimestampLineInTheHead() {
        Article a = cleanOne(lines(HEADLINE, "", "Published: 12 June 2021, 09:30 GMT", "",
                "Keepers returned to the Cape Morrow light after a decade away, officials said."));
        assertThat(a.published().date()).contains(LocalDate.of(2021, 6, 12));
        assertThat(a.text()).doesNotContain("Published");
    }

    @Test
    void leavesTheDateUnknownWithoutEvidence() {
        Article a = cleanOne(lines(HEADLINE, "", "Keepers returned to the Cape Morrow light after a decade, the agency reported Wednesday."));
        assertThat(a.published().date()).isEmpty();
        assertThat(a.published().notBefore()).isEmpty();
        assertThat(a.published().how()).isEqualTo("none");
    }

    @Test
    void ignoresDatesInTheBodyForTheBound() {
        Article a = cleanOne(lines(HEADLINE, "", "The keepers will leave again on November 5, 2030, the council said."));
        assertThat(a.published().notBefore()).isEmpty();
    }
}
