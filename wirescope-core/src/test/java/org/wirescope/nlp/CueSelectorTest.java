package org.wirescope.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CueSelectorTest {

    private final ParseSelector selector = ParseSelector.cues();

    @Test
    void picksSentenceWithReportingVerbLemma() {
        assertThat(selector.wantsParse(HandTokens.of("Varga/NNP said/VBD/say the/DT docks/NNS/dock reopened/VBD/reopen ./."))).isTrue();
    }

    @Test
    void picksSentenceWithEventVerbLemma() {
        assertThat(selector.wantsParse(HandTokens.of("Rebels/NNS/rebel attacked/VBD/attack a/DT convoy/NN ./."))).isTrue();
    }

    @Test
    void picksSentenceWithCurlyQuotationMark() {
        assertThat(selector.wantsParse(HandTokens.of("“/``/`` We/PRP/we are/VBP/be ready/JJ ./. ”/''/''"))).isTrue();
    }

    @Test
    void picksSentenceWithStraightQuotationMark() {
        assertThat(selector.wantsParse(HandTokens.of("\"/``/`` Enough/RB ./. \"/''/''"))).isTrue();
    }

    @Test
    void picksSentenceWithColon() {
        assertThat(selector.wantsParse(HandTokens.of("The/DT verdict/NN :/: guilty/JJ"))).isTrue();
    }

    @Test
    void picksAccordingToEvenWhenTaggedAsVerb() {
        assertThat(selector.wantsParse(HandTokens.of("according/VBG/accord to/TO officials/NNS/official"))).isTrue();
    }

    @Test
    void skipsPlainDescriptiveSentence() {
        assertThat(selector.wantsParse(HandTokens.of("The/DT weather/NN was/VBD/be mild/JJ ./."))).isFalse();
    }

    @Test
    void possessiveApostropheIsNotAQuotationMark() {
        assertThat(selector.wantsParse(HandTokens.of("the/DT workers/NNS/worker '/POS/' union/NN grew/VBD/grow"))).isFalse();
    }

    @Test
    void verbCueDoesNotCountOnANoun() {
        assertThat(selector.wantsParse(HandTokens.of("The/DT state/NN/state budget/NN grew/VBD/grow ./."))).isFalse();
        assertThat(selector.wantsParse(HandTokens.of("She/PRP/she stated/VBD/state her/PRP$/she case/NN ./."))).isTrue();
    }

    @Test
    void anyPartOfSpeechCueCountsOnANoun() {
        assertThat(selector.wantsParse(HandTokens.of("The/DT statement/NN/statement was/VBD/be brief/JJ ./."))).isTrue();
    }

    @Test
    void matchesLemmaRegardlessOfCase() {
        assertThat(selector.wantsParse(HandTokens.of("SAID/VBD/SAY"))).isTrue();
        assertThat(selector.wantsParse(HandTokens.of("Warns/VBZ/Warn"))).isTrue();
    }

    @Test
    void cueListHoldsAboutOneHundredFiftyLowercaseLemmas() {
        var lemmas = CueSelector.DEFAULT.lemmas();
        assertThat(lemmas).hasSizeBetween(120, 200)
                .contains("say", "tell", "add", "warn", "accuse", "threaten", "announce", "deny", "meet", "attack")
                .allSatisfy(l -> assertThat(l).isLowerCase().doesNotContain(" ", "#"));
    }
}
