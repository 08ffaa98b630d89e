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
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import java.util.function.LongConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirescope.dedup.StorySignature;
import org.wirescope.model.Record;
import org.wirescope.model.Reject;
import org.wirescope.store.search.QuerySyntaxException;
import org.wirescope.store.search.SearchIndex;
import org.wirescope.store.search.SearchPage;
import org.wirescope.store.search.SearchRequest;

/**
 * The embedded store: one DuckDB file holding articles, what was extracted from them
 * ({@code captions}, {@code actors}, {@code mentions}, {@code quotes}, {@code events}, {@code dates}),
 * the input that could not be processed ({@code rejects}) and the ingest {@code runs}.
 *
 * <p>Ingest is idempotent and transactional per batch: an article whose id is already stored is
 * skipped with all its rows, each {@link #write} is all or nothing, and beginning a run with the
 * same inputs and options resumes that run. One process at a time may hold the file.
 *
 * <pre>{@code
 * try (Store store = Store.open(Path.of("workspace", "wirescope.duckdb"))) {
 *     Run run = store.beginRun(List.of("seeds/"), "--language en");
 *     BatchResult result = store.write(run, records, rejects);
 *     store.finishRun(run, new RunStats(files, result.articlesAdded(), result.rejectsAdded(), bytes, "finished"));
 *     for (ArticleSummary article : store.articles(20, 0)) {
 *         System.out.println(article.id() + "  " + article.title());
 *     }
 *     Optional<Record> full = store.resolveId("a-3f9c").flatMap(store::article);
 *     List<QuoteRow> said = store.quotes(QuoteQuery.all(20, 0).withSpeaker("ghalibaf"));
 *     List<ActorRow> people = store.actors(ActorQuery.all(20, 0).withType("PERSON"));
 *     List<EventRow> threats = store.events(EventQuery.all(20, 0).withSource("IRN").withRoot("13"));
 *     List<DyadPeriod> months = store.dyads(DyadQuery.monthly().withSource("IRN").withTarget("USA"));
 *     SearchPage hits = store.search(SearchRequest.of("speaker:Ghalibaf published:[2025-03 TO 2025-04]", 20));
 *     StoryCounts heard = store.quoteCounts(QuoteQuery.all(20, 0).withSpeaker("ghalibaf"));
 *     DedupIndex index = DedupIndex.create(DedupConfig.defaults());
 *     store.storySignatures(index::restore);
 * }
 * }</pre>
 *
 * <p>A store may be shared by threads. Writes ({@link #beginRun}, {@link #write}, {@link #finishRun})
 * take turns on the store's own connection; reads run on connections of their own, in parallel with
 * each other and with a write in progress, and see every batch committed before they start.
 *
 * <p>Beside the database file lies its full-text index ({@code wirescope.duckdb.index/}, see
 * {@link SearchIndex}): every write adds the new articles, their quotes and events to it, and
 * {@link #reindex} rebuilds it from the tables. Opening a store whose index does not hold every
 * stored article (an older store, or a crash between a write and its index commit) rebuilds it;
 * {@link #search} runs in parallel with everything.
 *
 * <p>Every failure is a {@link StoreException} whose message names the database file.
 */
public final class Store implements AutoCloseable {

    private static final Pattern LOCK_HOLDER = Pattern.compile("PID (\\d+)");
    /** Read connections at most; more concurrent readers wait for one of them. */
    private static final int READERS = 8;

    private final Path file;
    private final Connection connection;
    private final BatchWriter writer;
    private final ReadConnections reads;
    private final SearchIndex index;
    private final Clock clock;
    private volatile boolean closed;
    /** Batches committed since the store was opened that carried events; see {@link #eventBatchesWritten}. */
    private final AtomicLong eventBatches = new AtomicLong();

    private Store(Path file, Connection connection, BatchWriter writer, SearchIndex index, Clock clock) throws SQLException {
        this.file = file;
        this.index = index;
        this.connection = connection;
        this.writer = writer;
        this.reads = new ReadConnections(connection, READERS);
        this.clock = clock;
    }

