package org.wirescope.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;

class ExtractionScorerTest {

    @Test
    void scoresContentAsBagsOfLowerCasedWords() {
        ExtractionScorer.Overlap o = ExtractionScorer.overlap("The quay, the QUAY closes. Subscribe!", "the quay closes the quay today");

        assertThat(o.precision()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(o.recall()).isCloseTo(5 / 6.0, within(1e-9));
        assertThat(o.f1()).isCloseTo(5 / 6.0, within(1e-9));
    }

    @Test
    void givesNothingForAnEmptyExtraction() {
        assertThat(ExtractionScorer.overlap("", "some gold words").f1()).isZero();
    }

    @Test
    void matchesTitlesExactlyAfterWhitespaceNormalisation() {
        assertThat(ExtractionScorer.titleMatches("  Quay\n closes ", "Quay closes")).isTrue();
        assertThat(ExtractionScorer.titleMatches("Quay closes | Post", "Quay closes")).isFalse();
    }

    @Test
    void matchesAuthorsByContainmentEitherWayIgnoringCase() {
        assertThat(ExtractionScorer.authorMatches(List.of("ana ruiz"), "Ana Ruiz, Staff Writer")).isTrue();
        assertThat(ExtractionScorer.authorMatches(List.of("Tom Obi"), "Ana Ruiz")).isFalse();
        assertThat(ExtractionScorer.authorMatches(List.of("Ana Ruiz", "Tom Obi", "Lena Berg"), "Ana Ruiz, Tom Obi, and Lena Berg")).isTrue();
        assertThat(ExtractionScorer.authorMatches(List.of("Ana Ruiz", "Tom Obi"), "Ana Ruiz & Tom Obi")).isTrue();
        assertThat(ExtractionScorer.authorMatches(List.of("Ana Ruiz", "Tom Obi"), "Ana Ruiz and Lena Berg")).isFalse();
    }

    @Test
    void matchesDatesByCalendarDay() {
        assertThat(ExtractionScorer.sameDate(Optional.of(LocalDate.of(2024, 3, 5)), "2024-03-05T23:00:00Z")).isTrue();
        assertThat(ExtractionScorer.sameDate(Optional.empty(), "2024-03-05")).isFalse();
    }
}
