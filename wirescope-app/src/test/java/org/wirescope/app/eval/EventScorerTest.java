package org.wirescope.app.eval;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

class EventScorerTest {

    private static GoldEvent event(String type, Set<String> sources, Set<String> targets) {
        return new GoldEvent(sources, targets, type);
    }

    @Test
    void countsATypeMatchWithWrongActorsForTypeButNotForDyad() {
        EventScorer s = new EventScorer();
        s.add(List.of(event("ACCUSE", Set.of("KOR"), Set.of("PRK"))), List.of(event("ACCUSE", Set.of("PRK"), Set.of("KOR"))));
        assertThat(s.overall().typeF1()).isEqualTo(1.0);
        assertThat(s.overall().dyadF1()).isEqualTo(0.0);
        assertThat(s.overall().actorAccuracy()).isEqualTo(0.0);
    }

    @Test
    void acceptsAnyTargetWhenTheGoldHasNone() {
        EventScorer s = new EventScorer();
        s.add(List.of(event("AGREE", Set.of("HUN", "ROU"), Set.of())), List.of(event("AGREE", Set.of("ROU"), Set.of("HUN"))));
        assertThat(s.overall().dyadMatched).isEqualTo(1);
    }

    @Test
    void matchesOneToOneAndCountsExtraPredictionsAgainstPrecision() {
        EventScorer s = new EventScorer();
        s.add(List.of(event("THREATEN", Set.of("IRN"), Set.of("USA"))),
                List.of(event("THREATEN", Set.of("IRN"), Set.of("USA")), event("ASSAULT", Set.of("USA"), Set.of()),
                        event("THREATEN", Set.of("USA"), Set.of("IRN"))));
        assertThat(s.overall().typePrecision()).isCloseTo(1 / 3.0, within(1e-9));
        assertThat(s.overall().typeRecall()).isEqualTo(1.0);
        assertThat(s.byType()).containsKeys("THREATEN", "ASSAULT");
        assertThat(s.byType().get("ASSAULT").gold).isZero();
    }

    @Test
    void prefersThePredictionWhoseDyadAgrees() {
        EventScorer s = new EventScorer();
        s.add(List.of(event("REJECT", Set.of("IRN"), Set.of("USA"))),
                List.of(event("REJECT", Set.of("USA"), Set.of()), event("REJECT", Set.of("IRN"), Set.of("USA"))));
        assertThat(s.overall().dyadMatched).isEqualTo(1);
    }
}