    /**
     * Opens the store in {@code dbFile}, creating parent directories, the file and the schema when
     * absent and migrating an older schema to this build's.
     *
     * @throws StoreException when the file is held by another process, is not a DuckDB database,
     *                        or was written by a newer schema version
     */
    public static Store open(Path dbFile) {
        return open(dbFile, 0, Clock.systemUTC(), WriteProbe.NONE);
    }

    /**
     * Opens the store as {@link #open(Path)} does, with DuckDB running each query on at most
     * {@code queryThreads} threads (0: one per core, DuckDB's default). A server answering many
     * clients at once does better with 1: its requests already keep every core busy, and splitting
     * one small query across threads only adds the cost of handing work between them.
     */
    public static Store open(Path dbFile, int queryThreads) {
        if (queryThreads < 0) throw new IllegalArgumentException("queryThreads must be >= 0, was " + queryThreads);
        return open(dbFile, queryThreads, Clock.systemUTC(), WriteProbe.NONE);
    }

    static Store open(Path dbFile, Clock clock, WriteProbe probe) {
        return open(dbFile, 0, clock, probe);
    }

    private static Store open(Path dbFile, int queryThreads, Clock clock, WriteProbe probe) {
        Objects.requireNonNull(dbFile, "dbFile");
        Path file = dbFile.toAbsolutePath().normalize();
        if (Files.isDirectory(file)) {
            throw new StoreException("store " + file + " is a directory; give the path of a database file");
        }
        try {
            Files.createDirectories(file.getParent());
        } catch (IOException e) {
            throw new StoreException("cannot create the directory of store " + file + ": " + e, e);
        }
        Connection connection;
        try {
            Properties settings = new Properties();
            if (queryThreads > 0) settings.setProperty("threads", Integer.toString(queryThreads));
            connection = DriverManager.getConnection("jdbc:duckdb:" + file, settings);
        } catch (SQLException e) {
            throw openFailure(file, e);
        }
        SearchIndex index = null;
        try {
            Migrations.migrate(connection, "store " + file, clock.instant());
            EventSides.align(connection);
            index = SearchIndex.open(SearchIndex.besideDatabase(file));
            Store store = new Store(file, connection, new BatchWriter(connection, probe), index, clock);
            store.alignIndex();
            return store;
        } catch (SQLException | IOException | RuntimeException e) {
            try {
                if (index != null) index.close();
            } catch (IOException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            try {
                connection.close();
            } catch (SQLException closeFailure) {
                e.addSuppressed(closeFailure);
            }
            if (e instanceof StoreException storeException) throw storeException;
            throw new StoreException("cannot prepare store " + file + ": " + e.getMessage(), e);
        }
    }

    private static StoreException openFailure(Path file, SQLException e) {
        String message = String.valueOf(e.getMessage());
        if (message.contains("Could not set lock")) {
            Matcher holder = LOCK_HOLDER.matcher(message);
            String pid = holder.find() ? " (PID " + holder.group(1) + ")" : "";
            return new StoreException("store " + file + " is in use by another wirescope process" + pid
                    + "; wait for it to finish or use another store file", e);
        }
        if (message.contains("not a valid DuckDB database file")) {
            return new StoreException("store " + file + " is not a DuckDB database file; "
                    + "move it away or choose another store file", e);
        }
        return new StoreException("cannot open store " + file + ": " + message, e);
    }

    /**
     * Begins a run over {@code inputs} with {@code options}. The run id is a hash of both, so
     * the same ingest started again resumes its run: the row is kept, {@code attempts} goes up and
     * the status is {@code running} again.
     */
    public synchronized Run beginRun(List<String> inputs, String options) {
        Objects.requireNonNull(inputs, "inputs");
        Objects.requireNonNull(options, "options");
        String id = RunIds.of(inputs, options);
        LocalDateTime now = now();
        return transaction("begin run " + id, () -> {
            try (PreparedStatement find = connection.prepareStatement("SELECT attempts FROM runs WHERE id = ?")) {
                find.setString(1, id);
                try (ResultSet row = find.executeQuery()) {
                    if (row.next()) {
                        int attempt = row.getInt(1) + 1;
                        try (PreparedStatement resume = connection.prepareStatement("UPDATE runs SET attempts = ?, "
                                + "status = 'running', attempt_started_at = ?, finished_at = NULL WHERE id = ?")) {
                            resume.setInt(1, attempt);
                            resume.setObject(2, now);
                            resume.setString(3, id);
                            resume.executeUpdate();
                        }
                        return new Run(id, attempt);
                    }
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO runs (id, inputs, options, "
                    + "started_at, attempt_started_at, finished_at, attempts, status, files, articles, rejects, bytes) "
                    + "VALUES (?, ?, ?, ?, ?, NULL, 1, 'running', 0, 0, 0, 0)")) {
                insert.setString(1, id);
                insert.setArray(2, connection.createArrayOf("VARCHAR", inputs.toArray()));
                insert.setString(3, options);
                insert.setObject(4, now);
                insert.setObject(5, now);
                insert.executeUpdate();
            }
            return new Run(id, 1);
        });
    }

    /**
     * Stores a batch in one transaction: all of it or, when anything fails, none of it. Records
     * whose article id is already stored (or repeats within the batch) are skipped with all their
     * rows; a reject already stored with the same uri, stage and reason is not stored again.
     */
    public synchronized BatchResult write(Run run, List<Record> records, List<Reject> rejects) {
        return write(run, records, rejects, List.of());
    }

    /**
     * As {@link #write(Run, List, List)}, and adds to the stored near-duplicate index the {@code signatures}
     * (from {@link org.wirescope.dedup.Verdict#signature()}) of the articles this batch adds, in the order
     * given; a later ingest {@linkplain #storySignatures restores} them.
     */
    public synchronized BatchResult write(Run run, List<Record> records, List<Reject> rejects, List<StorySignature> signatures) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(rejects, "rejects");
        Objects.requireNonNull(signatures, "signatures");
        requireOpen();
        BatchResult result;
        try {
            result = writer.write(run.id(), records, rejects, signatures, now());
            if (records.stream().anyMatch(r -> !r.events().isEmpty())) eventBatches.incrementAndGet();
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": batch of " + records.size() + " records and "
                    + rejects.size() + " rejects not written (rolled back): " + e.getMessage(), e);
        }
        try {
            index.addNew(records);
        } catch (IOException e) {
            throw new StoreException("store " + file + ": batch written, but not added to the search index "
                    + index.path() + " (the next open or 'wirescope reindex' rebuilds it): " + e.getMessage(), e);
        }
        return result;
    }

