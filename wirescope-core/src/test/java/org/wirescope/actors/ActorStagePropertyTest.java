package org.wirescope.actors;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.constraints.IntRange;
import net.jqwik.api.constraints.Size;
import org.wirescope.model.Actor;
import org.wirescope.model.Annotated;
import org.wirescope.model.Sentence;
import org.wirescope.model.TextSpan;
import org.wirescope.model.Token;

class ActorStagePropertyTest {

    private static final String[] WORDS = {"Iran", "said", "he", "it", "its", "the", "country", "agency", "US",
            "President", "Kim", "Jong", "Un", "Tasnim", ",", "a", "news", "(", "IRGC", ")", "Iranian", "officials",
            "they", "according", "to", "state", "media", ".", "Washington", "North", "South", "Korea", "the North",
            "adviser", "Supreme", "Leader", "Ali", "Larijani", "\u201C", "\u201D", "'s", "another", "senior", "his"};
    private static final String[] TAGS = {"O", "O", "O", "PERSON", "ORGANIZATION", "LOCATION", "MISC"};

    private final ActorStage stage = ActorStage.create();

    @Property(tries = 300)
    void mentionsRoundTripAndIdsAreUniqueOnAnyWordSoup(@ForAll @Size(max = 60) List<@IntRange(max = 43) Integer> picks,
            @ForAll @Size(max = 60) List<@IntRange(max = 6) Integer> tags) {
        StringBuilder text = new StringBuilder();
        for (int p : picks) {
            if (text.length() > 0) text.append(' ');
            text.append(WORDS[p]);
        }
        HandDoc hand = HandDoc.of(text.toString());
        for (int k = 0; k < Math.min(picks.size(), tags.size()); k++) {
            String w = WORDS[picks.get(k)];
            if (!w.contains(" ") && Character.isLetter(w.charAt(0))) hand.ner(TAGS[tags.get(k)], w);
        }
        Annotated doc = hand.build();

        List<Actor> actors = stage.resolve(doc);

        assertThat(actors).extracting(Actor::id).doesNotHaveDuplicates();
        for (Actor a : actors) {
            assertThat(a.mentions()).isNotEmpty();
            assertThat(a.name()).isNotBlank();
            for (TextSpan m : a.mentions()) {
                assertThat(m.end()).isLessThanOrEqualTo(doc.text().length());
                assertThat(doc.text().substring(m.start(), m.end())).isEqualTo(m.text());
            }
        }
        assertThat(stage.resolve(doc)).isEqualTo(actors);
    }

    @Property(tries = 200)
    void survivesAnyParseEvenACyclicOne(@ForAll @Size(min = 1, max = 40) List<@IntRange(max = 43) Integer> picks,
            @ForAll @Size(min = 40, max = 40) List<@IntRange(min = -1, max = 39) Integer> heads,
            @ForAll @Size(min = 40, max = 40) List<@IntRange(max = 7) Integer> relations) {
        String[] rels = {"nsubj", "obj", "appos", "compound", "amod", "nmod:poss", "conj", "obl"};
        StringBuilder text = new StringBuilder();
        for (int p : picks) {
            if (text.length() > 0) text.append(' ');
            text.append(WORDS[p]);
        }
        Annotated plain = HandDoc.of(text.toString()).ner("PERSON", "Kim", "Larijani").ner("ORGANIZATION", "Tasnim").build();
        List<Token> tokens = new ArrayList<>();
        for (Token t : plain.tokens()) {
            Sentence s = plain.sentences().get(t.sentence());
            int h = heads.get(t.index() % heads.size());
            int head = h < 0 ? Token.ROOT : s.firstToken() + h % s.tokenCount();
            tokens.add(new Token(t.index(), t.sentence(), t.start(), t.end(), t.text(), t.pos(),
                    t.lemma(), t.ner(), head, rels[relations.get(t.index() % relations.size())]));
        }
        List<Sentence> sentences = plain.sentences().stream()
                .map(s -> new Sentence(s.index(), s.start(), s.end(), s.firstToken(), s.endToken(), true))
                .toList();
        Annotated parsed = new Annotated(plain.article(), tokens, sentences, plain.entities());

        for (Actor a : stage.resolve(parsed)) {
            for (TextSpan m : a.mentions()) assertThat(parsed.text().substring(m.start(), m.end())).isEqualTo(m.text());
        }
    }
}
