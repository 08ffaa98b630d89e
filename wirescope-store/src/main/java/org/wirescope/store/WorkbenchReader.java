package org.wirescope.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * The queries that look at actors across articles, by their {@link ActorKeys key}: the actor
 * listing, one actor's profile and the network of who acts on whom. As in {@link QueryReader}, the
 * SQL text is fixed and every value is bound as a parameter.
 */
final class WorkbenchReader {

    private static final String ARTICLE_DAY = "coalesce(ar.published_date, ar.published_not_before)";

    private static final String LISTING = """
            WITH chosen AS (
                SELECT a.article_id, a.actor_id, a.name, a.type, a.country, a.role FROM actors a WHERE %%s),
            named AS (
                SELECT d.name, d.country, %1$s AS key FROM (SELECT DISTINCT name, country FROM chosen) d),
            counted AS (
                SELECT n.key, c.article_id, c.name, c.type, c.country, c.role, coalesce(m.n, 0) AS mentions,
                       coalesce(q.n, 0) AS quotes, coalesce(s.n, 0) + coalesce(t.n, 0) AS events
                FROM chosen c
                JOIN named n ON n.name = c.name AND n.country IS NOT DISTINCT FROM c.country
                LEFT JOIN (SELECT article_id, actor_id, count(*) AS n FROM mentions GROUP BY ALL) m
                       ON m.article_id = c.article_id AND m.actor_id = c.actor_id
                LEFT JOIN (SELECT article_id, speaker_actor AS actor_id, count(*) AS n FROM quotes
                           WHERE speaker_actor IS NOT NULL GROUP BY ALL) q
                       ON q.article_id = c.article_id AND q.actor_id = c.actor_id
                LEFT JOIN (SELECT article_id, source_actor AS actor_id, count(*) AS n FROM events
                           WHERE source_actor IS NOT NULL GROUP BY ALL) s
                       ON s.article_id = c.article_id AND s.actor_id = c.actor_id
                LEFT JOIN (SELECT article_id, target_actor AS actor_id, count(*) AS n FROM events
                           WHERE target_actor IS NOT NULL GROUP BY ALL) t
                       ON t.article_id = c.article_id AND t.actor_id = c.actor_id)
            SELECT key, mode(name) AS name, mode(type) AS type, any_value(country) AS country, mode(role) AS role,
                   count(DISTINCT article_id) AS articles, sum(mentions) AS mentions, sum(quotes) AS quotes,
                   sum(events) AS events
            FROM counted
            GROUP BY key
            ORDER BY quotes DESC, mentions DESC, articles DESC, key
            LIMIT ? OFFSET ?""".formatted(ActorKeys.of("d.name", "d.country"));

    /** The spellings of one key's name: its country, then the key, are bound. */
    private static final String NAMES_OF_KEY = """
            SELECT k.name FROM (SELECT DISTINCT name, country FROM actors WHERE coalesce(lower(country), '') = ?) k
            WHERE %s = ?
            ORDER BY k.name""".formatted(ActorKeys.of("k.name", "k.country"));

    /** {@code NAMES} stands for one parameter per spelling, after the country's. */
    private static final String MINE = """
            WITH mine AS (
                SELECT article_id, actor_id, name, type, country, code, role FROM actors
                WHERE coalesce(lower(country), '') = ? AND name IN (NAMES))
            """;

    private static final String PROFILE = MINE + """
            SELECT mode(name) AS name, mode(type) AS type, any_value(country) AS country,
                   count(DISTINCT article_id) AS articles,
                   (SELECT count(*) FROM mentions x JOIN mine m
                        ON x.article_id = m.article_id AND x.actor_id = m.actor_id) AS mentions,
                   (SELECT count(*) FROM quotes x JOIN mine m
                        ON x.article_id = m.article_id AND x.speaker_actor = m.actor_id) AS quotes,
                   (SELECT count(*) FROM event_sides WHERE source_kid = (SELECT kid FROM actor_key_ids WHERE key = ?)) AS as_source,
                   (SELECT count(*) FROM event_sides WHERE target_kid = (SELECT kid FROM actor_key_ids WHERE key = ?)) AS as_target
            FROM mine""";

    private static final String TALLIES = MINE + """
            SELECT 'name' AS what, name AS value, count(DISTINCT article_id) AS articles FROM mine GROUP BY name
            UNION ALL
            SELECT 'role', role, count(DISTINCT article_id) FROM mine WHERE role IS NOT NULL GROUP BY role
            UNION ALL
            SELECT 'code', code, count(DISTINCT article_id) FROM mine WHERE code IS NOT NULL GROUP BY code
            ORDER BY what, articles DESC, value""";