    /**
     * One page of full-text search hits. Safe to call from several threads at once, also while a
     * write runs: each search sees the index as the last finished write left it.
     *
     * @throws QuerySyntaxException     when the query cannot be read; it names the position of the error
     * @throws IllegalArgumentException when the request's cursor is not one a search returned
     */
    public SearchPage search(SearchRequest request) {
        Objects.requireNonNull(request, "request");
        try {
            return index.search(request);
        } catch (IOException e) {
            throw new StoreException("store " + file + ": cannot search " + index.path() + ": " + e.getMessage(), e);
        } catch (IllegalStateException e) {
            throw new StoreException("store " + file + " is closed", e);
        }
    }

    /**
     * Rebuilds the full-text index from the tables; searches see the old index until the new one is
     * complete.
     *
     * @param progress told the number of documents indexed so far, now and then and at the end
     * @return the number of documents indexed (articles, quotes and events)
     */
    public synchronized long reindex(LongConsumer progress) {
        Objects.requireNonNull(progress, "progress");
        requireOpen();
        try {
            return index.rebuild(new StoredRecords(new RecordReader(connection), DateRange.ALL, "store " + file), progress);
        } catch (IOException e) {
            throw new StoreException("store " + file + ": cannot rebuild the search index " + index.path() + ": "
                    + e.getMessage(), e);
        }
    }

