package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.Event;
import org.wirescope.model.Published;
import org.wirescope.model.Record;

/**
 * Three made-up articles with hand-coded events: one dated 2024-05-06 whose second event has no
 * date of its own, one known only to be published no earlier than 2024-06-02, and one with no date
 * at all.
 */
class StoreEventQueriesTest {

    static final String TALKS = "The government threatened Washington on Sunday. Washington asked Tehran to talk.";
    static final String WARNING = "Legislators warned the administration. Forces struck a base on 20 May.";
    static final String BLAME = "Jerusalem accused Tehran.";

    @TempDir
    Path dir;

    private Path file;
    private Record talks;
    private Record warning;
    private Record blame;

    @BeforeEach
    void storeThreeArticlesWithEvents() {
        file = dir.resolve("store.duckdb");
        talks = withEvents(Newsroom.record("Harbour talks stall", Published.on(LocalDate.of(2024, 5, 6), "dateline", "May 6"),
                        TALKS, List.of(), List.of()),
                event("e1", "Iranian government", "IRNGOV", "United States", "USA", "130", "THREATEN", -4.4, 3,
                        LocalDate.of(2024, 5, 5), TALKS, "threatened Washington"),
                event("e2", "United States", "USA", "Iran", "IRN", "036", "CONSULT", 4.0, 1, null, TALKS, "asked Tehran to talk"));
        warning = withEvents(Newsroom.record("Legislators warn", Published.notBefore(LocalDate.of(2024, 6, 2), "bound", "Sunday"),
                        WARNING, List.of(), List.of()),
                event("e1", "Iranian legislators", "IRNLEG", "US government", "USAGOV", "138", "THREATEN", -7.0, 3, null,
                        WARNING, "warned the administration"),
                event("e2", "Iranian forces", "IRNMIL", "United States", "USA", "190", "ASSAULT", -10.0, 4,
                        LocalDate.of(2024, 5, 20), WARNING, "struck a base"));
        blame = withEvents(Newsroom.record("Blame traded", Published.UNKNOWN, BLAME, List.of(), List.of()),
                event("e1", "Israel", "ISR", "Iran", "IRN", "111", "ACCUSE", -2.0, 3, null, BLAME, "accused Tehran"));
        try (Store store = open()) {
            Run run = store.beginRun(List.of("events"), "");
            for (Record record : List.of(talks, warning, blame)) store.write(run, List.of(record), List.of());
        }
    }

    private static Record withEvents(Record base, Event... events) {
        return new Record(base.article(), base.actors(), base.quotes(), List.of(events), List.of(),
                Optional.empty(), Optional.empty());
    }

    private static Event event(String id, String source, String sourceCode, String target, String targetCode,
                               String cameo, String plover, double goldstein, int quad, LocalDate date,
                               String text, String evidence) {
        return new Event(id, new Event.Party(Optional.empty(), source, Optional.of(sourceCode)),
                Optional.of(new Event.Party(Optional.empty(), target, Optional.of(targetCode))), Optional.empty(), cameo,
                new Event.Plover(plover, Optional.empty()), goldstein, quad, Optional.ofNullable(date),
                Event.Modality.ASSERTED, Newsroom.at(text, evidence), Optional.empty(), 0.9);
    }

    private Store open() {
        return Store.open(file, Fixtures.steppingClock(), WriteProbe.NONE);
    }

    private List<String> found(EventQuery query) {
        try (Store store = open()) {
            return store.events(query).stream().map(row -> row.articleId() + "/" + row.eventId()).toList();
        }
    }

    private static String key(Record record, String eventId) {
        return record.id() + "/" + eventId;
    }

    private static EventQuery all() {
        return EventQuery.all(100, 0);
    }

    @Test
    void listsEveryEventByItsDayWithUndatedOnesLast() {
        assertThat(found(all())).containsExactly(key(talks, "e1"), key(talks, "e2"), key(warning, "e2"),
                key(warning, "e1"), key(blame, "e1"));
    }

