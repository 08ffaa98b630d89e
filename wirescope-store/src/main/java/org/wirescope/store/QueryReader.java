package org.wirescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirescope.model.Event;
import org.wirescope.model.Quote;

/**
 * The quote, actor, event and dyad queries behind {@link Store#quotes}, {@link Store#actors},
 * {@link Store#events} and {@link Store#dyads}. The SQL text is
 * fixed: a filter the query asks for adds one of the constant conditions below, and every value
 * the user typed is bound as a parameter.
 */
final class QueryReader {

    /** The speaker's attributed name, the resolved actor's name or the words naming the speaker. */
    private static final String SPEAKER_MATCHES = "(contains(lower(q.speaker_name), lower(?))"
            + " OR contains(lower(a.name), lower(?))"
            + " OR contains(lower(q.speaker_mention_text), lower(?)))";
    private static final String RELAY_MATCHES = "EXISTS (SELECT 1 FROM unnest(json_extract_string(q.via, '$[*].name')) AS r(name)"
            + " WHERE contains(lower(r.name), lower(?)))";
    private static final String TEXT_HAS_WORD = "regexp_matches(q.text, ?)";

    private static final String SPEAKER_IS = ActorKeys.matches("a.name", "a.country");

    /** The page is chosen first, so that the speakers' keys are computed for its rows only. */
    private static final String QUOTES = """
            WITH page AS (
                SELECT q.article_id, ar.title, ar.published_date, ar.published_not_before, q.quote_id, q.kind,
                       q.text, q.span_start, q.span_end, q.speaker_name, coalesce(q.speaker_role, a.role) AS role,
                       q.speaker_actor, q.via, q.cue_text, a.name AS actor_name, a.country AS actor_country,
                       ar.ingested_at, q.idx
                FROM quotes q
                JOIN articles ar ON ar.id = q.article_id
                LEFT JOIN actors a ON a.article_id = q.article_id AND a.actor_id = q.speaker_actor
                WHERE %%s
                ORDER BY ar.ingested_at, ar.id, q.idx
                LIMIT ? OFFSET ?)
            SELECT page.*, CASE WHEN actor_name IS NOT NULL THEN %s END AS actor_key
            FROM page
            ORDER BY ingested_at, article_id, idx""".formatted(ActorKeys.of("actor_name", "actor_country"));

    private static final String ACTORS = """
            WITH chosen AS (
                SELECT a.article_id, a.name, a.type, a.country, a.role,
                       coalesce(m.n, 0) AS mentions, coalesce(s.n, 0) AS quotes
                FROM actors a
                LEFT JOIN (SELECT article_id, actor_id, count(*) AS n FROM mentions
                           GROUP BY article_id, actor_id) m
                       ON m.article_id = a.article_id AND m.actor_id = a.actor_id
                LEFT JOIN (SELECT article_id, speaker_actor, count(*) AS n FROM quotes
                           WHERE speaker_actor IS NOT NULL GROUP BY article_id, speaker_actor) s
                       ON s.article_id = a.article_id AND s.speaker_actor = a.actor_id
                WHERE %s),
            grouped AS (
                SELECT name, type, country, count(DISTINCT article_id) AS articles,
                       sum(mentions) AS mentions, sum(quotes) AS quotes
                FROM chosen GROUP BY name, type, country),
            top_role AS (
                SELECT name, type, country, role FROM (
                    SELECT name, type, country, role, count(*) AS n FROM chosen
                    WHERE role IS NOT NULL GROUP BY name, type, country, role)
                QUALIFY row_number() OVER (PARTITION BY name, type, country ORDER BY n DESC, lower(role), role) = 1)
            SELECT g.name, g.type, g.country, t.role, g.articles, g.mentions, g.quotes
            FROM grouped g
            LEFT JOIN top_role t
                   ON t.name = g.name AND t.type = g.type AND t.country IS NOT DISTINCT FROM g.country
            ORDER BY g.quotes DESC, g.mentions DESC, g.articles DESC, g.name, g.type, g.country NULLS FIRST
            LIMIT ? OFFSET ?""";

    /** The day an event is on: its own date, else its article's publication date or lower bound. */
    private static final String EVENT_DAY = "coalesce(e.date, ar.published_date, ar.published_not_before)";
    private static final String SOURCE_CODE_STARTS = "starts_with(upper(e.source_code), upper(?))";
    private static final String TARGET_CODE_STARTS = "starts_with(upper(e.target_code), upper(?))";
    /** The same for {@code event_sides}, by the numbers of the codes that match. */
    private static final String UPPER_SOURCE_CODE_STARTS =
            "e.source_cid IN (SELECT cid FROM code_ids WHERE starts_with(code, upper(?)))";
    private static final String UPPER_TARGET_CODE_STARTS =
            "e.target_cid IN (SELECT cid FROM code_ids WHERE starts_with(code, upper(?)))";
    private static final String CAMEO_ROOT_IS = "left(e.cameo, 2) = ?";
    private static final String PLOVER_IS = "upper(e.plover_type) = upper(?)";

