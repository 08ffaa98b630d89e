package org.wirescope.clean;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class LineKindsTest {

    @Test
    void takesShortTitleCasedLinesWithoutAFullStopForHeadlines() {
        assertThat(LineKinds.isHeadlineLike("Ferry Workers Walk Out Over Night Shifts")).isTrue();
        assertThat(LineKinds.isHeadlineLike("“No Deal Yet”")).isTrue();
        assertThat(LineKinds.isHeadlineLike("Ferry workers walked out.")).isFalse();
    }

    @Test
    void needsTwoWordsOfLettersOrDigitsNotAWordAndAStrayQuotationMark() {
        // found by the idempotence property: "Yes ’" repeated two blocks later was read as a
        // headline scraped twice, and cleaning the output again cut the article there
        assertThat(LineKinds.isHeadlineLike("Yes ’")).isFalse();
        assertThat(LineKinds.isHeadlineLike("Yes –")).isFalse();
        assertThat(LineKinds.isHeadlineLike("Talks Resume ’")).isTrue();
    }

    @Test
    void countsOnlyWordsWithALetterOrDigit() {
        assertThat(Texts.realWordCount("Yes ’ no , 20 –")).isEqualTo(3);
        assertThat(Texts.realWordCount("")).isZero();
    }
}
