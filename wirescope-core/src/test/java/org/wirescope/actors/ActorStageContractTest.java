package org.wirescope.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Actor;
import org.wirescope.model.Annotated;
import org.wirescope.model.TextSpan;

class ActorStageContractTest {

    private static final String STORY = "Iranian Parliament Speaker Reza Tabari stated on Friday that talks had failed. "
            + "He added that any US attack on Iran would fail, according to Tasnim, a news agency affiliated with the "
            + "Iranian Revolutionary Guard Corps (IRGC). Iranian state television quoted Foreign Minister Sami Adel as "
            + "saying that Iran had sent its reply to US President Ellis Grant through Oman. Adel said the country would "
            + "wait for Washington. Iranian officials agreed, and the Americans said they would answer.";

    private static HandDoc story(String text) {
        return HandDoc.of(text).ner("PERSON", "Reza Tabari", "Tasnim", "Sami Adel", "Ellis Grant", "Adel")
                .ner("ORGANIZATION", "Iranian Revolutionary Guard Corps").ner("LOCATION", "Washington", "Oman");
    }

    @Test
    void idsNumberEachTypeInOrderOfFirstMention() {
        List<Actor> actors = Found.in(story(STORY)).actors();

        assertThat(actors).extracting(Actor::id).containsExactly("c1", "p1", "c2", "m1", "o1", "m2", "p2", "p3", "c3", "g1");
        for (int k = 1; k < actors.size(); k++) {
            assertThat(actors.get(k).mentions().get(0).start()).isGreaterThan(actors.get(k - 1).mentions().get(0).start());
        }
    }

    @Test
    void everyMentionRoundTripsAndMentionsAreInTextOrder() {
        Annotated doc = story(STORY).build();
        for (Actor a : ActorStage.create().resolve(doc)) {
            int last = -1;
            for (TextSpan m : a.mentions()) {
                assertThat(doc.text().substring(m.start(), m.end())).isEqualTo(m.text());
                assertThat(m.start()).isGreaterThan(last);
                last = m.start();
            }
            assertThat(a.mentions()).isNotEmpty();
        }
    }

    @Test
    void resolutionListsEveryMentionOfEveryActor() {
        Annotated doc = story(STORY).build();
        Resolution r = ActorStage.create().analyse(doc);

        int total = r.actors().stream().mapToInt(a -> a.mentions().size()).sum();
        assertThat(r.mentions()).hasSize(total);
        assertThat(r.mentions()).anySatisfy(m -> {
            assertThat(m.span().text()).isEqualTo("He");
            assertThat(m.form()).isEqualTo(ActorMention.Form.PRONOUN);
            assertThat(m.actor()).isEqualTo("p1");
        });
    }

    @Test
    void sameResultOnSeveralThreads() throws Exception {
        ActorStage stage = ActorStage.create();
        Annotated doc = story(STORY).build();
        List<Actor> expected = stage.resolve(doc);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Actor>>> runs = new ArrayList<>();
            for (int k = 0; k < 40; k++) runs.add(pool.submit(() -> stage.resolve(doc)));
            for (Future<List<Actor>> run : runs) assertThat(run.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void resolvesAThousandTokenArticleInWellUnderFiveMilliseconds() {
        StringBuilder text = new StringBuilder();
        while (text.length() < 6_000) text.append(STORY).append(' ');
        Annotated doc = story(text.toString().strip()).build();
        assertThat(doc.tokens().size()).isGreaterThan(1_000);
        ActorStage stage = ActorStage.create();
        long best = Long.MAX_VALUE;
        for (int k = 0; k < 60; k++) {
            long t0 = System.nanoTime();
            stage.resolve(doc);
            best = Math.min(best, System.nanoTime() - t0);
        }
        assertThat(best / 1_000_000.0).as("best of 60 runs, ms").isLessThan(5.0);
    }

    @Test
    void emptyArticleHasNoActors() {
        assertThat(Found.in(HandDoc.of("")).actors()).isEmpty();
        assertThat(Found.in(HandDoc.of("It rained all day.")).actors()).isEmpty();
    }

    @Test
    void rejectsMissingArguments() {
        assertThatThrownBy(() -> ActorStage.create(null)).hasMessageContaining("gazetteer");
        assertThatThrownBy(() -> ActorStage.create().resolve(null)).hasMessageContaining("doc");
    }
}
