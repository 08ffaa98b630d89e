package org.wirescope.nlp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Token;

class HeadsTest {

    @Test
    void writesArticleLevelHeadsForASentenceAfterTheFirst() {
        HandTokens h = new HandTokens().sentence("Rain/NN fell/VBD/fall ./.").sentence("Varga/NNP said/VBD/say so/RB");
        List<Token> tokens = new ArrayList<>(h.tokens());
        Heads.apply(tokens, 3, 3, List.of(
                new Dependency(0, 1, "nsubj"), new Dependency(1, Dependency.ROOT, "root"), new Dependency(2, 1, "advmod")));
        assertThat(tokens.subList(3, 6)).extracting(Token::text, Token::head, Token::relation)
                .containsExactly(tuple("Varga", 4, "nsubj"), tuple("said", Token.ROOT, "root"), tuple("so", 4, "advmod"));
    }

    @Test
    void leavesOtherSentencesUnparsed() {
        HandTokens h = new HandTokens().sentence("Rain/NN fell/VBD/fall").sentence("Varga/NNP left/VBD/leave");
        List<Token> tokens = new ArrayList<>(h.tokens());
        Heads.apply(tokens, 2, 2, List.of(new Dependency(0, 1, "nsubj"), new Dependency(1, Dependency.ROOT, "root")));
        assertThat(tokens.subList(0, 2)).extracting(Token::head).containsOnly(Token.UNPARSED);
        assertThat(tokens.subList(0, 2)).extracting(Token::relation).containsOnly("");
    }

    @Test
    void tokenNoArcReachesBecomesARootWithoutRelation() {
        List<Token> tokens = new ArrayList<>(HandTokens.of("Varga/NNP left/VBD/leave"));
        Heads.apply(tokens, 0, 2, List.of(new Dependency(1, Dependency.ROOT, "root")));
        assertThat(tokens.get(0).head()).isEqualTo(Token.ROOT);
        assertThat(tokens.get(0).relation()).isEmpty();
    }

    @Test
    void rejectsArcOutsideTheSentence() {
        List<Token> tokens = new ArrayList<>(HandTokens.of("Varga/NNP left/VBD/leave"));
        assertThatThrownBy(() -> Heads.apply(tokens, 0, 2, List.of(new Dependency(2, 0, "punct"))))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("outside");
    }
}
