package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.Article;
import org.wirescope.model.ArticleIds;
import org.wirescope.model.Record;
import org.wirescope.model.Source;
import org.wirescope.output.JsonlWriter;

class StoreExportTest {

    private static final Path DOCS = Path.of("..", "docs", "export-formats.md");

    @TempDir
    Path dir;

    private Path db;
    private List<Record> records;

    @BeforeEach
    void storeArticlesWithEveryKindOfRow() {
        db = dir.resolve("news.duckdb");
        records = List.of(Fixtures.fullRecord(), syndicated(), Fixtures.smallRecord(1), Fixtures.smallRecord(2),
                Newsroom.budget(), Newsroom.fares());
        try (Store store = Store.open(db)) {
            store.write(store.beginRun(List.of("fixtures/"), ""), records, List.of());
        }
    }

    @Test
    void parquetFilesReadBackWithTheSameRowCountsPerTable() throws Exception {
        ExportSummary summary = export(ExportFormat.PARQUET, DateRange.ALL);

        Map<String, Long> stored = rowCounts();
        assertThat(summary.rows().keySet()).containsExactly("articles.parquet", "captions.parquet", "actors.parquet",
                "mentions.parquet", "quotes.parquet", "events.parquet", "dates.parquet");
        for (String table : BatchWriter.ARTICLE_TABLES) {
            Path file = summary.directory().resolve(table + ".parquet");
            long read = Long.parseLong(Sql.inMemory("SELECT count(*) FROM read_parquet('" + file + "')").get(0).get(0));
            assertThat(read).as(table).isEqualTo(stored.get(table)).isEqualTo(summary.rows().get(table + ".parquet"));
        }
        assertThat(stored.get("events")).isEqualTo(2 + 1 + 1 + 1);
    }

    @Test
    void parquetKeepsListsAndDates() throws Exception {
        Path articles = export(ExportFormat.PARQUET, DateRange.ALL).directory().resolve("articles.parquet");

        List<String> row = Sql.inMemory("SELECT published_date, paragraphs[2][1], byline[1] FROM read_parquet('"
                + articles + "') WHERE id = '" + Fixtures.fullRecord().id() + "'").get(0);

        assertThat(row).containsExactly("2024-03-05", Integer.toString(Fixtures.FIRST.length() + 2), "Ana Ruiz");
    }

    @Test
    void csvFilesRoundTripTextsWithLineBreaksQuotesAndJson() throws Exception {
        ExportSummary summary = export(ExportFormat.CSV, DateRange.ALL);
        Path out = summary.directory();

        assertThat(Sql.inMemory("SELECT text FROM read_csv('" + out.resolve("articles.csv") + "', header = true) WHERE id = '"
                + Fixtures.fullRecord().id() + "'")).containsExactly(List.of(Fixtures.TEXT));
        assertThat(Sql.inMemory("SELECT via FROM read_csv('" + out.resolve("quotes.csv") + "', header = true, all_varchar = true) "
                + "WHERE article_id = '" + Fixtures.fullRecord().id() + "' AND quote_id = 'q1'").get(0).get(0))
                .contains("Radio Lakeside").contains("local reports");
        Map<String, Long> stored = rowCounts();
        for (String table : BatchWriter.ARTICLE_TABLES) {
            Path file = out.resolve(table + ".csv");
            long read = Long.parseLong(Sql.inMemory("SELECT count(*) FROM read_csv('" + file + "', header = true)").get(0).get(0));
            assertThat(read).as(table).isEqualTo(stored.get(table));
        }
    }

    @Test
    void jsonlIsTheOutputContractOneLinePerArticleInIdOrder() throws Exception {
        ExportSummary summary = export(ExportFormat.JSONL, DateRange.ALL);

        List<String> lines = Files.readAllLines(summary.directory().resolve("articles.jsonl"), StandardCharsets.UTF_8);

        List<String> expected = records.stream().sorted(Comparator.comparing(Record::id)).map(JsonlWriter::line).toList();
        assertThat(lines).isEqualTo(expected);
        assertThat(summary.rows()).containsExactly(Map.entry("articles.jsonl", (long) records.size()));
    }