    @Test
    void carriesTheMediatorOfAnEventThatHasOne() {
        try (Store store = Store.open(dir.resolve("mediated.duckdb"))) {
            store.write(store.beginRun(List.of("harbor"), ""), List.of(Fixtures.fullRecord()), List.of());

            EventRow delay = store.events(all()).stream().filter(e -> e.eventId().equals("e1")).findFirst().orElseThrow();

            assertThat(delay.mediatorName()).contains("Lakeside mediation board");
            assertThat(delay.mediatorCode()).isEmpty();
        }
    }

    @Test
    void carriesTheArticleSidesCodesAndEvidenceOfEachEvent() {
        try (Store store = open()) {
            EventRow first = store.events(all()).get(0);

            assertThat(first).isEqualTo(new EventRow(talks.id(), "Harbour talks stall", "e1",
                    Optional.of(LocalDate.of(2024, 5, 5)), "Iranian government", Optional.of("IRNGOV"),
                    Optional.of("United States"), Optional.of("USA"), "130", "THREATEN", Optional.empty(), -4.4, 3,
                    Event.Modality.ASSERTED, "threatened Washington", Optional.empty(),
                    TALKS.indexOf("threatened Washington"), TALKS.indexOf(" on Sunday"), Optional.empty(),
                    Optional.empty(), Optional.empty(), Optional.empty()));
        }
    }

    @Test
    void takesThePublicationDateOrItsLowerBoundWhenTheEventHasNoDate() {
        try (Store store = open()) {
            List<EventRow> rows = store.events(all());

            assertThat(rows.get(1).date()).contains(LocalDate.of(2024, 5, 6));
            assertThat(rows.get(3).date()).contains(LocalDate.of(2024, 6, 2));
            assertThat(rows.get(4).date()).isEmpty();
        }
    }

    @Test
    void matchesTheSourceByTheStartOfItsCodeInAnyCase() {
        assertThat(found(all().withSource("IRN"))).containsExactly(key(talks, "e1"), key(warning, "e2"),
                key(warning, "e1"));
        assertThat(found(all().withSource("irnleg"))).containsExactly(key(warning, "e1"));
        assertThat(found(all().withSource("RN"))).isEmpty();
    }

    @Test
    void matchesTheTargetByTheStartOfItsCode() {
        assertThat(found(all().withTarget("USA"))).containsExactly(key(talks, "e1"), key(warning, "e2"),
                key(warning, "e1"));
        assertThat(found(all().withTarget("USAGOV"))).containsExactly(key(warning, "e1"));
    }

    @Test
    void matchesTheCameoRootByTheFirstTwoDigits() {
        assertThat(found(all().withRoot("13"))).containsExactly(key(talks, "e1"), key(warning, "e1"));
        assertThat(found(all().withRoot("03"))).containsExactly(key(talks, "e2"));
        assertThat(found(all().withRoot("1"))).isEmpty();
    }

    @Test
    void matchesThePloverTypeInAnyCase() {
        assertThat(found(all().withPlover("threaten"))).containsExactly(key(talks, "e1"), key(warning, "e1"));
        assertThat(found(all().withPlover("THREAT"))).isEmpty();
    }

    @Test
    void filtersByDayInclusiveUsingTheFallbackDate() {
        assertThat(found(all().withFrom(LocalDate.of(2024, 5, 6)))).containsExactly(key(talks, "e2"),
                key(warning, "e2"), key(warning, "e1"));
        assertThat(found(all().withTo(LocalDate.of(2024, 5, 6)))).containsExactly(key(talks, "e1"), key(talks, "e2"));
        assertThat(found(all().withFrom(LocalDate.of(2024, 6, 1)).withTo(LocalDate.of(2024, 6, 30))))
                .containsExactly(key(warning, "e1"));
    }

    @Test
    void combinesFiltersAndPages() {
        assertThat(found(all().withSource("IRN").withTarget("USA").withRoot("13")))
                .containsExactly(key(talks, "e1"), key(warning, "e1"));
        assertThat(found(EventQuery.all(2, 1))).containsExactly(key(talks, "e2"), key(warning, "e2"));
        assertThat(found(EventQuery.all(0, 0))).isEmpty();
    }

    @Test
    void takesPatternAndQuoteCharactersInFiltersLiterally() {
        assertThat(found(all().withSource("%"))).isEmpty();
        assertThat(found(all().withPlover("'; DROP TABLE events; --"))).isEmpty();
        assertThat(found(all())).hasSize(5);
    }

