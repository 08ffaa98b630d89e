package org.wirescope.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.wirescope.events.codebook.CameoCodebook;

class PatternBookTest {

    private static final CameoCodebook CODEBOOK = CameoCodebook.standard();

    @Test
    void bundlesAtLeastThreePatternsForEveryCameoRoot() {
        PatternBook book = PatternBook.standard(CODEBOOK);
        Map<String, Integer> perRoot = new HashMap<>();
        for (Pattern.Kind kind : Pattern.Kind.values()) {
            for (String lemma : book.lemmas(kind)) {
                for (Pattern p : book.of(kind, lemma)) perRoot.merge(p.code().substring(0, 2), 1, Integer::sum);
            }
        }
        for (int root = 1; root <= 20; root++) {
            assertThat(perRoot.getOrDefault(String.format("%02d", root), 0)).as("root %02d", root).isGreaterThanOrEqualTo(3);
        }
        assertThat(book.size()).isEqualTo(perRoot.values().stream().mapToInt(Integer::intValue).sum());
    }

    @Test
    void readsConditionsOfALine() throws Exception {
        PatternBook book = PatternBook.read(new StringReader("# comment\nv\tcall\t100\tprt=for ctx=release|free\n"), CODEBOOK);
        Pattern p = book.of(Pattern.Kind.VERB, "call").get(0);
        assertThat(p.particles()).containsExactly("for");
        assertThat(p.context()).containsExactlyInAnyOrder("release", "free");
        assertThat(p.conditions()).isEqualTo(2);
    }

    @Test
    void rejectsACodeTheCodebookDoesNotKnow() {
        assertThatThrownBy(() -> PatternBook.read(new StringReader("v\tcall\t999\n"), CODEBOOK))
                .hasMessageContaining("unknown CAMEO code 999");
    }

    @Test
    void rejectsAnUnknownCondition() {
        assertThatThrownBy(() -> PatternBook.read(new StringReader("v\tcall\t100\tnear=x\n"), CODEBOOK))
                .hasMessageContaining("unknown condition");
    }
}
