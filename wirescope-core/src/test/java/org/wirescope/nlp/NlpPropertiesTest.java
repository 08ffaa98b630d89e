package org.wirescope.nlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.Tag;
import org.wirescope.model.Annotated;
import org.wirescope.model.EntityMention;
import org.wirescope.model.Sentence;
import org.wirescope.model.Token;

/** Invariants of the nlp stage on random texts built from news-like and odd pieces. */
@Tag("models")
class NlpPropertiesTest {

    private static final NlpStage NLP = NlpStage.shared(NlpConfig.DEFAULTS.withParse(ParseMode.ALL).withMaxParseTokens(40));

    @Provide
    Arbitrary<String> texts() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of("Ilse Varga", "said", "told reporters", "the Port Alder Workers Union", "on Monday", "(AFP)",
                        "“We will not back down,”", "\"No,\"", "she added:", "U.S.-made", "don't", "cannot", "3.5%",
                        "€1,200", "5:30 p.m.", "...", "—", "--", "'", "’s", "www.example.org/a?b=1", "\uD83D\uDE00",
                        "\u00A0", "\t", ".", "?", "!", ",", ";", "\u00AD", "e\u0301", "\u0007", "\uFEFF", "\u200B", "\r\n"),
                Arbitraries.strings().withChars("abcXYZ ,.\"'“”()-:").ofMaxLength(12),
                Arbitraries.strings().ofMaxLength(6));
        Arbitrary<String> glue = Arbitraries.of(" ", " ", " ", "", "\n", "\n\n", ". ");
        return Arbitraries.lazy(() -> piece).list().ofMaxSize(40)
                .flatMap(pieces -> glue.list().ofSize(Math.max(1, pieces.size())).map(gs -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < pieces.size(); i++) b.append(pieces.get(i)).append(gs.get(i));
                    return b.toString();
                }));
    }

    @Property(tries = 60)
    void tokenOffsetsRoundTripStayInBoundsAndIncrease(@ForAll("texts") String text) {
        Annotated doc = NLP.annotate(TestArticles.of(text));
        int previousEnd = 0;
        for (Token t : doc.tokens()) {
            assertThat(t.start()).isGreaterThanOrEqualTo(previousEnd);
            assertThat(t.end()).isGreaterThan(t.start()).isLessThanOrEqualTo(text.length());
            assertThat(text.substring(t.start(), t.end())).isEqualTo(t.text());
            previousEnd = t.end();
        }
        for (EntityMention m : doc.entities()) assertThat(text.substring(m.start(), m.end())).isEqualTo(m.text());
    }

    @Property(tries = 60)
    void sentencesPartitionTheTokensAndParsedOnesAreTrees(@ForAll("texts") String text) {
        Annotated doc = NLP.annotate(TestArticles.of(text));
        int next = 0;
        for (Sentence s : doc.sentences()) {
            assertThat(s.firstToken()).isEqualTo(next);
            assertThat(s.endToken()).isGreaterThan(s.firstToken());
            next = s.endToken();
            List<Token> tokens = doc.tokensOf(s);
            if (s.parsed()) {
                assertThat(tokens).filteredOn(t -> t.head() == Token.ROOT).isNotEmpty();
                assertThat(tokens).allSatisfy(t -> assertThat(t.head()).isGreaterThanOrEqualTo(Token.ROOT)
                        .isLessThan(s.endToken()));
            } else {
                assertThat(tokens).allSatisfy(t -> assertThat(t.head()).isEqualTo(Token.UNPARSED));
            }
        }
        assertThat(next).isEqualTo(doc.tokens().size());
    }

    @Property(tries = 20)
    void annotatingTwiceGivesTheSameResult(@ForAll("texts") String text) {
        assertThat(NLP.annotate(TestArticles.of(text))).isEqualTo(NLP.annotate(TestArticles.of(text)));
    }
}
