package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.events.codebook.CameoCode;
import org.wirescope.events.codebook.CameoCodebook;
import org.wirescope.model.Actor;
import org.wirescope.model.DateMention;
import org.wirescope.model.Event;
import org.wirescope.model.Quote;
import org.wirescope.model.Record;
import org.wirescope.model.Span;
import org.wirescope.model.TextSpan;
import org.wirescope.output.JsonlWriter;
import org.wirescope.store.search.SearchRequest;

class SyntheticStoreTest {

    private static final SyntheticStore.Size SMALL = new SyntheticStore.Size(120, 1000, 7);

    @TempDir
    Path dir;

    @Test
    void buildsTheAskedNumbersOfArticlesQuotesAndEventsWithTheirIndex() {
        List<Long> progress = new ArrayList<>();

        SyntheticStore.Report report = SyntheticStore.generate(dir.resolve("bench.duckdb"), SMALL, progress::add);

        assertThat(report.articles()).isEqualTo(120);
        assertThat(report.quotes()).isEqualTo(120);
        assertThat(report.events()).isEqualTo(1000);
        assertThat(report.documents()).isEqualTo(120 + 120 + 1000);
        assertThat(progress).last().isEqualTo(1240L);
        try (Store store = Store.open(dir.resolve("bench.duckdb"))) {
            assertThat(store.rowCounts()).containsEntry("actors", 480L).containsEntry("dates", 120L)
                    .containsEntry("event_sides", 1000L).containsEntry("runs", 1L);
            assertThat(store.search(SearchRequest.of("kind:event", 1)).total()).isEqualTo(1000);
            assertThat(store.search(SearchRequest.of("cameo:13 country:IRN", 5)).total()).isPositive();
        }
    }

    @Test
    void spreadsEventsEvenlyOverArticlesAlsoWhenFewerThanArticles() {
        SyntheticStore.Report report = SyntheticStore.generate(dir.resolve("sparse.duckdb"), new SyntheticStore.Size(50, 20, 1), n -> { });

        assertThat(report.events()).isEqualTo(20);
        try (Store store = Store.open(dir.resolve("sparse.duckdb"))) {
            List<Integer> perArticle = everyRecord(store).stream().map(record -> record.events().size()).toList();
            assertThat(perArticle).containsOnly(0, 1);
            assertThat(perArticle.stream().mapToInt(Integer::intValue).sum()).isEqualTo(20);
        }
    }

    @Test
    void everySpanPointsAtTheTextItNames() {
        SyntheticStore.generate(dir.resolve("bench.duckdb"), SMALL, n -> { });

        try (Store store = Store.open(dir.resolve("bench.duckdb"))) {
            for (Record record : everyRecord(store)) {
                String text = record.article().text();
                for (Span paragraph : record.article().paragraphs()) assertThat(paragraph.in(text)).isNotBlank();
                for (Actor actor : record.actors()) {
                    for (TextSpan mention : actor.mentions()) assertCovers(text, mention);
                }
                for (Quote quote : record.quotes()) {
                    assertThat(quote.span().in(text)).isEqualTo(quote.text());
                    quote.speaker().mention().ifPresent(mention -> assertCovers(text, mention));
                    quote.cue().ifPresent(cue -> assertCovers(text, cue));
                    assertThat(text).contains("\"" + quote.text() + ",\" said");
                }
                for (Event event : record.events()) assertCovers(text, event.evidence());
                for (DateMention date : record.dates()) assertCovers(text, date.mention());
            }
        }
    }

    @Test
    void eventsCarryTheCodebooksValuesForTheirCode() {
        SyntheticStore.generate(dir.resolve("bench.duckdb"), SMALL, n -> { });

        Set<String> codes = new TreeSet<>();
        try (Store store = Store.open(dir.resolve("bench.duckdb"))) {
            for (Record record : everyRecord(store)) {
                for (Event event : record.events()) {
                    CameoCode code = CameoCodebook.standard().get(event.cameo()).orElseThrow();
                    assertThat(event.goldstein()).isEqualTo(code.goldstein());
                    assertThat(event.quadClass()).isEqualTo(code.quadClass());
                    assertThat(event.plover()).isEqualTo(code.plover());
                    assertThat(event.evidence().text()).contains(code.name().toLowerCase(java.util.Locale.ROOT));
                    codes.add(event.cameo());
                }
            }
        }
        assertThat(codes).hasSizeGreaterThan(100);
    }

    @Test
    void spreadsPublicationDaysOverSeveralYears() {
        SyntheticStore.generate(dir.resolve("bench.duckdb"), SMALL, n -> { });

        try (Store store = Store.open(dir.resolve("bench.duckdb"))) {
            Set<Integer> years = new TreeSet<>();
            for (Record record : everyRecord(store)) {
                years.add(record.article().published().date().orElseThrow().getYear());
            }
            assertThat(years).containsAnyOf(2021, 2022).contains(2023).hasSizeGreaterThanOrEqualTo(4);
        }
    }

    @Test
    void theSameSizeAndSeedBuildTheSameStore() {
        SyntheticStore.generate(dir.resolve("one.duckdb"), SMALL, n -> { });
        SyntheticStore.generate(dir.resolve("two.duckdb"), SMALL, n -> { });
        SyntheticStore.generate(dir.resolve("other.duckdb"), new SyntheticStore.Size(120, 1000, 8), n -> { });

        List<String> one = lines(dir.resolve("one.duckdb"));
        assertThat(lines(dir.resolve("two.duckdb"))).isEqualTo(one);
        assertThat(lines(dir.resolve("other.duckdb"))).isNotEqualTo(one);
    }

    @Test
    void refusesToOverwriteAnExistingFile() throws Exception {
        Path existing = Files.writeString(dir.resolve("notes.duckdb"), "keep me");

        assertThatThrownBy(() -> SyntheticStore.generate(existing, SMALL, n -> { }))
                .isInstanceOf(StoreException.class).hasMessageContaining("already exists");
        assertThat(existing).hasContent("keep me");
    }

    private static void assertCovers(String text, TextSpan span) {
        assertThat(text.substring(span.start(), span.end())).isEqualTo(span.text());
    }

    private static List<Record> everyRecord(Store store) {
        List<Record> records = new ArrayList<>();
        for (ArticleSummary summary : store.articles(10_000, 0)) {
            Optional<Record> record = store.article(summary.id());
            records.add(record.orElseThrow());
        }
        return records;
    }

    private static List<String> lines(Path db) {
        try (Store store = Store.open(db)) {
            return everyRecord(store).stream().map(JsonlWriter::line).sorted().toList();
        }
    }
}