    @Test
    void gdeltTableHasTheDocumentedHeaderAndOneRowPerEvent() throws Exception {
        ExportSummary summary = export(ExportFormat.GDELT, DateRange.ALL);

        List<String> lines = Files.readAllLines(summary.directory().resolve("events.gdelt.tsv"), StandardCharsets.UTF_8);

        assertThat(List.of(lines.get(0).split("\t"))).isEqualTo(documentedGdeltColumns());
        assertThat(lines).hasSize(1 + 5);
        assertThat(lines.subList(1, lines.size())).allSatisfy(line ->
                assertThat(line.split("\t", -1)).hasSize(documentedGdeltColumns().size()));
        assertThat(summary.rows()).containsExactly(Map.entry("events.gdelt.tsv", 5L));
    }

    @Test
    void gdeltRowsCarryDayCodesCountryAndReportCounts() throws Exception {
        Path file = export(ExportFormat.GDELT, DateRange.ALL).directory().resolve("events.gdelt.tsv");

        Map<String, String> delay = gdeltRows(file).stream()
                .filter(row -> row.get("ArticleId").equals(Fixtures.fullRecord().id()) && row.get("EventId").equals("e1"))
                .findFirst().orElseThrow();

        assertThat(delay).containsEntry("Day", "20240305").containsEntry("MonthYear", "202403").containsEntry("Year", "2024")
                .containsEntry("Actor1Code", "USAGOV").containsEntry("Actor1Name", "Lakeside harbor council")
                .containsEntry("Actor1CountryCode", "USA").containsEntry("Actor1Type1Code", "GOV")
                .containsEntry("Actor2Code", "").containsEntry("Actor2Name", "ferry operators")
                .containsEntry("IsRootEvent", "1").containsEntry("EventCode", "0831")
                .containsEntry("EventBaseCode", "083").containsEntry("EventRootCode", "08")
                .containsEntry("QuadClass", "1").containsEntry("GoldsteinScale", "5.0")
                .containsEntry("NumMentions", "2").containsEntry("NumArticles", "2").containsEntry("NumSources", "2")
                .containsEntry("SourceURL", "https://news.example/harbor").containsEntry("PloverType", "ACCEPT")
                .containsEntry("Modality", "negated").containsEntry("Evidence", Fixtures.FIRST);
        assertThat(delay.get("FractionDate")).startsWith("2024.17");
        assertThat(delay.get("DateAdded")).matches("\\d{14}");
    }

    @Test
    void gdeltDayFallsBackToTheArticleDateAndIsEmptyWhenNoneIsKnown() throws Exception {
        Path file = export(ExportFormat.GDELT, DateRange.ALL).directory().resolve("events.gdelt.tsv");
        List<Map<String, String>> rows = gdeltRows(file);

        assertThat(rows).filteredOn(row -> row.get("ArticleId").equals(Fixtures.fullRecord().id()) && row.get("EventId").equals("e2"))
                .extracting(row -> row.get("Day")).containsExactly("20240305");
        assertThat(rows).filteredOn(row -> row.get("ArticleId").equals(Fixtures.smallRecord(1).id()))
                .extracting(row -> row.get("Day") + "|" + row.get("Year") + "|" + row.get("NumMentions") + "|"
                        + row.get("NumArticles")).containsExactly("||1|1");
        assertThat(rows).last().extracting(row -> row.get("Day")).isEqualTo("");
        assertThat(rows).extracting(row -> row.get("GlobalEventID")).containsExactly("1", "2", "3", "4", "5");
    }

    @Test
    void gdeltFileReadsBackInDuckDbWithoutQuoting() throws Exception {
        Path file = export(ExportFormat.GDELT, DateRange.ALL).directory().resolve("events.gdelt.tsv");

        List<List<String>> read = Sql.inMemory("SELECT count(*), count(DISTINCT Evidence) FROM read_csv('" + file
                + "', delim = '\\t', quote = '', escape = '', header = true, all_varchar = true)");

        assertThat(read).containsExactly(List.of("5", "4"));
    }

