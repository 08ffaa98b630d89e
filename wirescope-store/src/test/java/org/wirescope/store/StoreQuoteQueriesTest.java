package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.Quote;
import org.wirescope.model.Record;

class StoreQuoteQueriesTest {

    @TempDir
    Path dir;

    private Path file;
    private Record budget;
    private Record fares;
    private Record docks;

    @BeforeEach
    void storeTheNewsroomOneArticleABatch() {
        file = dir.resolve("store.duckdb");
        budget = Newsroom.budget();
        fares = Newsroom.fares();
        docks = Newsroom.docks();
        try (Store store = open()) {
            Run run = store.beginRun(List.of("newsroom"), "");
            for (Record record : List.of(budget, fares, docks)) store.write(run, List.of(record), List.of());
        }
    }

    private Store open() {
        return Store.open(file, Fixtures.steppingClock(), WriteProbe.NONE);
    }

    private List<String> found(QuoteQuery query) {
        try (Store store = open()) {
            return store.quotes(query).stream().map(row -> key(row.articleId(), row.quoteId())).toList();
        }
    }

    private String key(Record record, String quoteId) {
        return key(record.id(), quoteId);
    }

    private static String key(String articleId, String quoteId) {
        return articleId + "/" + quoteId;
    }

    private static QuoteQuery all() {
        return QuoteQuery.all(100, 0);
    }

    @Test
    void listsEveryQuoteByArticleIngestThenPosition() {
        assertThat(found(all())).containsExactly(key(budget, "q1"), key(budget, "q2"),
                key(fares, "q1"), key(fares, "q2"), key(docks, "q1"));
    }

    @Test
    void carriesTheArticleSpeakerRelaysAndCueOfEachQuote() {
        try (Store store = open()) {
            List<QuoteRow> rows = store.quotes(all());

            assertThat(rows.get(0)).isEqualTo(new QuoteRow(budget.id(), "Castell defends harbour budget",
                    Optional.of(LocalDate.of(2024, 5, 6)), Optional.empty(), "q1", Quote.Kind.DIRECT,
                    "We will not cut the ferries,", "Oren Castell", Optional.of("Finance Minister"), Optional.of("p1"),
                    List.of(), Optional.of("told"), Newsroom.BUDGET.indexOf("We will not"),
                    Newsroom.BUDGET.indexOf("We will not") + "We will not cut the ferries,".length(),
                    Optional.of("oren-castell.nld")));
            assertThat(rows.get(2)).isEqualTo(new QuoteRow(fares.id(), "Ferry fares to rise",
                    Optional.empty(), Optional.of(LocalDate.of(2024, 5, 7)), "q1", Quote.Kind.INDIRECT,
                    "fares would rise in spring", "Oren Castell", Optional.of("Finance Minister"), Optional.of("p1"),
                    List.of("Radio Kestrel"), Optional.of("said"), Newsroom.FARES.indexOf("fares would"),
                    Newsroom.FARES.indexOf("fares would") + "fares would rise in spring".length(),
                    Optional.of("oren-castell.nld")));
            assertThat(rows.get(4)).isEqualTo(new QuoteRow(docks.id(), "Dockworkers doubt the budget",
                    Optional.empty(), Optional.empty(), "q1", Quote.Kind.PARTIAL, "changes nothing",
                    "Some dockworkers", Optional.empty(), Optional.empty(), List.of("local reports"), Optional.of("said"),
                    Newsroom.DOCKS.indexOf("changes nothing"), Newsroom.DOCKS.indexOf("changes nothing") + 15,
                    Optional.empty()));
        }
    }

    @Test
    void takesTheResolvedActorsRoleWhenTheQuoteGivesNone() {
        try (Store store = open()) {
            QuoteRow pronoun = store.quotes(all()).get(1);

            assertThat(pronoun.speakerName()).isEqualTo("He");
            assertThat(pronoun.role()).contains("Finance Minister");
        }
    }

