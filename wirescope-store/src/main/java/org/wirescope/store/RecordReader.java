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
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
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

/** Reads one stored article and everything extracted from it back into a {@link Record}. */
final class RecordReader {

    private final Connection connection;

    RecordReader(Connection connection) {
        this.connection = connection;
    }

    Optional<Record> read(String id) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement("SELECT * FROM articles WHERE id = ?")) {
            query.setString(1, id);
            try (ResultSet row = query.executeQuery()) {
                if (!row.next()) return Optional.empty();
                Article article = article(row, captions(id));
                return Optional.of(new Record(article, actors(id), quotes(id), events(id), dates(id),
                        optional(row, "duplicate_of"), optional(row, "cluster")));
            }
        }
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

    private List<Caption> captions(String id) throws SQLException {
        List<Caption> captions = new ArrayList<>();
        try (ResultSet row = children("captions", id)) {
            while (row.next()) {
                captions.add(new Caption(row.getString("text"), optional(row, "credit")));
            }
        }
        return captions;
    }

    private List<Actor> actors(String id) throws SQLException {
        Map<String, List<TextSpan>> mentions = new LinkedHashMap<>();
        try (ResultSet row = children("mentions", id, "actor_id, idx")) {
            while (row.next()) {
                mentions.computeIfAbsent(row.getString("actor_id"), k -> new ArrayList<>())
                        .add(new TextSpan(row.getInt("span_start"), row.getInt("span_end"), row.getString("text")));
            }
        }
        List<Actor> actors = new ArrayList<>();
        try (ResultSet row = children("actors", id)) {
            while (row.next()) {
                String actorId = row.getString("actor_id");
                actors.add(new Actor(actorId, row.getString("name"), Actor.Type.valueOf(row.getString("type")),
                        optional(row, "country"), optional(row, "sector"), optional(row, "code"), optional(row, "role"),
                        mentions.getOrDefault(actorId, List.of())));
            }
        }
        return actors;
    }

    private List<Quote> quotes(String id) throws SQLException {
        List<Quote> quotes = new ArrayList<>();
        try (ResultSet row = children("quotes", id)) {
            while (row.next()) {
                Quote.Speaker speaker = new Quote.Speaker(optional(row, "speaker_actor"), row.getString("speaker_name"),
                        optional(row, "speaker_role"), textSpan(row, "speaker_mention"));
                quotes.add(new Quote(row.getString("quote_id"), row.getString("text"),
                        new Span(row.getInt("span_start"), row.getInt("span_end")),
                        Labels.parseLower(Quote.Kind.class, row.getString("kind")), speaker,
                        textSpan(row, "cue"), Relays.fromJson(row.getString("via"))));
            }
        }
        return quotes;
    }

    private List<Event> events(String id) throws SQLException {
        List<Event> events = new ArrayList<>();
        try (ResultSet row = children("events", id)) {
            while (row.next()) {
                Event.Party source = party(row, "source").orElseThrow();
                Optional<Event.Party> target = party(row, "target");
                events.add(new Event(row.getString("event_id"), source, target, row.getString("cameo"),
                        new Event.Plover(row.getString("plover_type"), optional(row, "plover_mode")),
                        row.getDouble("goldstein"), row.getInt("quad_class"), date(row, "date"),
                        Labels.parseLower(Event.Modality.class, row.getString("modality")),
                        new TextSpan(row.getInt("evidence_start"), row.getInt("evidence_end"), row.getString("evidence_text")),
                        optional(row, "quote_id"), row.getDouble("confidence")));
            }
        }
        return events;
    }

    private List<DateMention> dates(String id) throws SQLException {
        List<DateMention> dates = new ArrayList<>();
        try (ResultSet row = children("dates", id)) {
            while (row.next()) {
                dates.add(new DateMention(
                        new TextSpan(row.getInt("span_start"), row.getInt("span_end"), row.getString("text")),
                        row.getString("value"), Optional.ofNullable((Integer) row.getObject("caption"))));
            }
        }
        return dates;
    }

    private ResultSet children(String table, String articleId) throws SQLException {
        return children(table, articleId, "idx");
    }

    /** The rows of {@code table} for one article; closing the result set closes its statement. */
    private ResultSet children(String table, String articleId, String order) throws SQLException {
        PreparedStatement query = connection.prepareStatement(
                "SELECT * FROM " + table + " WHERE article_id = ? ORDER BY " + order);
        query.closeOnCompletion();
        query.setString(1, articleId);
        return query.executeQuery();
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
