package org.wirescope.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.util.LinkedHashMap;
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
 * Reads stored articles and everything extracted from them back into {@link Record}s: one by id (two
 * queries: the article's row, then all its rows of the other tables rendered as JSON in one union),
 * or all of them a page at a time in id order (one query per table a page, not one per article).
 */
final class RecordReader {

    private final Connection connection;

    RecordReader(Connection connection) {
        this.connection = connection;
    }

    /**
     * Every row of one article in the other tables, each as JSON with its table's part name, the
     * actor it belongs to (mentions) and its place; actors with their key across articles.
     */
    private static final String PARTS = """
            SELECT 'caption' AS part, '' AS owner, idx, to_json(x)::VARCHAR AS row, NULL AS key
            FROM captions x WHERE article_id = $1
            UNION ALL
            SELECT 'actor', '', idx, to_json(x)::VARCHAR, %s FROM actors x WHERE article_id = $1
            UNION ALL
            SELECT 'mention', actor_id, idx, to_json(x)::VARCHAR, NULL FROM mentions x WHERE article_id = $1
            UNION ALL
            SELECT 'quote', '', idx, to_json(x)::VARCHAR, NULL FROM quotes x WHERE article_id = $1
            UNION ALL
            SELECT 'event', '', idx, to_json(x)::VARCHAR, NULL FROM events x WHERE article_id = $1
            UNION ALL
            SELECT 'date', '', idx, to_json(x)::VARCHAR, NULL FROM dates x WHERE article_id = $1
            ORDER BY part, owner, idx""".formatted(ActorKeys.of("x.name", "x.country"));

    private static final ObjectMapper JSON = new ObjectMapper();

    /**
     * Article {@code id} with the keys of its actors, in two queries whatever the article holds, with
     * statements from {@code statements}.
     */
    static Optional<StoredArticle> readWithKeys(StatementCache statements, String id) throws SQLException {
        List<Caption> captions = new ArrayList<>();
        List<Columns> actorRows = new ArrayList<>();
        Map<String, String> keys = new LinkedHashMap<>();
        Map<String, List<TextSpan>> mentions = new HashMap<>();
        List<Quote> quotes = new ArrayList<>();
        List<Event> events = new ArrayList<>();
        List<DateMention> dates = new ArrayList<>();
        PreparedStatement partsQuery = statements.prepared(PARTS);
        partsQuery.setString(1, id);
        try (ResultSet row = partsQuery.executeQuery()) {
            while (row.next()) {
                Columns columns = Columns.of(parse(row.getString("row")));
                switch (row.getString("part")) {
                    case "caption" -> captions.add(caption(columns));
                    case "actor" -> {
                        actorRows.add(columns);
                        keys.put(columns.string("actor_id"), row.getString("key"));
                    }
                    case "mention" -> mentions.computeIfAbsent(row.getString("owner"), k -> new ArrayList<>())
                            .add(mention(columns));
                    case "quote" -> quotes.add(quote(columns));
                    case "event" -> events.add(event(columns));
                    case "date" -> dates.add(dateMention(columns));
                    default -> throw new SQLException("unknown part " + row.getString("part"));
                }
            }
        }
        List<Actor> actors = new ArrayList<>(actorRows.size());
        for (Columns columns : actorRows) {
            actors.add(actor(columns, mentions.getOrDefault(columns.string("actor_id"), List.of())));
        }
        PreparedStatement articleQuery = statements.prepared("SELECT * FROM articles WHERE id = ?");
        articleQuery.setString(1, id);
        try (ResultSet row = articleQuery.executeQuery()) {
            if (!row.next()) return Optional.empty();
            return Optional.of(new StoredArticle(new Record(article(row, captions), actors, quotes, events, dates,
                    optional(row, "duplicate_of"), optional(row, "cluster")), keys));
        }
    }

    private static JsonNode parse(String json) throws SQLException {
        try {
            return JSON.readTree(json);
        } catch (JsonProcessingException e) {
            throw new SQLException("a stored row did not read back as JSON: " + e.getOriginalMessage(), e);
        }
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
        Map<String, List<Caption>> captions = grouped("captions", first, last, "idx", RecordReader::caption);
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
                        .add(mention(Columns.of(row)));
            }
        }
        return grouped("actors", first, last, "idx", row -> actor(row,
                mentions.getOrDefault(row.string("article_id"), Map.of()).getOrDefault(row.string("actor_id"), List.of())));
    }

    private static Caption caption(Columns row) throws SQLException {
        return new Caption(row.string("text"), optional(row, "credit"));
    }

    private static TextSpan mention(Columns row) throws SQLException {
        return new TextSpan(row.integer("span_start"), row.integer("span_end"), row.string("text"));
    }

    private static Actor actor(Columns row, List<TextSpan> mentions) throws SQLException {
        return new Actor(row.string("actor_id"), row.string("name"), Actor.Type.valueOf(row.string("type")),
                optional(row, "country"), optional(row, "sector"), optional(row, "code"), optional(row, "role"), mentions);
    }

    private static Quote quote(Columns row) throws SQLException {
        Quote.Speaker speaker = new Quote.Speaker(optional(row, "speaker_actor"), row.string("speaker_name"),
                optional(row, "speaker_role"), textSpan(row, "speaker_mention"));
        return new Quote(row.string("quote_id"), row.string("text"),
                new Span(row.integer("span_start"), row.integer("span_end")),
                Labels.parseLower(Quote.Kind.class, row.string("kind")), speaker,
                textSpan(row, "cue"), Relays.fromJson(row.string("via")));
    }

    private static Event event(Columns row) throws SQLException {
        Event.Party source = party(row, "source").orElseThrow();
        Optional<Event.Party> target = party(row, "target");
        return new Event(row.string("event_id"), source, target, party(row, "mediator"), row.string("cameo"),
                new Event.Plover(row.string("plover_type"), optional(row, "plover_mode")),
                row.real("goldstein"), row.integer("quad_class"), Optional.ofNullable(row.day("date")),
                Labels.parseLower(Event.Modality.class, row.string("modality")),
                new TextSpan(row.integer("evidence_start"), row.integer("evidence_end"), row.string("evidence_text")),
                optional(row, "quote_id"), row.real("confidence"));
    }

    private static DateMention dateMention(Columns row) throws SQLException {
        return new DateMention(new TextSpan(row.integer("span_start"), row.integer("span_end"), row.string("text")),
                row.string("value"), Optional.ofNullable(row.integer("caption")));
    }

    /** The rows of {@code table} for the articles from {@code first} to {@code last}, mapped and grouped by article. */
    private <T> Map<String, List<T>> grouped(String table, String first, String last, String order, RowMapper<T> mapper)
            throws SQLException {
        Map<String, List<T>> byArticle = new HashMap<>();
        try (PreparedStatement query = children(table, first, last, order);
             ResultSet row = query.executeQuery()) {
            while (row.next()) {
                byArticle.computeIfAbsent(row.getString("article_id"), k -> new ArrayList<>()).add(mapper.map(Columns.of(row)));
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
        T map(Columns row) throws SQLException;
    }

    private static Optional<String> optional(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    private static Optional<String> optional(Columns row, String column) throws SQLException {
        return Optional.ofNullable(row.string(column));
    }

    /** Three columns {@code <prefix>_actor}, {@code _name} and {@code _code}: a party, or nothing when the name is null. */
    private static Optional<Event.Party> party(Columns row, String prefix) throws SQLException {
        String name = row.string(prefix + "_name");
        if (name == null) return Optional.empty();
        return Optional.of(new Event.Party(optional(row, prefix + "_actor"), name, optional(row, prefix + "_code")));
    }

    private static Optional<LocalDate> date(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, LocalDate.class));
    }

    /** Three columns {@code <prefix>_start}, {@code _end} and {@code _text}: a span, or nothing when they are null. */
    private static Optional<TextSpan> textSpan(Columns row, String prefix) throws SQLException {
        String text = row.string(prefix + "_text");
        if (text == null) return Optional.empty();
        return Optional.of(new TextSpan(row.integer(prefix + "_start"), row.integer(prefix + "_end"), text));
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
