package org.wirescope.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import org.junit.jupiter.api.Test;
import org.wirescope.model.EntityMention;

class EntitySpansTest {

    @Test
    void mergesAdjacentTokensOfOneClassIntoOneMention() {
        HandTokens h = new HandTokens().sentence(
                "Minister/NNP/minister/O Ilse/NNP/ilse/PERSON Varga/NNP/varga/PERSON spoke/VBD/speak");
        assertThat(EntitySpans.merge(h.text(), h.tokens()))
                .extracting(EntityMention::text, EntityMention::type, EntityMention::firstToken, EntityMention::endToken)
                .containsExactly(tuple("Ilse Varga", "PERSON", 1, 3));
    }

    @Test
    void splitsWhereTheClassChanges() {
        HandTokens h = new HandTokens().sentence(
                "Varga/NNP/varga/PERSON Alder/NNP/alder/LOCATION Union/NNP/union/ORGANIZATION");
        assertThat(EntitySpans.merge(h.text(), h.tokens()))
                .extracting(EntityMention::text, EntityMention::type)
                .containsExactly(tuple("Varga", "PERSON"), tuple("Alder", "LOCATION"), tuple("Union", "ORGANIZATION"));
    }

    @Test
    void neverJoinsMentionsAcrossSentences() {
        HandTokens h = new HandTokens()
                .sentence("He/PRP/he met/VBD/meet Varga/NNP/varga/PERSON")
                .sentence("Kovacs/NNP/kovacs/PERSON left/VBD/leave");
        assertThat(EntitySpans.merge(h.text(), h.tokens()))
                .extracting(EntityMention::text)
                .containsExactly("Varga", "Kovacs");
    }

    @Test
    void mentionOffsetsRoundTripIntoTheText() {
        HandTokens h = new HandTokens().sentence(
                "the/DT Port/NNP/port/ORGANIZATION Alder/NNP/alder/ORGANIZATION Workers/NNPS/workers/ORGANIZATION Union/NNP/union/ORGANIZATION");
        EntityMention m = EntitySpans.merge(h.text(), h.tokens()).get(0);
        assertThat(h.text().substring(m.start(), m.end())).isEqualTo(m.text()).isEqualTo("Port Alder Workers Union");
    }

    @Test
    void findsNothingWhenEveryTokenIsOutside() {
        HandTokens h = new HandTokens().sentence("It/PRP/it rained/VBD/rain");
        assertThat(EntitySpans.merge(h.text(), h.tokens())).isEmpty();
    }
}