    /** {@code UNIT} stands for one of the fixed words of {@link DyadQuery#INTERVALS}. */
    private static final String TIMELINE = MINE + """
            , happenings AS (
                SELECT CAST(date_trunc('UNIT', %1$s) AS DATE) AS period, 'article' AS what, m.article_id
                FROM mine m JOIN articles ar ON ar.id = m.article_id
                UNION ALL
                SELECT CAST(date_trunc('UNIT', %1$s) AS DATE), 'quote', m.article_id
                FROM quotes q JOIN mine m ON q.article_id = m.article_id AND q.speaker_actor = m.actor_id
                JOIN articles ar ON ar.id = m.article_id
                UNION ALL
                SELECT CAST(date_trunc('UNIT', day) AS DATE), 'source', article_id FROM event_sides
                WHERE source_kid = (SELECT kid FROM actor_key_ids WHERE key = ?)
                UNION ALL
                SELECT CAST(date_trunc('UNIT', day) AS DATE), 'target', article_id FROM event_sides
                WHERE target_kid = (SELECT kid FROM actor_key_ids WHERE key = ?))
            SELECT period, count(DISTINCT article_id) FILTER (WHERE what = 'article') AS articles,
                   count(*) FILTER (WHERE what = 'quote') AS quotes,
                   count(*) FILTER (WHERE what = 'source') AS as_source,
                   count(*) FILTER (WHERE what = 'target') AS as_target
            FROM happenings
            WHERE period IS NOT NULL
            GROUP BY period
            ORDER BY period""".formatted(ARTICLE_DAY);

    /**
     * Events between two resolved actors, from {@code pair_days} (see {@link EventSides}): the day's
     * counts per pair of numbered actor keys, summed over the days asked for. Self loops (an actor acting on
     * itself) are left out; node totals count every edge, not only the heaviest ones returned; a
     * node's name, type and country are those of its first stored actor.
     */
    private static final String NETWORK = """
            WITH pairs AS (
                SELECT source_kid, target_kid, CAST(sum(events) AS BIGINT) AS events, sum(goldstein) AS goldstein,
                       CAST(sum(conflict) AS BIGINT) AS conflict
                FROM pair_days e
                WHERE %s
                GROUP BY source_kid, target_kid),
            top AS (
                SELECT * FROM pairs ORDER BY events DESC, source_kid, target_kid LIMIT ?),
            ends AS (
                SELECT source_kid AS kid FROM top UNION SELECT target_kid FROM top),
            totals AS (
                SELECT e.kid, coalesce(o.n, 0) AS as_source, coalesce(i.n, 0) AS as_target
                FROM ends e
                LEFT JOIN (SELECT source_kid, sum(events) AS n FROM pairs GROUP BY source_kid) o ON o.source_kid = e.kid
                LEFT JOIN (SELECT target_kid, sum(events) AS n FROM pairs GROUP BY target_kid) i ON i.target_kid = e.kid)
            SELECT * FROM (
                SELECT 'edge' AS row_kind, ks.key AS source, kt.key AS target, t.events, t.goldstein, t.conflict,
                       NULL AS name, NULL AS type, NULL AS country, 0 AS as_source, 0 AS as_target, 0 AS activity
                FROM top t
                JOIN actor_key_ids ks ON ks.kid = t.source_kid
                JOIN actor_key_ids kt ON kt.kid = t.target_kid
                UNION ALL
                SELECT 'node', k.key, NULL, 0, 0, 0, k.name, k.type, k.country, t.as_source, t.as_target,
                       t.as_source + t.as_target
                FROM totals t JOIN actor_key_ids k ON k.kid = t.kid)
            ORDER BY row_kind, events DESC, activity DESC, source, target""";

    private final Connection connection;

    WorkbenchReader(Connection connection) {
        this.connection = connection;
    }