    private static final String MODALITY_IS = "e.modality = lower(?)";
    private static final String SOURCE_ACTOR_IS = "(e.article_id, e.event_id) IN (SELECT article_id, event_id "
            + "FROM event_sides WHERE source_kid = (SELECT kid FROM actor_key_ids WHERE key = ?))";
    private static final String TARGET_ACTOR_IS = "(e.article_id, e.event_id) IN (SELECT article_id, event_id "
            + "FROM event_sides WHERE target_kid = (SELECT kid FROM actor_key_ids WHERE key = ?))";

    /** The page is chosen first; the keys of the actors on either side are computed for its rows only. */
    private static final String EVENTS = """
            WITH page AS (
                SELECT e.article_id, ar.title, e.event_id, %1$s AS day, e.source_actor, e.source_name, e.source_code,
                       e.target_actor, e.target_name, e.target_code, e.cameo, e.plover_type, e.plover_mode,
                       e.goldstein, e.quad_class, e.modality, e.evidence_start, e.evidence_end, e.evidence_text,
                       e.quote_id, e.mediator_name, e.mediator_code, ar.ingested_at, e.idx
                FROM events e
                JOIN articles ar ON ar.id = e.article_id
                WHERE %%s
                ORDER BY day NULLS LAST, ar.ingested_at, ar.id, e.idx
                LIMIT ? OFFSET ?)
            SELECT page.*, %2$s AS source_key, %3$s AS target_key
            FROM page
            LEFT JOIN actors s ON s.article_id = page.article_id AND s.actor_id = page.source_actor
            LEFT JOIN actors t ON t.article_id = page.article_id AND t.actor_id = page.target_actor
            ORDER BY page.day NULLS LAST, page.ingested_at, page.article_id, page.idx""".formatted(EVENT_DAY,
            "CASE WHEN s.name IS NOT NULL THEN " + ActorKeys.of("s.name", "s.country") + " END",
            "CASE WHEN t.name IS NOT NULL THEN " + ActorKeys.of("t.name", "t.country") + " END");

    /**
     * {@code UNIT} stands for the period's unit, one of the fixed words of {@link DyadQuery#INTERVALS}.
     * Read from {@code event_sides}, which holds each event's day and story (see {@link EventSides});
     * an event's fingerprint within a story is its sides and CAMEO code.
     */
    private static final String DYADS = """
            WITH chosen AS (
                SELECT CAST(date_trunc('UNIT', e.day) AS DATE) AS period, e.quad_class, e.goldstein, e.article_id,
                       e.story, concat_ws('|', coalesce(e.source_code, lower(e.source_name)),
                                          coalesce(e.target_code, lower(e.target_name)), e.cameo) AS fingerprint
                FROM event_sides e
                WHERE e.day IS NOT NULL AND %s),
            per_period AS (
                SELECT period, count(DISTINCT article_id) AS reports, count(DISTINCT story) AS stories
                FROM chosen GROUP BY period)
            SELECT c.period, c.quad_class, count(*) AS events, sum(c.goldstein) AS goldstein,
                   count(DISTINCT c.article_id) AS reports, any_value(p.reports) AS period_reports,
                   count(DISTINCT c.story) AS stories, count(DISTINCT c.story || '|' || c.fingerprint) AS story_events,
                   any_value(p.stories) AS period_stories
            FROM chosen c
            JOIN per_period p ON p.period = c.period
            GROUP BY c.period, c.quad_class
            ORDER BY c.period, c.quad_class""";

    /**
     * The story a quote or event was reported in, as {@code event_sides.story}: its article's
     * near-duplicate cluster (the id of the cluster's first article), else the article it copies, else
     * the article itself.
     */
    static final String STORY = "coalesce(ar.cluster, ar.duplicate_of, ar.id)";

    private static final String QUOTE_COUNTS = """
            SELECT count(*) AS rows, count(DISTINCT q.article_id) AS reports, count(DISTINCT %s) AS stories
            FROM quotes q
            JOIN articles ar ON ar.id = q.article_id
            LEFT JOIN actors a ON a.article_id = q.article_id AND a.actor_id = q.speaker_actor
            WHERE %%s""".formatted(STORY);

