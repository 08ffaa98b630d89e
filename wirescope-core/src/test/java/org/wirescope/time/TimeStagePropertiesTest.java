package org.wirescope.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.junit.jupiter.api.Test;
import org.wirescope.model.DateMention;
import org.wirescope.model.Published;

class TimeStagePropertiesTest {

    private static final List<String> PIECES = List.of(
            "on Friday", "the Tuesday session", "Monday's vote", "last Tuesday", "next Monday", "this week",
            "December 27, 2022", "Dec. 27", "27 December 2022", "2022-12-27", "March 2025", "in 2023",
            "next year", "two days ago", "a week ago", "earlier this month", "yesterday", "Today", "may engage",
            "May", "in May", "1,500 troops", "the 2023 budget", "at 10:30", "mid-", "Friday, March 28", "31/12/2020",
            "Good Friday", "will meet", ",", ".", "’s", " ", "\n\n", "the", "said", "Kim", "1999", "12", "of",
            "beginning of", "March", "three months ago", "earlier this year", "the Sunday Times", "5th", "late on",
            "Sunday night", "Wednesday", "Saturday, June 12, 2021", "last", "next", "this", "ago", "days", "in the");

    @Provide
    Arbitrary<String> newsLikeText() {
        Arbitrary<String> piece = Arbitraries.oneOf(
                Arbitraries.of(PIECES),
                Arbitraries.strings().withChars("aMyJ0123456789 ,.-/'’dFrio").ofMaxLength(8));
        return piece.list().ofMaxSize(30).map(ps -> String.join(" ", ps));
    }

    @Provide
    Arbitrary<Published> anchors() {
        Arbitrary<java.time.LocalDate> days = Arbitraries.integers().between(0, 20_000)
                .map(n -> java.time.LocalDate.of(1980, 1, 1).plusDays(n));
        return Arbitraries.oneOf(
                days.map(d -> Published.on(d, "given", d.toString())),
                days.map(d -> Published.notBefore(d, "bound", d.toString())),
                Arbitraries.just(Published.UNKNOWN));
    }

    @Property
    void everyMentionRoundTripsThroughTheText(@ForAll("newsLikeText") String text, @ForAll("anchors") Published anchor) {
        for (DateMention m : TimeStage.create().resolve(text, anchor)) {
            assertThat(text.substring(m.mention().start(), m.mention().end())).isEqualTo(m.mention().text());
            assertThat(m.value()).matches("\\d{4}(-\\d{2}(-\\d{2})?)?");
        }
    }

    @Property
    void mentionsAreInOrderAndDoNotOverlap(@ForAll("newsLikeText") String text, @ForAll("anchors") Published anchor) {
        List<DateMention> mentions = TimeStage.create().resolve(text, anchor);
        for (int i = 1; i < mentions.size(); i++) {
            assertThat(mentions.get(i).mention().start()).isGreaterThanOrEqualTo(mentions.get(i - 1).mention().end());
        }
    }

    @Property
    void resolvingIsDeterministic(@ForAll("newsLikeText") String text, @ForAll("anchors") Published anchor) {
        assertThat(TimeStage.create().resolve(text, anchor)).isEqualTo(TimeStage.create().resolve(text, anchor));
    }

    @Property
    void tryingOnlyNearTriggerWordsFindsWhatTryingEveryPositionFinds(@ForAll("newsLikeText") String text, @ForAll("anchors") Published anchor) {
        assertThat(TimeStage.resolve(Scan.of(text), Anchor.of(anchor)))
                .isEqualTo(TimeStage.resolve(Scan.exhaustive(text), Anchor.of(anchor)));
    }

    @Property(tries = 200)
    void anyStringResolvesWithoutFailing(@ForAll String text, @ForAll("anchors") Published anchor) {
        assertThat(TimeStage.create().resolve(text, anchor)).allSatisfy(m ->
                assertThat(text.substring(m.mention().start(), m.mention().end())).isEqualTo(m.mention().text()));
    }

    @Test
    void givesTheSameMentionsOnSeveralThreads() throws Exception {
        TimeStage time = TimeStage.create();
        String text = String.join(" ", PIECES).repeat(10);
        Published anchor = Dated.on("2022-12-28");
        List<DateMention> alone = time.resolve(text, anchor);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<DateMention>>> runs = new ArrayList<>();
            for (int i = 0; i < 16; i++) runs.add(pool.submit(() -> time.resolve(text, anchor)));
            for (Future<List<DateMention>> run : runs) assertThat(run.get()).isEqualTo(alone);
        } finally {
            pool.shutdown();
        }
    }
}