    @Test
    void tableExportsKeepTheArticlesPublishedInTheRangeWithAllTheirRows() throws Exception {
        ExportSummary summary = export(ExportFormat.PARQUET, DateRange.between(LocalDate.of(2024, 5, 1), LocalDate.of(2024, 5, 31)));

        assertThat(summary.rows()).containsEntry("articles.parquet", 1L).containsEntry("quotes.parquet", 2L)
                .containsEntry("events.parquet", 0L).containsEntry("captions.parquet", 0L);
        assertThat(Sql.inMemory("SELECT id FROM read_parquet('" + summary.directory().resolve("articles.parquet") + "')"))
                .containsExactly(List.of(Newsroom.budget().id()));
    }

    @Test
    void gdeltKeepsTheEventsOnDaysInTheRange() throws Exception {
        ExportSummary summary = export(ExportFormat.GDELT,
                new DateRange(Optional.of(LocalDate.of(2024, 3, 5)), Optional.empty()));

        assertThat(summary.rows()).containsEntry("events.gdelt.tsv", 3L);
    }

    @Test
    void jsonlKeepsTheArticlesPublishedInTheRange() throws Exception {
        ExportSummary summary = export(ExportFormat.JSONL,
                new DateRange(Optional.empty(), Optional.of(LocalDate.of(2024, 3, 31))));

        assertThat(Files.readAllLines(summary.directory().resolve("articles.jsonl"))).hasSize(2);
    }

    @Test
    void exportingAgainReplacesTheFiles() throws Exception {
        export(ExportFormat.CSV, DateRange.ALL);
        ExportSummary again = export(ExportFormat.CSV, DateRange.between(LocalDate.of(2024, 5, 6), LocalDate.of(2024, 5, 6)));

        assertThat(Sql.inMemory("SELECT count(*) FROM read_csv('" + again.directory().resolve("articles.csv") + "', header = true)"))
                .containsExactly(List.of("1"));
    }

    /** The full record again under another title (so another id), from another outlet: the same event reported twice. */
    private static Record syndicated() {
        Record full = Fixtures.fullRecord();
        Article a = full.article();
        String title = "Ferry vote delayed in Lakeside";
        Article copy = new Article(ArticleIds.of(title, a.text()), new Source("file:fixtures/radio.txt#1", Source.Format.TEXT,
                Optional.of("https://radio.example/lakeside/ferry-vote"), Optional.empty()), title, a.published(), a.language(),
                a.byline(), List.of(), a.text(), a.paragraphs(), a.rawMap());
        return new Record(copy, full.actors(), full.quotes(), List.of(full.events().get(0)), List.of(),
                Optional.empty(), Optional.empty());
    }

    private ExportSummary export(ExportFormat format, DateRange dates) {
        try (Store store = Store.open(db)) {
            return store.export(format, dir.resolve("out-" + format.label()), dates);
        }
    }

    private Map<String, Long> rowCounts() {
        try (Store store = Store.open(db)) {
            return store.rowCounts();
        }
    }

    private static List<Map<String, String>> gdeltRows(Path file) throws IOException {
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        String[] header = lines.get(0).split("\t");
        List<Map<String, String>> rows = new ArrayList<>();
        for (String line : lines.subList(1, lines.size())) {
            String[] values = line.split("\t", -1);
            Map<String, String> row = new LinkedHashMap<>();
            for (int i = 0; i < header.length; i++) row.put(header[i], values[i]);
            rows.add(row);
        }
        return rows;
    }

    /** The column names of the GDELT table in docs/export-formats.md, in the documented order. */
    private static List<String> documentedGdeltColumns() throws IOException {
        String docs = Files.readString(DOCS, StandardCharsets.UTF_8);
        Matcher row = Pattern.compile("(?m)^\\| (\\d+) \\| `(\\w+)` \\|").matcher(docs);
        List<String> columns = new ArrayList<>();
        while (row.find()) {
            assertThat(Integer.parseInt(row.group(1))).isEqualTo(columns.size() + 1);
            columns.add(row.group(2));
        }
        return columns;
    }
}
