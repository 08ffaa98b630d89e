package org.wirescope.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class CountsTest {

    @Test
    void namesTheValueSeenMostOftenUnlessAnotherTiesIt() {
        assertThat(Counts.leader(Map.of("IRN", 3, "USA", 1))).hasValueSatisfying(e -> {
            assertThat(e.getKey()).isEqualTo("IRN");
            assertThat(e.getValue()).isEqualTo(3);
        });
        assertThat(Counts.leader(Map.of("IRN", 2, "USA", 2, "OMN", 1))).isEmpty();
        assertThat(Counts.leader(Map.of())).isEmpty();
    }
}
