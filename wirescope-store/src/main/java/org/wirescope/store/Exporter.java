package org.wirescope.store;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import org.wirescope.model.Record;
import org.wirescope.output.JsonlWriter;

/**
 * Writes the store's tables out of DuckDB: Parquet and CSV with DuckDB's own {@code COPY}, one file a
 * table; JSONL through the {@link JsonlWriter} of the output contract; the GDELT-style event table
 * row by row. The layouts are documented in {@code docs/export-formats.md}.
 */
final class Exporter {

    static final String JSONL_FILE = "articles.jsonl";
    static final String GDELT_FILE = "events.gdelt.tsv";

    /** How each table's rows are ordered in its file. */
    private static final Map<String, String> ORDER = Map.of(
            "articles", "id", "captions", "article_id, idx", "actors", "article_id, idx",
            "mentions", "article_id, actor_id, idx", "quotes", "article_id, idx", "events", "article_id, idx",
            "dates", "article_id, idx");

    private final Connection connection;
    private final RecordReader reader;
    private final String storeName;

    Exporter(Connection connection, RecordReader reader, String storeName) {
        this.connection = connection;
        this.reader = reader;
        this.storeName = storeName;
    }

    ExportSummary export(ExportFormat format, Path directory, DateRange dates) throws SQLException, IOException {
        Files.createDirectories(directory);
        Map<String, Long> rows = switch (format) {
            case PARQUET -> copyTables(directory, dates, "parquet", "FORMAT parquet");
            case CSV -> copyTables(directory, dates, "csv", "FORMAT csv, HEADER");
            case JSONL -> Map.of(JSONL_FILE, jsonl(directory.resolve(JSONL_FILE), dates));
            case GDELT -> Map.of(GDELT_FILE, GdeltEvents.write(connection, directory.resolve(GDELT_FILE), dates));
        };
        return new ExportSummary(format, directory, rows);
    }

    /** Each article table into {@code <table>.<extension>}, keeping the articles {@code dates} admits and their rows. */
    private Map<String, Long> copyTables(Path directory, DateRange dates, String extension, String options) throws SQLException {
        Map<String, Long> rows = new LinkedHashMap<>();
        for (String table : BatchWriter.ARTICLE_TABLES) {
            String file = table + "." + extension;
            String kept = table.equals("articles")
                    ? dates.condition("published_date")
                    : "article_id IN (SELECT id FROM articles WHERE " + dates.condition("published_date") + ")";
            String copy = "COPY (SELECT * FROM " + table + " WHERE " + kept + " ORDER BY " + ORDER.get(table) + ") TO "
                    + literal(directory.resolve(file)) + " (" + options + ")";
            try (PreparedStatement statement = connection.prepareStatement(copy)) {
                dates.bind(statement, 1);
                rows.put(file, (long) statement.executeUpdate());
            }
        }
        return rows;
    }

    private long jsonl(Path file, DateRange dates) throws IOException {
        long lines = 0;
        try (OutputStream out = Files.newOutputStream(file); JsonlWriter writer = JsonlWriter.to(out)) {
            Iterator<Record> records = new StoredRecords(reader, dates, storeName);
            while (records.hasNext()) {
                writer.write(records.next());
                lines++;
            }
        }
        return lines;
    }

    /** A path as an SQL string literal. */
    static String literal(Path path) {
        return "'" + path.toAbsolutePath().toString().replace("'", "''") + "'";
    }
}
