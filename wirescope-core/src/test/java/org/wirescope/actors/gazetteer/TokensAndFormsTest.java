package org.wirescope.actors.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

class TokensAndFormsTest {

    private static List<String> shapes(String text) {
        Tokens t = Tokens.of(text);
        List<String> out = new ArrayList<>();
        for (int i = 0; i < t.size(); i++) {
            out.add(t.shape(i));
        }
        return out;
    }

    @Test
    void splitsWordsFromPunctuationAndKeepsOffsets() {
        Tokens t = Tokens.of("the U.S.-led, Iran's");
        assertThat(shapes("the U.S.-led, Iran's")).containsExactly("the", "U", ".", "S", ".", "-", "led", ",", "Iran", "'", "s");
        assertThat(t.start(8)).isEqualTo(14);
        assertThat(t.end(8)).isEqualTo(18);
        assertThat(t.spaceBefore(1)).isTrue();
        assertThat(t.spaceBefore(2)).isFalse();
    }

    @Test
    void foldsAccentsApostrophesAndDashesButKeepsCase() {
        assertThat(shapes("Côte d’Ivoire")).containsExactly("Cote", "d", "'", "Ivoire");
        assertThat(shapes("Guinea‑Bissau")).containsExactly("Guinea", "-", "Bissau");
        assertThat(shapes("Tórshavn Łódź Nukuʻalofa")).containsExactly("Torshavn", "Lodz", "Nuku", "'", "alofa");
        assertThat(Tokens.of("ÉLYSÉE").key(0)).isEqualTo("elysee");
    }

    @Test
    void treatsAnyWhitespaceAsOneGap() {
        assertThat(Tokens.of("North \u00A0\n Korea").keys(0, 2)).isEqualTo("north korea");
    }

    @Test
    void matchesLowerCaseFormInAnyCase() {
        Form f = Form.of("foreign minister");
        assertThat(f.caseSensitive()).isFalse();
        assertThat(f.matchesCase(Tokens.of("FOREIGN Minister"), 0)).isTrue();
    }

    @Test
    void matchesCapitalisedFormAsWrittenCapitalisedOrInCapitals() {
        Form f = Form.of("mainland China");
        assertThat(f.matchesCase(Tokens.of("mainland China"), 0)).isTrue();
        assertThat(f.matchesCase(Tokens.of("Mainland China"), 0)).isTrue();
        assertThat(f.matchesCase(Tokens.of("MAINLAND CHINA"), 0)).isTrue();
        assertThat(f.matchesCase(Tokens.of("mainland china"), 0)).isFalse();
    }

    @Test
    void matchesAcronymOnlyAsWritten() {
        Form us = Form.of("US");
        assertThat(us.matchesCase(Tokens.of("US"), 0)).isTrue();
        assertThat(us.matchesCase(Tokens.of("Us"), 0)).isFalse();
        assertThat(us.matchesCase(Tokens.of("us"), 0)).isFalse();
    }

    @Test
    void letsLeadingArticleTakeAnyCase() {
        Form f = Form.of("The Hill");
        assertThat(f.matchesCase(Tokens.of("the Hill"), 0)).isTrue();
        assertThat(f.matchesCase(Tokens.of("the hill"), 0)).isFalse();
    }

    @Test
    void rejectsFormWithoutWords() {
        assertThatThrownBy(() -> Form.of("  ")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void makesPluralsOfTheHeadWord() {
        assertThat(Plurals.of("lawmaker")).containsExactly("lawmakers");
        assertThat(Plurals.of("spokesman")).containsExactly("spokesmen");
        assertThat(Plurals.of("spokesperson")).containsExactly("spokespeople", "spokespersons");
        assertThat(Plurals.of("secretary of state")).containsExactly("secretaries of state");
        assertThat(Plurals.of("militia")).containsExactly("militias");
        assertThat(Plurals.of("embassy")).containsExactly("embassies");
        assertThat(Plurals.of("CEO")).containsExactly("CEOs");
        assertThat(Plurals.of("state media")).isEmpty();
        assertThat(Plurals.of("German")).containsExactly("Germans");
        assertThat(Plurals.of("monarch")).containsExactly("monarchs");
        assertThat(Plurals.of("church")).containsExactly("churches");
    }

    @Test
    void guessesSingularOfUnlistedPlurals() {
        assertThat(Plurals.singular("ministries")).isEqualTo("ministry");
        assertThat(Plurals.singular("congressmen")).isEqualTo("congressman");
        assertThat(Plurals.singular("churches")).isEqualTo("church");
        assertThat(Plurals.singular("troops")).isEqualTo("troop");
        assertThat(Plurals.singular("press")).isEqualTo("press");
    }
}