    private static final String EVENT_COUNTS = """
            SELECT count(*) AS rows, count(DISTINCT e.article_id) AS reports, count(DISTINCT %s) AS stories
            FROM events e
            JOIN articles ar ON ar.id = e.article_id
            WHERE %%s""".formatted(STORY);

    private final Connection connection;

    QueryReader(Connection connection) {
        this.connection = connection;
    }

    List<QuoteRow> quotes(QuoteQuery query) throws SQLException {
        Where where = quoteFilters(query);
        try (PreparedStatement statement = where.prepare(connection, QUOTES, query.limit(), query.offset());
             ResultSet row = statement.executeQuery()) {
            List<QuoteRow> rows = new ArrayList<>();
            while (row.next()) {
                List<String> via = new ArrayList<>();
                for (Quote.Relay relay : Relays.fromJson(row.getString("via"))) via.add(relay.name());
                rows.add(new QuoteRow(row.getString("article_id"), row.getString("title"),
                        date(row, "published_date"), date(row, "published_not_before"), row.getString("quote_id"),
                        Labels.parseLower(Quote.Kind.class, row.getString("kind")), row.getString("text"),
                        row.getString("speaker_name"), optional(row, "role"), optional(row, "speaker_actor"),
                        via, optional(row, "cue_text"), row.getInt("span_start"), row.getInt("span_end"),
                        optional(row, "actor_key")));
            }
            return List.copyOf(rows);
        }
    }

    List<ActorRow> actors(ActorQuery query) throws SQLException {
        Where where = new Where();
        query.name().ifPresent(part -> where.add("contains(lower(a.name), lower(?))", part));
        query.type().ifPresent(type -> where.add("upper(a.type) = upper(?)", type));
        query.country().ifPresent(iso3 -> where.add("upper(a.country) = upper(?)", iso3));
        try (PreparedStatement statement = where.prepare(connection, ACTORS, query.limit(), query.offset());
             ResultSet row = statement.executeQuery()) {
            List<ActorRow> rows = new ArrayList<>();
            while (row.next()) {
                rows.add(new ActorRow(row.getString("name"), row.getString("type"), optional(row, "country"),
                        optional(row, "role"), row.getLong("articles"), row.getLong("mentions"), row.getLong("quotes")));
            }
            return List.copyOf(rows);
        }
    }

    List<EventRow> events(EventQuery query) throws SQLException {
        Where where = eventFilters(query);
        try (PreparedStatement statement = where.prepare(connection, EVENTS, query.limit(), query.offset());
             ResultSet row = statement.executeQuery()) {
            List<EventRow> rows = new ArrayList<>();
            while (row.next()) {
                rows.add(new EventRow(row.getString("article_id"), row.getString("title"), row.getString("event_id"),
                        date(row, "day"), row.getString("source_name"), optional(row, "source_code"),
                        optional(row, "target_name"), optional(row, "target_code"), row.getString("cameo"),
                        row.getString("plover_type"), optional(row, "plover_mode"), row.getDouble("goldstein"),
                        row.getInt("quad_class"), Labels.parseLower(Event.Modality.class, row.getString("modality")),
                        row.getString("evidence_text"), optional(row, "quote_id"), row.getInt("evidence_start"),
                        row.getInt("evidence_end"), optional(row, "source_key"), optional(row, "target_key"),
                        optional(row, "mediator_name"), optional(row, "mediator_code")));
            }
            return List.copyOf(rows);
        }
    }

    List<DyadPeriod> dyads(DyadQuery query) throws SQLException {
        Where where = query.bothWays() ? eitherWay(query.source(), query.target(), query.from(), query.to(),
                UPPER_SOURCE_CODE_STARTS, UPPER_TARGET_CODE_STARTS, "e.day")
                : eventFilters(query.source(), query.target(), query.from(), query.to(), UPPER_SOURCE_CODE_STARTS,
                        UPPER_TARGET_CODE_STARTS, "e.day");
        String unit = DyadQuery.INTERVALS.stream().filter(query.interval()::equals).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such interval: " + query.interval()));
        try (PreparedStatement statement = where.prepare(connection, DYADS.replace("UNIT", unit));
             ResultSet row = statement.executeQuery()) {
            List<DyadPeriod> rows = new ArrayList<>();
            while (row.next()) {
                rows.add(new DyadPeriod(row.getObject("period", LocalDate.class), row.getInt("quad_class"),
                        row.getLong("events"), row.getDouble("goldstein"), row.getLong("reports"),
                        row.getLong("period_reports"), row.getLong("stories"), row.getLong("story_events"),
                        row.getLong("period_stories")));
            }
            return List.copyOf(rows);
        }
    }

