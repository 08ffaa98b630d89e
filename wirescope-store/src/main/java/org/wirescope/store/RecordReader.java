package org.wirescope.store;

import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wirescope.model.Actor;
import org.wirescope.model.Article;
import org.wirescope.model.Caption;
import org.wirescope.model.DateMention;
import org.wirescope.model.Event;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.Quote;
import org.wirescope.model.Record;
import org.wirescope.model.Source;
import org.wirescope.model.Span;
import org.wirescope.model.TextSpan;

/**
 * Reads stored articles and everything extracted from them back into {@link Record}s: one by id, or
 * all of them a page at a time in id order (one query per table a page, not one per article).
 */
final class RecordReader {

    private final Connection connection;

    RecordReader(Connection connection) {
        this.connection = connection;
    }

    Optional<Record> read(String id) throws SQLException {
        List<Record> one = assemble(List.of(id));
        return one.isEmpty() ? Optional.empty() : Optional.of(one.get(0));
    }

    /**
     * Up to {@code size} records whose article ids come after {@code afterId} ({@code null}: from the
     * first) and whose articles {@code dates} admits, in id order.
     */
    List<Record> page(String afterId, int size, DateRange dates) throws SQLException {
        List<String> ids = new ArrayList<>(size);
        try (PreparedStatement query = connection.prepareStatement("SELECT id FROM articles WHERE id > ? AND "
                + dates.condition("published_date") + " ORDER BY id LIMIT ?")) {
            query.setString(1, afterId == null ? "" : afterId);
            int next = dates.bind(query, 2);
            query.setInt(next, size);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) ids.add(row.getString(1));
            }
        }
        return ids.isEmpty() ? List.of() : assemble(ids);
    }

    /** The records of {@code ids} (sorted), reading each table once for the id range they span. */
    private List<Record> assemble(List<String> ids) throws SQLException {
        String first = ids.get(0);
        String last = ids.get(ids.size() - 1);
        Map<String, List<Caption>> captions = grouped("captions", first, last, "idx",
                row -> new Caption(row.getString("text"), optional(row, "credit")));
        Map<String, List<Actor>> actors = actors(first, last);
        Map<String, List<Quote>> quotes = grouped("quotes", first, last, "idx", RecordReader::quote);
        Map<String, List<Event>> events = grouped("events", first, last, "idx", RecordReader::event);
        Map<String, List<DateMention>> dates = grouped("dates", first, last, "idx", RecordReader::dateMention);
        Set<String> wanted = new HashSet<>(ids);
        List<Record> records = new ArrayList<>(ids.size());
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM articles WHERE " + idRange("id", first, last) + " ORDER BY id")) {
            bindRange(query, first, last);
            try (ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    String id = row.getString("id");
                    if (!wanted.contains(id)) continue;
                    Article article = article(row, captions.getOrDefault(id, List.of()));
                    records.add(new Record(article, actors.getOrDefault(id, List.of()), quotes.getOrDefault(id, List.of()),
                            events.getOrDefault(id, List.of()), dates.getOrDefault(id, List.of()),
                            optional(row, "duplicate_of"), optional(row, "cluster")));
                }
            }
        }
        return records;
    }

    private static Article article(ResultSet row, List<Caption> captions) throws SQLException {
        Source source = new Source(row.getString("source_uri"),
                Labels.parseLower(Source.Format.class, row.getString("source_format")),
                optional(row, "source_url"), optional(row, "source_id"),
                Optional.ofNullable(row.getObject("source_fetched", LocalDateTime.class)).map(t -> t.toInstant(ZoneOffset.UTC)));
        Published published = new Published(date(row, "published_date"), date(row, "published_not_before"),
                date(row, "published_not_after"), row.getString("published_how"), optional(row, "published_evidence"));
        List<Span> paragraphs = new ArrayList<>();
        for (int[] pair : intLists(row.getArray("paragraphs"))) {
            paragraphs.add(new Span(pair[0], pair[1]));
        }
        List<int[]> triples = intLists(row.getArray("raw_map"));
        int[][] runs = new int[3][triples.size()];
        for (int i = 0; i < triples.size(); i++) {
            for (int k = 0; k < 3; k++) {
                runs[k][i] = triples.get(i)[k];
            }
        }
        List<String> byline = new ArrayList<>();
        for (Object name : (Object[]) row.getArray("byline").getArray()) {
            byline.add((String) name);
        }
        return new Article(row.getString("id"), source, row.getString("title"), published,
                optional(row, "language"), byline, captions, row.getString("text"), paragraphs,
                OffsetMap.fromRuns(runs, row.getInt("raw_map_length")));
    }

    private Map<String, List<Actor>> actors(String first, String last) throws SQLException {
        Map<String, Map<String, List<TextSpan>>> mentions = new HashMap<>();
        try (PreparedStatement query = children("mentions", first, last, "actor_id, idx");
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                mentions.computeIfAbsent(row.getString("article_id"), k -> new HashMap<>())
                        .computeIfAbsent(row.getString("actor_id"), k -> new ArrayList<>())
                        .add(new TextSpan(row.getInt("span_start"), row.getInt("span_end"), row.getString("text")));
            }
        }
        return grouped("actors", first, last, "idx", row -> {
            String actorId = row.getString("actor_id");
            List<TextSpan> spans = mentions.getOrDefault(row.getString("article_id"), Map.of()).getOrDefault(actorId, List.of());
            return new Actor(actorId, row.getString("name"), Actor.Type.valueOf(row.getString("type")),
                    optional(row, "country"), optional(row, "sector"), optional(row, "code"), optional(row, "role"), spans);
        });
    }

    private static Quote quote(ResultSet row) throws SQLException {
        Quote.Speaker speaker = new Quote.Speaker(optional(row, "speaker_actor"), row.getString("speaker_name"),
                optional(row, "speaker_role"), textSpan(row, "speaker_mention"));
        return new Quote(row.getString("quote_id"), row.getString("text"),
                new Span(row.getInt("span_start"), row.getInt("span_end")),
                Labels.parseLower(Quote.Kind.class, row.getString("kind")), speaker,
                textSpan(row, "cue"), Relays.fromJson(row.getString("via")));
    }

    private static Event event(ResultSet row) throws SQLException {
        Event.Party source = party(row, "source").orElseThrow();
        Optional<Event.Party> target = party(row, "target");
        return new Event(row.getString("event_id"), source, target, party(row, "mediator"), row.getString("cameo"),
                new Event.Plover(row.getString("plover_type"), optional(row, "plover_mode")),
                row.getDouble("goldstein"), row.getInt("quad_class"), date(row, "date"),
                Labels.parseLower(Event.Modality.class, row.getString("modality")),
                new TextSpan(row.getInt("evidence_start"), row.getInt("evidence_end"), row.getString("evidence_text")),
                optional(row, "quote_id"), row.getDouble("confidence"));
    }

    private static DateMention dateMention(ResultSet row) throws SQLException {
        return new DateMention(new TextSpan(row.getInt("span_start"), row.getInt("span_end"), row.getString("text")),
                row.getString("value"), Optional.ofNullable((Integer) row.getObject("caption")));
    }

    /** The rows of {@code table} for the articles from {@code first} to {@code last}, mapped and grouped by article. */
    private <T> Map<String, List<T>> grouped(String table, String first, String last, String order, RowMapper<T> mapper)
            throws SQLException {
        Map<String, List<T>> byArticle = new HashMap<>();
        try (PreparedStatement query = children(table, first, last, order);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                byArticle.computeIfAbsent(row.getString("article_id"), k -> new ArrayList<>()).add(mapper.map(row));
            }
        }
        return byArticle;
    }

    private PreparedStatement children(String table, String first, String last, String order) throws SQLException {
        PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM " + table + " WHERE " + idRange("article_id", first, last) + " ORDER BY article_id, " + order);
        bindRange(query, first, last);
        return query;
    }

    /**
     * The ids from {@code first} to {@code last}: for one id an equality, which DuckDB answers from
     * the article_id index (schema 2), where a range would scan the table.
     */
    private static String idRange(String column, String first, String last) {
        return first.equals(last) ? column + " = ?" : column + " BETWEEN ? AND ?";
    }

    private static void bindRange(PreparedStatement query, String first, String last) throws SQLException {
        query.setString(1, first);
        if (!first.equals(last)) query.setString(2, last);
    }

    @FunctionalInterface
    private interface RowMapper<T> {
        T map(ResultSet row) throws SQLException;
    }

    private static Optional<String> optional(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    /** Three columns {@code <prefix>_actor}, {@code _name} and {@code _code}: a party, or nothing when the name is null. */
    private static Optional<Event.Party> party(ResultSet row, String prefix) throws SQLException {
        String name = row.getString(prefix + "_name");
        if (name == null) return Optional.empty();
        return Optional.of(new Event.Party(optional(row, prefix + "_actor"), name, optional(row, prefix + "_code")));
    }

    private static Optional<LocalDate> date(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, LocalDate.class));
    }

    /** Three columns {@code <prefix>_start}, {@code _end} and {@code _text}: a span, or nothing when they are null. */
    private static Optional<TextSpan> textSpan(ResultSet row, String prefix) throws SQLException {
        String text = row.getString(prefix + "_text");
        if (text == null) return Optional.empty();
        return Optional.of(new TextSpan(row.getInt(prefix + "_start"), row.getInt(prefix + "_end"), text));
    }

    /** An {@code INTEGER[][]} column as one {@code int[]} per inner list. */
    private static List<int[]> intLists(Array column) throws SQLException {
        List<int[]> lists = new ArrayList<>();
        for (Object inner : (Object[]) column.getArray()) {
            Object[] values = (Object[]) ((Array) inner).getArray();
            int[] ints = new int[values.length];
            for (int i = 0; i < values.length; i++) {
                ints[i] = ((Number) values[i]).intValue();
            }
            lists.add(ints);
        }
        return lists;
    }
}