    /** Records how run {@code run} ended. */
    public synchronized void finishRun(Run run, RunStats stats) {
        Objects.requireNonNull(run, "run");
        Objects.requireNonNull(stats, "stats");
        LocalDateTime now = now();
        int updated = query("finish run " + run.id(), () -> {
            try (PreparedStatement update = connection.prepareStatement("UPDATE runs SET finished_at = ?, status = ?, "
                    + "files = ?, articles = ?, rejects = ?, bytes = ? WHERE id = ?")) {
                update.setObject(1, now);
                update.setString(2, stats.status());
                update.setLong(3, stats.files());
                update.setLong(4, stats.articles());
                update.setLong(5, stats.rejects());
                update.setLong(6, stats.bytes());
                update.setString(7, run.id());
                return update.executeUpdate();
            }
        });
        if (updated == 0) {
            throw new StoreException("store " + file + " has no run " + run.id() + " to finish");
        }
    }

    /** A page of articles, the most recently ingested first, then by id. */
    public List<ArticleSummary> articles(int limit, int offset) {
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
        return read("list articles", connection -> {
            try (PreparedStatement page = connection.prepareStatement("""
                    WITH page AS (
                        SELECT id, title, published_date, published_not_before, published_how,
                               len(paragraphs) AS paragraphs, source_uri, ingested_at
                        FROM articles ORDER BY ingested_at DESC, id LIMIT ? OFFSET ?)
                    SELECT page.*,
                           (SELECT count(*) FROM captions c WHERE c.article_id = page.id) AS captions,
                           (SELECT count(*) FROM quotes q WHERE q.article_id = page.id) AS quotes,
                           (SELECT count(*) FROM events e WHERE e.article_id = page.id) AS events
                    FROM page ORDER BY ingested_at DESC, id""")) {
                page.setInt(1, limit);
                page.setInt(2, offset);
                List<ArticleSummary> summaries = new ArrayList<>();
                try (ResultSet row = page.executeQuery()) {
                    while (row.next()) {
                        summaries.add(new ArticleSummary(row.getString("id"), row.getString("title"),
                                Optional.ofNullable(row.getObject("published_date", LocalDate.class)),
                                Optional.ofNullable(row.getObject("published_not_before", LocalDate.class)),
                                row.getString("published_how"), row.getInt("paragraphs"), row.getInt("captions"),
                                row.getInt("quotes"), row.getInt("events"), row.getString("source_uri")));
                    }
                }
                return List.copyOf(summaries);
            }
        });
    }

    public long articleCount() {
        return read("count articles", connection -> count(connection, "articles"));
    }

    /** The full record of article {@code id}, as it was written. */
    public Optional<Record> article(String id) {
        Objects.requireNonNull(id, "id");
        return storedArticle(id).map(StoredArticle::record);
    }