    @Test
    void findsASpeakerByPartOfTheirNameInAnyCase() {
        assertThat(found(all().withSpeaker("CASTELL"))).containsExactly(key(budget, "q1"), key(budget, "q2"),
                key(fares, "q1"));
        assertThat(found(all().withSpeaker("liv sand"))).containsExactly(key(fares, "q2"));
    }

    @Test
    void findsAPronounSpeakerThroughTheActorItResolvesTo() {
        assertThat(found(all().withSpeaker("Oren"))).contains(key(budget, "q2"));
    }

    @Test
    void findsASpeakerByTheWordsThatNameThemInTheText() {
        assertThat(found(all().withSpeaker("the minister"))).containsExactly(key(fares, "q1"));
        assertThat(found(all().withSpeaker("dockworkers"))).containsExactly(key(docks, "q1"));
    }

    @Test
    void findsQuotesRelayedByAnOutlet() {
        assertThat(found(all().withVia("kestrel"))).containsExactly(key(budget, "q2"), key(fares, "q1"));
        assertThat(found(all().withVia("Local Reports"))).containsExactly(key(docks, "q1"));
        assertThat(found(all().withVia("Tasnim"))).isEmpty();
    }

    @Test
    void findsQuotesThatContainEveryWordInAnyOrder() {
        assertThat(found(all().withText("ferries cut"))).containsExactly(key(budget, "q1"));
        assertThat(found(all().withText("  SPRING   rise "))).containsExactly(key(fares, "q1"));
        assertThat(found(all().withText("rise autumn"))).isEmpty();
    }

    @Test
    void matchesTextWordsWhereAWordStarts() {
        assertThat(found(all().withText("ferr"))).containsExactly(key(budget, "q1"));
        assertThat(found(all().withText("erries"))).isEmpty();
        assertThat(found(all().withText("it,"))).containsExactly(key(fares, "q2"));
    }

    @Test
    void combinesFilters() {
        QuoteQuery castellOnKestrel = all().withSpeaker("castell").withVia("kestrel");
        assertThat(found(castellOnKestrel)).containsExactly(key(budget, "q2"), key(fares, "q1"));
        assertThat(found(castellOnKestrel.withText("spring"))).containsExactly(key(fares, "q1"));
    }

    @Test
    void takesPatternAndQuoteCharactersInFiltersLiterally() {
        assertThat(found(all().withSpeaker("%"))).isEmpty();
        assertThat(found(all().withSpeaker("_"))).isEmpty();
        assertThat(found(all().withText(".*"))).isEmpty();
        assertThat(found(all().withText("(ferries"))).isEmpty();
        assertThat(found(all().withVia("'); DROP TABLE quotes; --"))).isEmpty();
        assertThat(found(all())).hasSize(5);
    }

    @Test
    void pagesQuotesWithLimitAndOffset() {
        List<String> every = found(all());

        assertThat(found(QuoteQuery.all(2, 0))).isEqualTo(every.subList(0, 2));
        assertThat(found(QuoteQuery.all(2, 2))).isEqualTo(every.subList(2, 4));
        assertThat(found(QuoteQuery.all(2, 4))).isEqualTo(every.subList(4, 5));
        assertThat(found(QuoteQuery.all(2, 5))).isEmpty();
        assertThat(found(QuoteQuery.all(0, 0))).isEmpty();
        assertThat(found(QuoteQuery.all(1, 1).withSpeaker("castell")))
                .containsExactly(key(budget, "q2"));
    }

    @Test
    void rejectsANegativeLimitOrOffset() {
        assertThatThrownBy(() -> QuoteQuery.all(-1, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> QuoteQuery.all(1, -1)).hasMessageContaining("offset");
    }

    @Test
    void findsNothingInAnEmptyStore() {
        try (Store store = Store.open(dir.resolve("empty.duckdb"))) {
            assertThat(store.quotes(all())).isEmpty();
            assertThat(store.quotes(all().withSpeaker("castell"))).isEmpty();
        }
    }
}
