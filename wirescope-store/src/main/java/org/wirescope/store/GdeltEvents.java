package org.wirescope.store;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The GDELT-style event table: tab-separated UTF-8 with a header line, one row per stored event, in
 * the column order of {@link #COLUMNS} (documented in {@code docs/export-formats.md}). Values never
 * hold a tab or a line break (they become spaces); an unknown value is an empty field.
 */
final class GdeltEvents {

    static final List<String> COLUMNS = List.of(
            "GlobalEventID", "Day", "MonthYear", "Year", "FractionDate",
            "Actor1Code", "Actor1Name", "Actor1CountryCode", "Actor1Type1Code",
            "Actor2Code", "Actor2Name", "Actor2CountryCode", "Actor2Type1Code",
            "IsRootEvent", "EventCode", "EventBaseCode", "EventRootCode", "QuadClass", "GoldsteinScale",
            "NumMentions", "NumSources", "NumArticles", "DateAdded", "SourceURL",
            "ArticleId", "EventId", "PloverType", "PloverMode", "Modality", "Confidence", "QuoteId", "Evidence");

    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd", Locale.ROOT);
    private static final DateTimeFormatter SECOND = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    /**
     * The events with the day they are on (their own date, else their article's publication date, else
     * the earliest day the article can be from), their parties' countries and sectors, and how often
     * the same event (same day, actor codes and CAMEO code) is reported: by event rows, articles and
     * outlets. An event on no known day matches no other.
     */
    private static final String SELECT = """
            WITH located AS (
                SELECT e.article_id, e.event_id, e.idx, e.source_code, e.source_name, e.target_code, e.target_name,
                       e.cameo, e.plover_type, e.plover_mode, e.goldstein, e.quad_class, e.modality, e.confidence,
                       e.quote_id, e.evidence_text,
                       coalesce(e.date, a.published_date, a.published_not_before) AS day,
                       coalesce(s.country, CASE WHEN regexp_matches(e.source_code, '^[A-Za-z]{3}')
                                                THEN upper(e.source_code[1:3]) END) AS source_country,
                       s.sector AS source_sector,
                       coalesce(t.country, CASE WHEN regexp_matches(e.target_code, '^[A-Za-z]{3}')
                                                THEN upper(e.target_code[1:3]) END) AS target_country,
                       t.sector AS target_sector,
                       CASE WHEN len(a.paragraphs) > 0 AND e.evidence_start < a.paragraphs[1][2] THEN 1 ELSE 0 END
                           AS is_root,
                       a.ingested_at, coalesce(a.source_url, a.source_uri) AS url,
                       coalesce(nullif(regexp_extract(a.source_url, '^[A-Za-z][A-Za-z0-9+.-]*://([^/?#]+)', 1), ''),
                                split_part(a.source_uri, '#', 1)) AS outlet
                FROM events e
                JOIN articles a ON a.id = e.article_id
                LEFT JOIN actors s ON s.article_id = e.article_id AND s.actor_id = e.source_actor
                LEFT JOIN actors t ON t.article_id = e.article_id AND t.actor_id = e.target_actor),
            kept AS (
                SELECT *, CASE WHEN day IS NULL THEN article_id || '/' || event_id END AS undated
                FROM located WHERE %s),
            reports AS (
                SELECT day, undated, source_code, target_code, cameo, count(*) AS mentions,
                       count(DISTINCT outlet) AS sources, count(DISTINCT article_id) AS articles
                FROM kept GROUP BY day, undated, source_code, target_code, cameo)
            SELECT k.*, r.mentions, r.sources, r.articles
            FROM kept k JOIN reports r
              ON r.day IS NOT DISTINCT FROM k.day AND r.undated IS NOT DISTINCT FROM k.undated
             AND r.source_code IS NOT DISTINCT FROM k.source_code
             AND r.target_code IS NOT DISTINCT FROM k.target_code AND r.cameo = k.cameo
            ORDER BY k.day NULLS LAST, k.article_id, k.idx""";

    private GdeltEvents() {
    }

    /** Writes the events on days {@code dates} admits into {@code file}; returns the number of rows. */
    static long write(Connection connection, Path file, DateRange dates) throws SQLException, IOException {
        long rows = 0;
        try (PreparedStatement query = connection.prepareStatement(String.format(Locale.ROOT, SELECT, dates.condition("day")));
             Writer out = new BufferedWriter(Files.newBufferedWriter(file, StandardCharsets.UTF_8), 1 << 16)) {
            dates.bind(query, 1);
            out.write(String.join("\t", COLUMNS));
            out.write('\n');
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    out.write(String.join("\t", fields(++rows, row)));
                    out.write('\n');
                }
            }
        }
        return rows;
    }

    private static List<String> fields(long id, ResultSet row) throws SQLException {
        LocalDate day = row.getObject("day", LocalDate.class);
        String cameo = row.getString("cameo");
        List<String> f = new ArrayList<>(COLUMNS.size());
        f.add(Long.toString(id));
        f.add(day == null ? "" : day.format(DAY));
        f.add(day == null ? "" : day.format(DAY).substring(0, 6));
        f.add(day == null ? "" : Integer.toString(day.getYear()));
        f.add(day == null ? "" : String.format(Locale.ROOT, "%.4f",
                day.getYear() + (day.getDayOfYear() - 1) / (double) day.lengthOfYear()));
        f.add(text(row, "source_code"));
        f.add(text(row, "source_name"));
        f.add(text(row, "source_country"));
        f.add(text(row, "source_sector"));
        f.add(text(row, "target_code"));
        f.add(text(row, "target_name"));
        f.add(text(row, "target_country"));
        f.add(text(row, "target_sector"));
        f.add(Integer.toString(row.getInt("is_root")));
        f.add(cameo);
        f.add(cameo.substring(0, Math.min(3, cameo.length())));
        f.add(cameo.substring(0, Math.min(2, cameo.length())));
        f.add(Integer.toString(row.getInt("quad_class")));
        f.add(Double.toString(row.getDouble("goldstein")));
        f.add(Long.toString(row.getLong("mentions")));
        f.add(Long.toString(row.getLong("sources")));
        f.add(Long.toString(row.getLong("articles")));
        f.add(row.getObject("ingested_at", LocalDateTime.class).format(SECOND));
        f.add(text(row, "url"));
        f.add(text(row, "article_id"));
        f.add(text(row, "event_id"));
        f.add(text(row, "plover_type"));
        f.add(text(row, "plover_mode"));
        f.add(text(row, "modality"));
        f.add(Double.toString(row.getDouble("confidence")));
        f.add(text(row, "quote_id"));
        f.add(text(row, "evidence_text"));
        return f;
    }

    /** A column's value on one line without tabs: null as empty, tabs and line breaks as spaces. */
    private static String text(ResultSet row, String column) throws SQLException {
        String value = row.getString(column);
        return value == null ? "" : value.replaceAll("[\\t\\r\\n\\u2028\\u2029]", " ");
    }
}
