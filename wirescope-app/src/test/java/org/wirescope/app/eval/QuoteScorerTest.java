package org.wirescope.app.eval;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Span;

class QuoteScorerTest {

    private static final String TEXT = "Mayor Ona Brill said the tram will open in May. Residents believe it will be late.";

    private static GoldQuote gold(int start, int end, int srcStart, int srcEnd, boolean speech) {
        return new GoldQuote(List.of(Span.of(start, end)), Optional.of(Span.of(srcStart, srcEnd)),
                Optional.of(TEXT.substring(srcStart, srcEnd)), Optional.of(speech ? "said" : "believe"), speech);
    }

    @Test
    void matchesAPredictionCoveringMoreThanThirtyPercentLeniently() {
        GoldQuote g = gold(20, 46, 0, 15, true);
        PredictedQuote p = new PredictedQuote(Span.of(20, 32), "indirect", Optional.of(Span.of(6, 15)), "Ona Brill");
        QuoteScorer.Scores s = QuoteScorer.score(List.of(new QuoteScorer.Case(TEXT, List.of(g), List.of(p))));
        assertThat(s.lenient().f1()).isEqualTo(1.0);
        assertThat(s.strict().f1()).isZero();
        assertThat(s.lenient().speakerAccuracy()).isEqualTo(1.0);
    }

    @Test
    void doesNotCountBeliefAttributionsAgainstRecallNorPredictionsInsideThemAsErrors() {
        GoldQuote said = gold(20, 46, 0, 15, true);
        GoldQuote believed = gold(65, 81, 48, 57, false);
        PredictedQuote p1 = new PredictedQuote(Span.of(20, 46), "indirect", Optional.empty(), "Ona Brill");
        PredictedQuote p2 = new PredictedQuote(Span.of(65, 81), "indirect", Optional.empty(), "Residents");
        QuoteScorer.Scores s = QuoteScorer.score(List.of(new QuoteScorer.Case(TEXT, List.of(said, believed), List.of(p1, p2))));
        assertThat(s.lenient().recall()).isEqualTo(1.0);
        assertThat(s.lenient().precision()).isEqualTo(1.0);
        assertThat(s.goldNonSpeech()).isEqualTo(1);
    }

    @Test
    void matchesOneToOneSoADuplicatePredictionIsAFalsePositive() {
        GoldQuote g = gold(20, 46, 0, 15, true);
        PredictedQuote p = new PredictedQuote(Span.of(20, 46), "indirect", Optional.empty(), "x");
        QuoteScorer.Scores s = QuoteScorer.score(List.of(new QuoteScorer.Case(TEXT, List.of(g), List.of(p, p))));
        assertThat(s.lenient().precision()).isEqualTo(0.5);
        assertThat(s.lenient().recall()).isEqualTo(1.0);
    }

    @Test
    void acceptsASpeakerNameContainingTheGoldSourceText() {
        GoldQuote g = gold(20, 46, 6, 15, true);
        PredictedQuote p = new PredictedQuote(Span.of(20, 46), "indirect", Optional.of(Span.of(60, 62)), "Mayor Ona Brill");
        assertThat(QuoteScorer.speakerRight(p, g)).isTrue();
        PredictedQuote wrong = new PredictedQuote(Span.of(20, 46), "indirect", Optional.of(Span.of(48, 57)), "Residents");
        assertThat(QuoteScorer.speakerRight(wrong, g)).isFalse();
    }

    @Test
    void classifiesGoldCuesOfBeliefAndFindingAsNotSpeech() {
        assertThat(GoldQuotes.isSpeechCue("has learned")).isFalse();
        assertThat(GoldQuotes.isSpeechCue("believes")).isFalse();
        assertThat(GoldQuotes.isSpeechCue("found")).isFalse();
        assertThat(GoldQuotes.isSpeechCue("said")).isTrue();
        assertThat(GoldQuotes.isSpeechCue("according to")).isTrue();
        assertThat(GoldQuotes.isSpeechCue("―")).isTrue();
    }

    @Test
    void countsCuesOfCommunicationInAnyInflectionAsSpeechAndOtherActsAsNot() {
        assertThat(GoldQuotes.isSpeechCue("told reporters")).isTrue();
        assertThat(GoldQuotes.isSpeechCue("slammed")).isTrue();
        assertThat(GoldQuotes.isSpeechCue("in an interview")).isTrue();
        assertThat(GoldQuotes.isSpeechCue("did not immediately respond")).isTrue();
        assertThat(GoldQuotes.isSpeechCue("criticized")).isTrue();
        assertThat(GoldQuotes.isSpeechCue(":")).isTrue();
        assertThat(GoldQuotes.isSpeechCue("sent")).isFalse();
        assertThat(GoldQuotes.isSpeechCue("voted")).isFalse();
        assertThat(GoldQuotes.isSpeechCue("wants")).isFalse();
        assertThat(GoldQuotes.isSpeechCue("is doubling down on")).isFalse();
    }

    @Test
    void listsMissedGoldFalsePositivesAndWrongSpeakersForErrorAnalysis() {
        GoldQuote said = gold(20, 46, 6, 15, true);
        GoldQuote believed = gold(65, 81, 48, 57, false);
        PredictedQuote wrongSpeaker = new PredictedQuote(Span.of(20, 46), "indirect", Optional.of(Span.of(48, 57)), "Residents");
        PredictedQuote insideBelief = new PredictedQuote(Span.of(65, 81), "indirect", Optional.empty(), "Residents");
        PredictedQuote spurious = new PredictedQuote(Span.of(0, 5), "indirect", Optional.empty(), "x");
        List<QuoteScorer.Finding> onlyWrong = QuoteScorer.findings(
                new QuoteScorer.Case(TEXT, List.of(said, believed), List.of(wrongSpeaker, insideBelief, spurious)));
        assertThat(onlyWrong).extracting(QuoteScorer.Finding::error)
                .containsExactly(QuoteScorer.Error.FALSE_POSITIVE, QuoteScorer.Error.WRONG_SPEAKER);
        List<QuoteScorer.Finding> none = QuoteScorer.findings(new QuoteScorer.Case(TEXT, List.of(said), List.of()));
        assertThat(none).extracting(QuoteScorer.Finding::error).containsExactly(QuoteScorer.Error.MISSED);
        assertThat(none.get(0).gold()).contains(said);
    }
}
