package org.wirescope.actors.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.StringLength;

class GazetteerFindAllPropertyTest {

    private final Gazetteer g = Gazetteer.standard();

    @Property(tries = 300)
    void reportsOrderedNonOverlappingSpansThatRoundTrip(@ForAll @StringLength(max = 200) String noise) {
        String text = noise + " Tehran said the U.S. and " + noise + " the North Korean " + noise;
        int last = 0;
        for (Match m : g.findAll(text)) {
            assertThat(m.start()).isGreaterThanOrEqualTo(last);
            assertThat(m.end()).isGreaterThan(m.start()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
            last = m.end();
        }
    }
}