    /** Every quote {@code query} matches, whatever its page, counted as quotes, reports and stories. */
    StoryCounts quoteCounts(QuoteQuery query) throws SQLException {
        return counts(quoteFilters(query), QUOTE_COUNTS);
    }

    /** Every event {@code query} matches, whatever its page, counted as events, reports and stories. */
    StoryCounts eventCounts(EventQuery query) throws SQLException {
        return counts(eventFilters(query), EVENT_COUNTS);
    }

    private StoryCounts counts(Where where, String sql) throws SQLException {
        try (PreparedStatement statement = where.prepare(connection, sql);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return new StoryCounts(row.getLong("rows"), row.getLong("reports"), row.getLong("stories"));
        }
    }

    /** The filters of {@link #quotes} and {@link #quoteCounts}, over {@code quotes q} and the speaker's {@code actors a}. */
    private static Where quoteFilters(QuoteQuery query) {
        Where where = new Where();
        query.speaker().ifPresent(name -> where.add(SPEAKER_MATCHES, name, name, name));
        query.via().ifPresent(outlet -> where.add(RELAY_MATCHES, outlet));
        query.text().ifPresent(words -> {
            for (String word : words.strip().split("\\s+")) {
                if (!word.isEmpty()) where.add(TEXT_HAS_WORD, WordPattern.startingAWord(word));
            }
        });
        query.actor().ifPresent(key -> where.add(SPEAKER_IS, ActorKeys.parameters(key)));
        return where;
    }

    /** The filters of {@link #events} and {@link #eventCounts}, over {@code events e} and its {@code articles ar}. */
    private static Where eventFilters(EventQuery query) {
        Where where = query.bothWays()
                ? eitherWay(query.source(), query.target(), query.from(), query.to(), SOURCE_CODE_STARTS, TARGET_CODE_STARTS, EVENT_DAY)
                : eventFilters(query.source(), query.target(), query.from(), query.to(), SOURCE_CODE_STARTS,
                        TARGET_CODE_STARTS, EVENT_DAY);
        query.root().ifPresent(root -> where.add(CAMEO_ROOT_IS, root.strip()));
        query.plover().ifPresent(type -> where.add(PLOVER_IS, type.strip()));
        query.modality().ifPresent(modality -> where.add(MODALITY_IS, modality.strip()));
        query.sourceActor().ifPresent(key -> where.add(SOURCE_ACTOR_IS, key));
        query.targetActor().ifPresent(key -> where.add(TARGET_ACTOR_IS, key));
        return where;
    }

    /**
     * The filters events and dyads share: the sides by the start of their codes (the conditions
     * {@code sourceStarts} and {@code targetStarts}), and the days, {@code day} being the SQL of an
     * event's day.
     */
    private static Where eventFilters(Optional<String> source, Optional<String> target, Optional<LocalDate> from,
                                      Optional<LocalDate> to, String sourceStarts, String targetStarts, String day) {
        Where where = new Where();
        source.ifPresent(code -> where.add(sourceStarts, code.strip()));
        target.ifPresent(code -> where.add(targetStarts, code.strip()));
        from.ifPresent(first -> where.add(day + " >= CAST(? AS DATE)", first.toString()));
        to.ifPresent(last -> where.add(day + " <= CAST(? AS DATE)", last.toString()));
        return where;
    }

    /**
     * The filters of a dyad counted both ways: the events from one side to the other or back, or, with
     * one side only, the events it is on either end of; then the days as in {@link #eventFilters}.
     */
    private static Where eitherWay(Optional<String> source, Optional<String> target, Optional<LocalDate> from,
                                   Optional<LocalDate> to, String sourceStarts, String targetStarts, String day) {
        Where where = eventFilters(Optional.empty(), Optional.empty(), from, to, sourceStarts, targetStarts, day);
        if (source.isPresent() && target.isPresent()) {
            String a = source.get().strip();
            String b = target.get().strip();
            where.add("((" + sourceStarts + " AND " + targetStarts + ") OR (" + sourceStarts + " AND " + targetStarts + "))",
                    a, b, b, a);
        } else if (source.isPresent() || target.isPresent()) {
            String side = source.or(() -> target).get().strip();
            where.add("(" + sourceStarts + " OR " + targetStarts + ")", side, side);
        }
        return where;
    }

    private static Optional<String> optional(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }

    private static Optional<LocalDate> date(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getObject(column, LocalDate.class));
    }
}
