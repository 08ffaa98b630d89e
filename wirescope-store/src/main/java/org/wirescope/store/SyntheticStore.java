package org.wirescope.store;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.function.LongConsumer;
import java.util.stream.Collectors;
import org.wirescope.events.codebook.CameoCode;
import org.wirescope.events.codebook.CameoCodebook;
import org.wirescope.store.search.SearchIndex;

/**
 * Builds a large made-up store for load tests, fast: the tables are filled by DuckDB itself
 * ({@code INSERT … SELECT … FROM range(n)}), not by the pipeline, then the full-text index is built
 * from them. The same size and seed give the same store.
 *
 * <pre>{@code
 * SyntheticStore.Report report = SyntheticStore.generate(Path.of("bench.duckdb"),
 *         new SyntheticStore.Size(100_000, 1_000_000, 7), documents -> { });
 * }</pre>
 *
 * <p>Each article reads like a short wire story: a lead sentence that is its first event ("Iran
 * threaten with military force United States on Friday, officials said."), a filler sentence of
 * news words, a direct quote of a made-up official relayed by a made-up outlet, then a paragraph
 * with its other events. Every article has four actors (two countries, the speaker, the outlet)
 * with mentions at their true offsets, one quote, a date mention, and a caption one time in three;
 * events have valid CAMEO codes with their Goldstein value, QuadClass and PLOVER type from the
 * codebook, and publication days spread over five years from 2021.
 */
public final class SyntheticStore {

    /** The size of the store to build: {@code events} are spread as evenly as possible over {@code articles}. */
    public record Size(int articles, int events, long seed) {
        public Size {
            if (articles < 1) throw new IllegalArgumentException("articles must be >= 1, was " + articles);
            if (events < 0) throw new IllegalArgumentException("events must be >= 0, was " + events);
        }
    }

    /**
     * What was built.
     *
     * @param tableSeconds time to fill the tables
     * @param indexSeconds time to build the full-text index
     */
    public record Report(long articles, long quotes, long events, long documents, double tableSeconds, double indexSeconds) {
    }

    private static final String RUN_ID = "bench-store";
    /** The codes events are drawn from: every code of the codebook below the twenty roots. */
    private static final List<CameoCode> CAMEO_CODES = CameoCodebook.standard().all().stream()
            .filter(code -> !code.isRoot()).toList();
    private static final int DAYS = 5 * 365;

    private static final List<String> COUNTRIES = List.of(
            "USA|United States", "IRN|Iran", "CHN|China", "RUS|Russia", "GBR|United Kingdom", "FRA|France",
            "DEU|Germany", "ISR|Israel", "UKR|Ukraine", "TUR|Turkey", "SAU|Saudi Arabia", "IND|India",
            "PAK|Pakistan", "JPN|Japan", "KOR|South Korea", "PRK|North Korea", "BRA|Brazil", "EGY|Egypt",
            "NGA|Nigeria", "ZAF|South Africa", "MEX|Mexico", "IRQ|Iraq", "SYR|Syria", "QAT|Qatar");

    /** Made-up officials: name, country, role, sector. */
    private static final List<String> PEOPLE = List.of(
            "Mara Voss|USA|Secretary of State|GOV", "Oren Castell|GBR|Finance Minister|GOV",
            "Ilse Marren|DEU|Defence Minister|MIL", "Paul Drouet|FRA|Foreign Minister|GOV",
            "Reza Kalani|IRN|Parliament Speaker|LEG", "Lin Zhaowen|CHN|Ministry spokesperson|GOV",
            "Pavel Orlin|RUS|Deputy Foreign Minister|GOV", "Noa Sheffer|ISR|National Security Adviser|GOV",
            "Taras Hlib|UKR|Presidential aide|GOV", "Selim Arkan|TUR|Trade Minister|GOV",
            "Faisal Rahmi|SAU|Energy Minister|GOV", "Anika Rao|IND|External Affairs Minister|GOV",
            "Imran Qadri|PAK|Army spokesman|MIL", "Kenji Arata|JPN|Chief Cabinet Secretary|GOV",
            "Min-seo Park|KOR|Unification Minister|GOV", "Ri Chol-jin|PRK|Vice Foreign Minister|GOV",
            "Lucia Ferraz|BRA|Foreign Minister|GOV", "Omar Hafez|EGY|Foreign Ministry spokesman|GOV",
            "Ada Okoro|NGA|Information Minister|GOV", "Thabo Mkhize|ZAF|Defence Minister|MIL",
            "Elena Ruiz|MEX|Interior Minister|GOV", "Hadi Saleem|IRQ|Oil Minister|GOV",
            "Karim Nassar|SYR|Opposition leader|OPP", "Hamad Al-Sayed|QAT|Mediator|GOV");