    List<ActorListing> listing(ActorQuery query) throws SQLException {
        Where where = new Where();
        query.name().ifPresent(part -> where.add("contains(lower(a.name), lower(?))", part));
        query.type().ifPresent(type -> where.add("upper(a.type) = upper(?)", type));
        query.country().ifPresent(iso3 -> where.add("upper(a.country) = upper(?)", iso3));
        try (PreparedStatement statement = where.prepare(connection, LISTING, query.limit(), query.offset());
             ResultSet row = statement.executeQuery()) {
            List<ActorListing> rows = new ArrayList<>();
            while (row.next()) {
                rows.add(new ActorListing(row.getString("key"), row.getString("name"), row.getString("type"),
                        optional(row, "country"), optional(row, "role"), row.getLong("articles"),
                        row.getLong("mentions"), row.getLong("quotes"), row.getLong("events")));
            }
            return List.copyOf(rows);
        }
    }

    Optional<ActorProfile> profile(String key, String interval) throws SQLException {
        if (!ActorKeys.wellFormed(key)) return Optional.empty();
        String unit = DyadQuery.INTERVALS.stream().filter(interval::equals).findFirst()
                .orElseThrow(() -> new IllegalArgumentException("no such interval: " + interval));
        List<String> names = namesOf(key);
        if (names.isEmpty()) return Optional.empty();
        List<String> parameters = new ArrayList<>();
        parameters.add(ActorKeys.country(key));
        parameters.addAll(names);
        String placeholders = String.join(", ", Collections.nCopies(names.size(), "?"));
        List<String> withKey = new ArrayList<>(parameters);
        withKey.add(key);
        withKey.add(key);

        Map<String, List<ActorProfile.Tally>> tallies = new LinkedHashMap<>();
        for (String what : List.of("name", "role", "code")) tallies.put(what, new ArrayList<>());
        try (PreparedStatement statement = prepare(TALLIES.replace("NAMES", placeholders), parameters);
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                tallies.get(row.getString("what")).add(new ActorProfile.Tally(row.getString("value"), row.getLong("articles")));
            }
        }
        List<ActorProfile.Period> timeline = new ArrayList<>();
        try (PreparedStatement statement = prepare(TIMELINE.replace("NAMES", placeholders).replace("UNIT", unit), withKey);
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                timeline.add(new ActorProfile.Period(row.getObject("period", LocalDate.class), row.getLong("articles"),
                        row.getLong("quotes"), row.getLong("as_source"), row.getLong("as_target")));
            }
        }
        try (PreparedStatement statement = prepare(PROFILE.replace("NAMES", placeholders), withKey);
             ResultSet row = statement.executeQuery()) {
            row.next();
            return Optional.of(new ActorProfile(key, row.getString("name"), row.getString("type"),
                    optional(row, "country"), tallies.get("name"), tallies.get("role"), tallies.get("code"),
                    row.getLong("articles"), row.getLong("mentions"), row.getLong("quotes"),
                    row.getLong("as_source"), row.getLong("as_target"), timeline));
        }
    }

    Network network(NetworkQuery query) throws SQLException {
        Where where = new Where();
        query.from().ifPresent(day -> where.add("e.day >= CAST(? AS DATE)", day.toString()));
        query.to().ifPresent(day -> where.add("e.day <= CAST(? AS DATE)", day.toString()));
        List<Network.Node> nodes = new ArrayList<>();
        List<Network.Edge> edges = new ArrayList<>();
        try (PreparedStatement statement = where.prepare(connection, NETWORK, query.limit());
             ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                if (row.getString("row_kind").equals("edge")) {
                    edges.add(new Network.Edge(row.getString("source"), row.getString("target"), row.getLong("events"),
                            row.getDouble("goldstein"), row.getLong("conflict")));
                } else {
                    nodes.add(new Network.Node(row.getString("source"), row.getString("name"), row.getString("type"),
                            optional(row, "country"), row.getLong("as_source"), row.getLong("as_target")));
                }
            }
        }
        return new Network(nodes, edges);
    }

    private List<String> namesOf(String key) throws SQLException {
        try (PreparedStatement statement = connection.prepareStatement(NAMES_OF_KEY)) {
            statement.setString(1, ActorKeys.country(key));
            statement.setString(2, key);
            List<String> names = new ArrayList<>();
            try (ResultSet row = statement.executeQuery()) {
                while (row.next()) names.add(row.getString(1));
            }
            return names;
        }
    }

    private PreparedStatement prepare(String sql, List<String> parameters) throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        try {
            for (int i = 0; i < parameters.size(); i++) statement.setString(i + 1, parameters.get(i));
            return statement;
        } catch (SQLException | RuntimeException e) {
            statement.close();
            throw e;
        }
    }

    private static Optional<String> optional(ResultSet row, String column) throws SQLException {
        return Optional.ofNullable(row.getString(column));
    }
}