    @Test
    void rejectsANegativeLimitOrAnUnknownInterval() {
        assertThatThrownBy(() -> EventQuery.all(-1, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> DyadQuery.monthly().withInterval("fortnight")).hasMessageContaining("interval");
    }

    @Test
    void countsDyadEventsGoldsteinAndReportsPerMonthAndQuadClass() {
        try (Store store = open()) {
            List<DyadPeriod> months = store.dyads(DyadQuery.monthly().withSource("IRN").withTarget("USA"));

            assertThat(months).extracting(DyadPeriod::period, DyadPeriod::quadClass, DyadPeriod::events,
                            DyadPeriod::reports, DyadPeriod::periodReports)
                    .containsExactly(
                            tuple(LocalDate.of(2024, 5, 1), 3, 1L, 1L, 2L),
                            tuple(LocalDate.of(2024, 5, 1), 4, 1L, 1L, 2L),
                            tuple(LocalDate.of(2024, 6, 1), 3, 1L, 1L, 1L));
            assertThat(months.get(0).goldstein()).isCloseTo(-4.4, within(1e-9));
            assertThat(months.get(2).goldstein()).isCloseTo(-7.0, within(1e-9));
        }
    }

    @Test
    void countsTheEventsBetweenTwoSidesInBothDirections() {
        try (Store store = open()) {
            DyadQuery irnUsa = DyadQuery.monthly().withSource("IRN").withTarget("USA");
            List<DyadPeriod> both = store.dyads(irnUsa.withBothWays());

            assertThat(both).extracting(DyadPeriod::period, DyadPeriod::quadClass, DyadPeriod::events)
                    .containsExactly(
                            tuple(LocalDate.of(2024, 5, 1), 1, 1L),
                            tuple(LocalDate.of(2024, 5, 1), 3, 1L),
                            tuple(LocalDate.of(2024, 5, 1), 4, 1L),
                            tuple(LocalDate.of(2024, 6, 1), 3, 1L));
            assertThat(store.dyads(DyadQuery.monthly().withSource("USA").withTarget("IRN").withBothWays())).isEqualTo(both);
        }
    }

    @Test
    void countsTheEventsOneSideTakesPartInOnEitherEnd() {
        try (Store store = open()) {
            assertThat(store.dyads(DyadQuery.monthly().withTarget("IRN"))).extracting(DyadPeriod::events).containsExactly(1L);
            assertThat(store.dyads(DyadQuery.monthly().withTarget("IRN").withBothWays()))
                    .extracting(DyadPeriod::events).containsExactly(1L, 1L, 1L, 1L);
        }
    }

    @Test
    void sumsSeveralEventsOfOneQuadClassAndLeavesUndatedEventsOut() {
        try (Store store = open()) {
            List<DyadPeriod> years = store.dyads(DyadQuery.monthly().withInterval("YEAR"));

            assertThat(years).extracting(DyadPeriod::quadClass).containsExactly(1, 3, 4);
            DyadPeriod conflict = years.get(1);
            assertThat(conflict.period()).isEqualTo(LocalDate.of(2024, 1, 1));
            assertThat(conflict.events()).isEqualTo(2);
            assertThat(conflict.goldstein()).isCloseTo(-11.4, within(1e-9));
            assertThat(conflict.reports()).isEqualTo(2);
            assertThat(conflict.periodReports()).isEqualTo(2);
        }
    }

    @Test
    void startsWeeksOnMondayAndHonoursTheDays() {
        try (Store store = open()) {
            List<DyadPeriod> weeks = store.dyads(DyadQuery.monthly().withInterval("week")
                    .withFrom(LocalDate.of(2024, 5, 6)).withTo(LocalDate.of(2024, 5, 31)));

            assertThat(weeks).extracting(DyadPeriod::period)
                    .containsExactly(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 20));
        }
    }

    @Test
    void findsNothingInAnEmptyStore() {
        try (Store store = Store.open(dir.resolve("empty.duckdb"))) {
            assertThat(store.events(all())).isEmpty();
            assertThat(store.dyads(DyadQuery.monthly())).isEmpty();
        }
    }
}