    /** Made-up outlets: name, host. */
    private static final List<String> OUTLETS = List.of(
            "Harbor Wire|harborwire.example", "Radio Tessel|radiotessel.example", "Daily Meridian|meridian.example",
            "Northgate News|northgate.example", "Capital Ledger|ledger.example", "Coastline Post|coastline.example",
            "Evening Courier|courier.example", "Summit Times|summit.example");

    private static final List<String> WORDS = List.of((
            "government minister officials talks agreement border security council election parliament vote "
            + "economy trade sanctions oil gas prices market inflation budget tax reform court ruling protest "
            + "police army troops ceasefire attack missile drone strike port harbour ferry shipping route "
            + "exports imports deal summit meeting delegation envoy embassy statement report spokesman "
            + "president prime leader party coalition opposition campaign rally crisis aid refugees camp "
            + "hospital school water power grid storm flood drought harvest farmers workers union wages "
            + "factory plant energy nuclear inspectors program weapons navy coast guard patrol waters island "
            + "pipeline bank loan debt currency investors growth forecast quarter year month week weekend "
            + "morning evening night capital city region province village district north south east west "
            + "new old long short high low strong weak early late first last further fresh renewed joint "
            + "public private local national regional global foreign domestic military civilian official "
            + "said told warned urged called asked agreed denied rejected accepted signed planned expected "
            + "announced confirmed reported demanded promised threatened proposed delayed resumed extended").split(" "));

    private SyntheticStore() {
    }

    /**
     * Builds the store in {@code dbFile} (which must not exist yet) and its full-text index beside it.
     *
     * @param indexed told the number of documents indexed so far, now and then
     * @throws StoreException when the file exists or a step fails (what was written is then removed)
     */
    public static Report generate(Path dbFile, Size size, LongConsumer indexed) {
        Objects.requireNonNull(dbFile, "dbFile");
        Objects.requireNonNull(size, "size");
        Objects.requireNonNull(indexed, "indexed");
        Path file = dbFile.toAbsolutePath().normalize();
        if (Files.exists(file)) {
            throw new StoreException("store " + file + " already exists; the bench store is built into a new file");
        }
        String name = "store " + file;
        try {
            Files.createDirectories(file.getParent());
            long start = System.nanoTime();
            try (Connection connection = DriverManager.getConnection("jdbc:duckdb:" + file)) {
                Migrations.migrate(connection, name, Clock.systemUTC().instant());
                fill(connection, size);
                EventSides.align(connection);
                double tableSeconds = (System.nanoTime() - start) / 1e9;
                long indexStart = System.nanoTime();
                long documents;
                try (SearchIndex index = SearchIndex.open(SearchIndex.besideDatabase(file))) {
                    documents = index.rebuild(new StoredRecords(new RecordReader(connection), DateRange.ALL, name), indexed);
                }
                return new Report(count(connection, "articles"), count(connection, "quotes"), count(connection, "events"),
                        documents, tableSeconds, (System.nanoTime() - indexStart) / 1e9);
            }
        } catch (SQLException | IOException | RuntimeException e) {
            removeQuietly(file, e);
            if (e instanceof StoreException storeException) throw storeException;
            throw new StoreException(name + ": cannot build the bench store: " + e.getMessage(), e);
        }
    }

    private static void fill(Connection connection, Size size) throws SQLException {
        try (Statement sql = connection.createStatement()) {
            sql.execute("CREATE TEMP TABLE bench_countries AS SELECT * FROM (VALUES " + rows(COUNTRIES) + ") t(n, iso, name)");
            sql.execute("CREATE TEMP TABLE bench_people AS SELECT * FROM (VALUES " + rows(PEOPLE) + ") t(n, name, iso, role, sector)");
            sql.execute("CREATE TEMP TABLE bench_outlets AS SELECT * FROM (VALUES " + rows(OUTLETS) + ") t(n, name, host)");
            sql.execute("CREATE TEMP TABLE bench_cameo (n INTEGER, code VARCHAR, name VARCHAR, goldstein DOUBLE, "
                    + "quad INTEGER, plover_type VARCHAR, plover_mode VARCHAR)");
            insertCodebook(connection);
            // The word list is a column of a one-row table joined where phrases are made, and its length a
            // constant: a list literal, or len(vocab), inside the lambda costs a copy of the list per word.
            sql.execute("CREATE TEMP TABLE bench_vocab AS SELECT [" + WORDS.stream().map(SyntheticStore::quoted)
                    .collect(Collectors.joining(", ")) + "] AS vocab");
            sql.execute("CREATE TEMP MACRO phrase(vocab, h, n) AS array_to_string(list_transform(range(n::BIGINT), "
                    + "j -> vocab[1 + (hash(h, j) % " + WORDS.size() + ")::BIGINT]), ' ')");
            sql.execute("CREATE TEMP MACRO capitalized(s) AS upper(s[1]) || s[2:]");
            for (String statement : statements(size)) {
                sql.execute(statement);
            }
        }
    }