    /** Article {@code id} as it was written, with the keys of its actors across articles, in two queries. */
    public Optional<StoredArticle> storedArticle(String id) {
        Objects.requireNonNull(id, "id");
        requireOpen();
        try {
            return reads.withStatements(statements -> RecordReader.readWithKeys(statements, id));
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": cannot read article " + id + ": " + e.getMessage(), e);
        }
    }

    /** The one article id that starts with {@code prefix}; empty when none or several do, or the prefix is blank. */
    public Optional<String> resolveId(String prefix) {
        Objects.requireNonNull(prefix, "prefix");
        if (prefix.isBlank()) return Optional.empty();
        return read("resolve id " + prefix, connection -> {
            try (PreparedStatement find = connection.prepareStatement(
                    "SELECT id FROM articles WHERE starts_with(id, ?) ORDER BY id LIMIT 2")) {
                find.setString(1, prefix);
                List<String> ids = new ArrayList<>(2);
                try (ResultSet row = find.executeQuery()) {
                    while (row.next()) ids.add(row.getString(1));
                }
                return ids.size() == 1 ? Optional.of(ids.get(0)) : Optional.<String>empty();
            }
        });
    }

    /**
     * A page of the quotes that match {@code query}, in the order their articles were ingested
     * (oldest first, then by article id) and then in the order they stand in their article.
     */
    public List<QuoteRow> quotes(QuoteQuery query) {
        Objects.requireNonNull(query, "query");
        return read("list quotes", connection -> new QueryReader(connection).quotes(query));
    }

    /**
     * A page of the actors that match {@code query}, each article's actors with the same name, type
     * and country counted together; the most quoted first, then the most mentioned.
     */
    public List<ActorRow> actors(ActorQuery query) {
        Objects.requireNonNull(query, "query");
        return read("list actors", connection -> new QueryReader(connection).actors(query));
    }

    /**
     * A page of the events that match {@code query}, by the day they are on (see
     * {@link EventRow#date()}; undated ones last), then in the order their articles were ingested and
     * they stand in their article.
     */
    public List<EventRow> events(EventQuery query) {
        Objects.requireNonNull(query, "query");
        return read("list events", connection -> new QueryReader(connection).events(query));
    }

    /**
     * The events that match {@code query} counted per period and quad class, the earliest period
     * first; events on no known day are left out.
     */
    public List<DyadPeriod> dyads(DyadQuery query) {
        Objects.requireNonNull(query, "query");
        return read("count dyads", connection -> new QueryReader(connection).dyads(query));
    }

    // Actors across articles. An actor's key joins every article's actor with the same name (up to
    // case, accents and punctuation) and country; see ActorKeys for its form.

    /**
     * A page of the actors that match {@code query} (by name, type and country), each article's
     * actors with the same key counted together; the most quoted first, then the most mentioned.
     */
    public List<ActorListing> actorListing(ActorQuery query) {
        Objects.requireNonNull(query, "query");
        return read("list actors", connection -> new WorkbenchReader(connection).listing(query));
    }

    /**
     * The actor with key {@code key} across every article: its names, roles and codes, what it said
     * and did, and the same counted per period of length {@code interval} ({@code day}, {@code week},
     * {@code month} or {@code year}); empty when no actor has that key. Keys are lower-case ASCII
     * words joined by {@code -}, then {@code .} and the country code when known:
     * {@code mohammad-bagher-ghalibaf.irn}.
     */
    public Optional<ActorProfile> actorProfile(String key, String interval) {
        Objects.requireNonNull(key, "key");
        Objects.requireNonNull(interval, "interval");
        return read("read actor " + key, connection -> new WorkbenchReader(connection).profile(key, interval));
    }

    /** The keys of article {@code articleId}'s actors, by their ids in the article; empty for an unknown article. */
    public Map<String, String> actorKeys(String articleId) {
        Objects.requireNonNull(articleId, "articleId");
        return storedArticle(articleId).map(StoredArticle::actorKeys).orElse(Map.of());
    }

    /**
     * How many batches that carried events this store has committed since it was opened: answers
     * computed from events alone (dyads, networks) stay valid while this number stays the same, also
     * while articles without events arrive, since a stored article never changes.
     */
    public long eventBatchesWritten() {
        return eventBatches.get();
    }

    /** Who acted on whom: the heaviest edges between actors (by key) with events on the days of {@code query}. */
    public Network network(NetworkQuery query) {
        Objects.requireNonNull(query, "query");
        return read("draw the network", connection -> new WorkbenchReader(connection).network(query));
    }

    /**
     * Writes the store into {@code directory} (created when absent; files of the same names are
     * replaced) in {@code format}: Parquet or CSV files of the article tables, the articles as JSONL,
     * or the GDELT-style event table. Table exports and JSONL keep the articles published on days
     * {@code dates} admits, with all their rows; the event table keeps the events on those days.
     */
    public synchronized ExportSummary export(ExportFormat format, Path directory, DateRange dates) {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(directory, "directory");
        Objects.requireNonNull(dates, "dates");
        requireOpen();
        try {
            return new Exporter(connection, new RecordReader(connection), "store " + file).export(format, directory, dates);
        } catch (SQLException | IOException e) {
            throw new StoreException("store " + file + ": cannot export " + format.label() + " to " + directory + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * The stored near-duplicate index, one signature per distinct body, in the order it was built: what
     * {@link org.wirescope.dedup.DedupIndex#restore} takes so that a new run's near-copies join the stories
     * already stored. Answers how many there were.
     */
    public long storySignatures(Consumer<StorySignature> each) {
        Objects.requireNonNull(each, "each");
        return read("read the near-duplicate index", connection -> SignatureReader.forEach(connection, each));
    }

    /**
     * Every quote that matches {@code query} (its limit and offset aside), counted as quotes, as reports
     * (articles) and as distinct stories (near-duplicate clusters, see {@link StoryCounts}).
     */
    public StoryCounts quoteCounts(QuoteQuery query) {
        Objects.requireNonNull(query, "query");
        return read("count quotes", connection -> new QueryReader(connection).quoteCounts(query));
    }

    /** Every event that matches {@code query} (its limit and offset aside), counted as events, reports and stories. */
    public StoryCounts eventCounts(EventQuery query) {
        Objects.requireNonNull(query, "query");
        return read("count events", connection -> new QueryReader(connection).eventCounts(query));
    }

    /** Every table of the store, by name, with its number of rows. */
    public Map<String, Long> rowCounts() {
        return read("count rows", connection -> {
            List<String> tables = new ArrayList<>();
            try (Statement statement = connection.createStatement();
                 ResultSet row = statement.executeQuery("SELECT table_name FROM duckdb_tables() "
                         + "WHERE database_name = current_database() AND schema_name = 'main' AND NOT temporary "
                         + "ORDER BY table_name")) {
                while (row.next()) tables.add(row.getString(1));
            }
            Map<String, Long> counts = new LinkedHashMap<>();
            for (String table : tables) {
                counts.put(table, count(connection, table));
            }
            return Collections.unmodifiableMap(counts);
        });
    }

    /** Up to {@code limit} rejects, the most recently first seen first. */
    public List<Reject> rejects(int limit) {
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        return read("list rejects", connection -> {
            try (PreparedStatement list = connection.prepareStatement(
                    "SELECT uri, stage, reason FROM rejects ORDER BY first_seen DESC, uri, stage, reason LIMIT ?")) {
                list.setInt(1, limit);
                List<Reject> rejects = new ArrayList<>();
                try (ResultSet row = list.executeQuery()) {
                    while (row.next()) rejects.add(new Reject(row.getString(1), row.getString(2), row.getString(3)));
                }
                return List.copyOf(rejects);
            }
        });
    }

    /** Closes the database, releasing the file for other processes. Closing twice does nothing. */
    @Override
    public synchronized void close() {
        if (closed) return;
        closed = true;
        IOException indexFailure = null;
        try {
            index.close();
        } catch (IOException e) {
            indexFailure = e;
        }
        try (connection) {
            reads.close();
        } catch (SQLException e) {
            StoreException failure = new StoreException("cannot close store " + file + ": " + e.getMessage(), e);
            if (indexFailure != null) failure.addSuppressed(indexFailure);
            throw failure;
        }
        if (indexFailure != null) {
            throw new StoreException("cannot close the search index " + index.path() + " of store " + file + ": "
                    + indexFailure.getMessage(), indexFailure);
        }
    }

    /** Rebuilds the index when it does not hold exactly the stored articles. */
    private void alignIndex() throws IOException, SQLException {
        if (index.articleCount() != count(connection, "articles")) reindex(documents -> { });
    }

    private static long count(Connection connection, String table) throws SQLException {
        try (Statement statement = connection.createStatement();
             ResultSet row = statement.executeQuery("SELECT count(*) FROM \"" + table.replace("\"", "\"\"") + "\"")) {
            row.next();
            return row.getLong(1);
        }
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private void requireOpen() {
        if (closed) throw new StoreException("store " + file + " is closed");
    }

    private <T> T query(String what, SqlWork<T> work) {
        requireOpen();
        try {
            return work.run();
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": cannot " + what + ": " + e.getMessage(), e);
        }
    }

    /** Runs a read on a connection of its own (see {@link ReadConnections}). */
    private <T> T read(String what, ReadConnections.Work<T> work) {
        requireOpen();
        try {
            return reads.with(work);
        } catch (SQLException e) {
            throw new StoreException("store " + file + ": cannot " + what + ": " + e.getMessage(), e);
        }
    }

    private <T> T transaction(String what, SqlWork<T> work) {
        return query(what, () -> {
            connection.setAutoCommit(false);
            try {
                T result = work.run();
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                try {
                    connection.rollback();
                } catch (SQLException rollbackFailure) {
                    e.addSuppressed(rollbackFailure);
                }
                throw e;
            } finally {
                connection.setAutoCommit(true);
            }
        });
    }

    @FunctionalInterface
    private interface SqlWork<T> {
        T run() throws SQLException;
    }
}