    private static void insertCodebook(Connection connection) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement("INSERT INTO bench_cameo VALUES (?, ?, ?, ?, ?, ?, ?)")) {
            int n = 0;
            for (CameoCode code : CAMEO_CODES) {
                insert.setInt(1, n++);
                insert.setString(2, code.code());
                insert.setString(3, code.name().toLowerCase(Locale.ROOT));
                insert.setDouble(4, code.goldstein());
                insert.setInt(5, code.quadClass());
                insert.setString(6, code.ploverType());
                insert.setString(7, code.ploverMode().orElse(null));
                insert.addBatch();
            }
            insert.executeBatch();
        }
    }

    /**
     * The statements that fill the tables. Article {@code i} holds events
     * {@code ceil(i·m/n)} to {@code ceil((i+1)·m/n) - 1}; event {@code e} belongs to article {@code e·n/m}.
     */
    private static List<String> statements(Size size) {
        long n = size.articles();
        long m = size.events();
        long seed = size.seed();
        String h = "hash(i, " + seed + ", ";
        String articles = """
                CREATE TEMP TABLE bench_a AS
                WITH base AS (
                    SELECT i,
                           'a-' || lpad(lower(to_hex(%1$s'id'))), 16, '0') AS id,
                           %1$s'c1') %% 24 AS c1n,
                           (%1$s'c1') %% 24 + 1 + %1$s'c2') %% 23) %% 24 AS c2n,
                           %1$s'p') %% 24 AS pn,
                           %1$s'o') %% 8 AS outlet_n,
                           DATE '2021-01-01' + (%1$s'day') %% %2$d)::INTEGER AS published,
                           ((i + 1) * %3$d + %4$d - 1) // %4$d - (i * %3$d + %4$d - 1) // %4$d AS event_count,
                           (i * %3$d + %4$d - 1) // %4$d AS first_event
                    FROM range(%4$d) r(i))
                SELECT b.*, c1.iso AS c1_iso, c1.name AS c1_name, c2.iso AS c2_iso, c2.name AS c2_name,
                       p.name AS p_name, p.iso AS p_iso, p.role AS p_role, p.sector AS p_sector,
                       o.name AS o_name, o.host AS o_host
                FROM base b
                JOIN bench_countries c1 ON c1.n = b.c1n JOIN bench_countries c2 ON c2.n = b.c2n
                JOIN bench_people p ON p.n = b.pn JOIN bench_outlets o ON o.n = b.outlet_n"""
                .formatted(h, DAYS, m, n);
        String events = """
                CREATE TEMP TABLE bench_e AS
                WITH placed AS (
                    SELECT e, a.*, e - a.first_event AS k,
                           CASE WHEN (e - a.first_event) %% 5 = 3 THEN 'p1'
                                WHEN (e - a.first_event) %% 2 = 0 THEN 'c1' ELSE 'c2' END AS src,
                           (hash(e, %1$d, 'cameo') %% %4$d)::INTEGER AS cameo_n
                    FROM (SELECT e, (e * %3$d) // %2$d AS article FROM range(%2$d) r(e)) owned
                    JOIN bench_a a ON a.i = owned.article),
                parties AS (
                    SELECT placed.*, cm.code AS cameo, cm.name AS cameo_name, cm.goldstein, cm.quad,
                           cm.plover_type, cm.plover_mode,
                           CASE src WHEN 'c1' THEN c1_name WHEN 'c2' THEN c2_name ELSE p_name END AS src_name,
                           CASE src WHEN 'c1' THEN c1_iso WHEN 'c2' THEN c2_iso ELSE p_iso || p_sector END AS src_code,
                           CASE src WHEN 'c1' THEN 'c2' ELSE 'c1' END AS tgt,
                           CASE src WHEN 'c1' THEN c2_name ELSE c1_name END AS tgt_name,
                           CASE src WHEN 'c1' THEN c2_iso ELSE c1_iso END AS tgt_code
                    FROM placed JOIN bench_cameo cm ON cm.n = placed.cameo_n),
                sentences AS (
                    SELECT parties.*,
                           src_name || ' ' || cameo_name || ' ' || tgt_name || ' on ' || dayname(published)
                               || ', officials said.' AS sentence,
                           length(src_name) + 1 + length(cameo_name) + 1 AS tgt_at
                    FROM parties)
                SELECT *,
                       coalesce(sum(CASE WHEN k >= 1 THEN length(sentence) + 1 ELSE 0 END) OVER (PARTITION BY i ORDER BY k
                           ROWS BETWEEN UNBOUNDED PRECEDING AND 1 PRECEDING), 0) AS at_in_p3
                FROM sentences"""
                .formatted(seed, m, n, CAMEO_CODES.size());
        String documents = """
                CREATE TEMP TABLE bench_doc AS
                WITH leads AS (
                    SELECT i, first(sentence) FILTER (WHERE k = 0) AS lead, first(tgt_at) FILTER (WHERE k = 0) AS tgt_at,
                           string_agg(sentence, ' ' ORDER BY k) FILTER (WHERE k >= 1) AS p3_events
                    FROM bench_e GROUP BY i),
                parts AS (
                    SELECT a.*, l.tgt_at,
                           coalesce(l.lead, capitalized(phrase(vocab, %1$s'lead'), 12)) || '.') || ' '
                               || capitalized(phrase(vocab, %1$s'f1'), 8 + %1$s'f1n') %% 10)) || '.' AS p1,
                           capitalized(phrase(vocab, %1$s'q'), 6 + %1$s'qn') %% 10)) AS quote_text,
                           coalesce(l.p3_events || ' ', '') || capitalized(phrase(vocab, %1$s'close'), 10)) || '.' AS p3,
                           %1$s'cap') %% 3 = 0 AS captioned,
                           capitalized(phrase(vocab, %1$s'title'), 6)) AS title_words
                    FROM bench_a a LEFT JOIN leads l USING (i) CROSS JOIN bench_vocab),
                quoted AS (
                    SELECT parts.*,
                           '"' || quote_text || ',"' || ' said ' || p_role || ' ' || p_name || ', according to ' || o_name
                               || '.' AS p2
                    FROM parts)
                SELECT quoted.*,
                       c1_name || ': ' || title_words AS title,
                       p1 || chr(10) || chr(10) || p2 || chr(10) || chr(10) || p3 AS text,
                       length(p1) + 2 AS p2_at,
                       length(p1) + 2 + length(p2) + 2 AS p3_at
                FROM quoted"""
                .formatted(h);
        return List.of(articles, events, documents,
                """
                INSERT INTO runs VALUES ('%s', ['bench:synthetic'], 'articles=%d events=%d seed=%d',
                    TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00', TIMESTAMP '2026-01-01 00:00:00',
                    1, 'finished', 0, %d, 0, (SELECT sum(length(text)) FROM bench_doc))"""
                        .formatted(RUN_ID, n, m, seed, n),
                """
                INSERT INTO articles
                SELECT id, 'bench:synthetic#' || (i + 1), 'text', 'https://' || o_host || '/news/' || (i + 1), NULL, title,
                       published, NULL, 'given', NULL, 'en', []::VARCHAR[], text,
                       [[0, length(p1)], [p2_at, p2_at + length(p2)], [p3_at, p3_at + length(p3)]],
                       [[0, 0, length(text)]], length(text), NULL, NULL, '%s',
                       TIMESTAMP '2026-01-01 00:00:00' + to_milliseconds(i), NULL, NULL
                FROM bench_doc ORDER BY id"""
                        .formatted(RUN_ID),
                """
                INSERT INTO captions
                SELECT id, 0, 'Officials in ' || c1_name || ' ' || phrase(vocab, %1$s'caption'), 6) || '. (Photo: ' || o_name || ')',
                       o_name
                FROM bench_doc CROSS JOIN bench_vocab WHERE captioned ORDER BY id"""
                        .formatted(h),
                """
                INSERT INTO actors
                SELECT * FROM (
                    SELECT id, 'c1', 0, c1_name, 'COUNTRY', c1_iso, NULL, c1_iso, NULL FROM bench_doc
                    UNION ALL SELECT id, 'c2', 1, c2_name, 'COUNTRY', c2_iso, NULL, c2_iso, NULL FROM bench_doc
                    UNION ALL SELECT id, 'p1', 2, p_name, 'PERSON', p_iso, p_sector, p_iso || p_sector, p_role FROM bench_doc
                    UNION ALL SELECT id, 'm1', 3, o_name, 'MEDIA', NULL, NULL, NULL, NULL FROM bench_doc)
                ORDER BY 1, 3""",
                """
                INSERT INTO mentions
                SELECT * FROM (
                    SELECT id, 'c1', 0, 0, length(c1_name), c1_name FROM bench_doc WHERE event_count > 0
                    UNION ALL SELECT id, 'c2', 0, tgt_at, tgt_at + length(c2_name), c2_name FROM bench_doc WHERE event_count > 0
                    UNION ALL SELECT id, 'p1', 0, p2_at + length(quote_text) + 9 + length(p_role) + 1,
                        p2_at + length(quote_text) + 9 + length(p_role) + 1 + length(p_name), p_name FROM bench_doc
                    UNION ALL SELECT id, 'm1', 0, p2_at + length(p2) - 1 - length(o_name), p2_at + length(p2) - 1, o_name
                        FROM bench_doc)
                ORDER BY 1, 2, 4""",
                """
                INSERT INTO quotes
                SELECT id, 'q1', 0, quote_text, p2_at + 1, p2_at + 1 + length(quote_text), 'direct', 'p1', p_name, p_role,
                       p2_at + length(quote_text) + 9 + length(p_role) + 1,
                       p2_at + length(quote_text) + 9 + length(p_role) + 1 + length(p_name), p_name,
                       p2_at + length(quote_text) + 4, p2_at + length(quote_text) + 8, 'said',
                       json_array(json_object('actor', 'm1', 'name', o_name))
                FROM bench_doc ORDER BY id""",
                """
                INSERT INTO events
                SELECT e.id, 'e' || (e.k + 1), e.k, e.src, e.src_name, e.src_code, e.tgt, e.tgt_name, e.tgt_code,
                       e.cameo, e.plover_type, e.plover_mode, e.goldstein, e.quad,
                       CASE WHEN hash(e.e, %1$d, 'undated') %% 4 = 0 THEN NULL
                            ELSE e.published - (hash(e.e, %1$d, 'lag') %% 3)::INTEGER END,
                       CASE hash(e.e, %1$d, 'modality') %% 10 WHEN 6 THEN 'negated' WHEN 7 THEN 'conditional'
                            WHEN 8 THEN 'intended' WHEN 9 THEN 'alleged' ELSE 'asserted' END,
                       CASE WHEN e.k = 0 THEN 0 ELSE d.p3_at + e.at_in_p3 END,
                       CASE WHEN e.k = 0 THEN 0 ELSE d.p3_at + e.at_in_p3 END + length(e.sentence),
                       e.sentence, NULL, 0.5 + (hash(e.e, %1$d, 'confidence') %% 50) / 100.0,
                       NULL, NULL, NULL
                FROM bench_e e JOIN bench_doc d USING (i) ORDER BY e.id, e.k"""
                        .formatted(seed),
                """
                INSERT INTO dates
                SELECT id, 0, tgt_at + length(c2_name) + 1, tgt_at + length(c2_name) + 4 + length(dayname(published)),
                       'on ' || dayname(published), strftime(published, '%Y-%m-%d'), NULL
                FROM bench_doc WHERE event_count > 0 ORDER BY id""",
                "DROP TABLE bench_e",
                "DROP TABLE bench_doc",
                "DROP TABLE bench_a",
                "DROP TABLE bench_vocab",
                "CHECKPOINT");
    }

    /** {@code (0, 'a', 'b'), (1, 'c', 'd')} from {@code a|b} lines. */
    private static String rows(List<String> lines) {
        StringBuilder values = new StringBuilder();
        for (int n = 0; n < lines.size(); n++) {
            if (n > 0) values.append(", ");
            values.append('(').append(n);
            for (String field : lines.get(n).split("\\|")) {
                values.append(", ").append(quoted(field));
            }
            values.append(')');
        }
        return values.toString();
    }

    private static String quoted(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    private static void removeQuietly(Path file, Exception failure) {
        try {
            Files.deleteIfExists(file);
            Files.deleteIfExists(file.resolveSibling(file.getFileName() + ".wal"));
        } catch (IOException e) {
            failure.addSuppressed(e);
        }
    }
}
