package org.wirescope.store;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.wirescope.dedup.StorySignature;
import org.wirescope.model.Actor;
import org.wirescope.model.Article;
import org.wirescope.model.Caption;
import org.wirescope.model.DateMention;
import org.wirescope.model.Event;
import org.wirescope.model.Quote;
import org.wirescope.model.Record;
import org.wirescope.model.Reject;
import org.wirescope.model.Span;
import org.wirescope.model.TextSpan;

/**
 * Writes one batch of records and rejects as one transaction. Rows are first appended (DuckDB's
 * appender, fast) to connection-local staging tables shaped like the real ones, then copied in
 * with one {@code INSERT ... SELECT} per table inside the transaction: an article already stored
 * is skipped together with all its rows, and every insert ignores rows whose key exists.
 */
final class BatchWriter {

    /** Tables keyed by article, in the order they are filled. */
    static final List<String> ARTICLE_TABLES = List.of("articles", "captions", "actors", "mentions", "quotes", "events", "dates");

    private static final List<String> STAGED_TABLES = concat(concat(ARTICLE_TABLES, "rejects"), "story_signatures");

    private final Connection connection;
    private final DuckDBConnection duck;
    private final WriteProbe probe;

    BatchWriter(Connection connection, WriteProbe probe) throws SQLException {
        this.connection = connection;
        this.duck = connection.unwrap(DuckDBConnection.class);
        this.probe = probe;
        try (Statement statement = connection.createStatement()) {
            for (String table : STAGED_TABLES) {
                statement.execute("CREATE TEMP TABLE IF NOT EXISTS " + staging(table) + " AS SELECT * FROM " + table + " LIMIT 0");
            }
        }
    }

    /** Writes the batch; {@code signatures} of the articles it adds go into the near-duplicate index, in order. */
    BatchResult write(String runId, List<Record> records, List<Reject> rejects, List<StorySignature> signatures,
                      LocalDateTime now) throws SQLException {
        Map<String, Record> firstById = new LinkedHashMap<>();
        for (Record record : records) {
            firstById.putIfAbsent(record.id(), record);
        }
        try {
            clearStaging();
            stageArticles(firstById.values(), runId, now);
            stageRejects(rejects, runId, now);
            stageSignatures(signatures);
            return commit(records.size());
        } finally {
            clearStaging();
        }
    }

    private BatchResult commit(int recordCount) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.executeUpdate("DELETE FROM " + staging("articles") + " WHERE id IN (SELECT id FROM articles)");
            probe.reached("known articles dropped");
            int added = statement.executeUpdate("INSERT INTO articles SELECT * FROM " + staging("articles"));
            probe.reached("articles");
            for (String table : ARTICLE_TABLES.subList(1, ARTICLE_TABLES.size())) {
                statement.executeUpdate("INSERT OR IGNORE INTO " + table + " SELECT * FROM " + staging(table)
                        + " WHERE article_id IN (SELECT id FROM " + staging("articles") + ")");
                probe.reached(table);
            }
            EventSides.add(statement, BatchWriter::staging);
            probe.reached(EventSides.TABLE);
            int rejectsAdded = statement.executeUpdate("INSERT OR IGNORE INTO rejects SELECT * FROM " + staging("rejects"));
            probe.reached("rejects");
            insertSignatures(statement);
            connection.commit();
            return new BatchResult(added, recordCount - added, rejectsAdded);
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
    }

    private void clearStaging() throws SQLException {
        try (Statement statement = connection.createStatement()) {
            for (String table : STAGED_TABLES) {
                statement.execute("DELETE FROM " + staging(table));
            }
        }
    }

    private void stageArticles(Iterable<Record> records, String runId, LocalDateTime now) throws SQLException {
        try (DuckDBAppender articles = appender("articles");
             DuckDBAppender captions = appender("captions");
             DuckDBAppender actors = appender("actors");
             DuckDBAppender mentions = appender("mentions");
             DuckDBAppender quotes = appender("quotes");
             DuckDBAppender events = appender("events");
             DuckDBAppender dates = appender("dates")) {
            for (Record record : records) {
                String id = record.id();
                appendArticle(articles, record, runId, now);
                List<Caption> captionList = record.article().captions();
                for (int i = 0; i < captionList.size(); i++) {
                    Caption caption = captionList.get(i);
                    captions.beginRow().append(id).append(i).append(caption.text());
                    optional(captions, caption.credit()).endRow();
                }
                for (int i = 0; i < record.actors().size(); i++) {
                    Actor actor = record.actors().get(i);
                    appendActor(actors, id, i, actor);
                    for (int m = 0; m < actor.mentions().size(); m++) {
                        TextSpan mention = actor.mentions().get(m);
                        mentions.beginRow().append(id).append(actor.id()).append(m)
                                .append(mention.start()).append(mention.end()).append(mention.text()).endRow();
                    }
                }
                for (int i = 0; i < record.quotes().size(); i++) {
                    appendQuote(quotes, id, i, record.quotes().get(i));
                }
                for (int i = 0; i < record.events().size(); i++) {
                    appendEvent(events, id, i, record.events().get(i));
                }
                for (int i = 0; i < record.dates().size(); i++) {
                    DateMention date = record.dates().get(i);
                    TextSpan mention = date.mention();
                    dates.beginRow().append(id).append(i).append(mention.start()).append(mention.end())
                            .append(mention.text()).append(date.value());
                    if (date.caption().isPresent()) dates.append(date.caption().get().intValue());
                    else dates.appendNull();
                    dates.endRow();
                }
            }
        }
    }

    private static void appendArticle(DuckDBAppender row, Record record, String runId, LocalDateTime now) throws SQLException {
        Article article = record.article();
        row.beginRow().append(article.id())
                .append(article.source().uri())
                .append(article.source().format().label());
        optional(row, article.source().url());
        optional(row, article.source().id());
        row.append(article.title());
        optionalDate(row, article.published().date());
        optionalDate(row, article.published().notBefore());
        row.append(article.published().how());
        optional(row, article.published().evidence());
        optional(row, article.language());
        row.append(article.byline())
                .append(article.text())
                .append(pairs(article.paragraphs()))
                .append(runs(article.rawMap().runs()))
                .append(article.rawMap().cleanLength());
        optional(row, record.duplicateOf());
        optional(row, record.cluster());
        row.append(runId).append(now);
        Optional<Instant> fetched = article.source().fetched();
        if (fetched.isPresent()) row.append(LocalDateTime.ofInstant(fetched.get(), ZoneOffset.UTC));
        else row.appendNull();
        optionalDate(row, article.published().notAfter());
        row.endRow();
    }

    private static void appendActor(DuckDBAppender row, String articleId, int idx, Actor actor) throws SQLException {
        row.beginRow().append(articleId).append(actor.id()).append(idx).append(actor.name()).append(actor.type().name());
        optional(row, actor.country());
        optional(row, actor.sector());
        optional(row, actor.code());
        optional(row, actor.role());
        row.endRow();
    }

    private static void appendQuote(DuckDBAppender row, String articleId, int idx, Quote quote) throws SQLException {
        row.beginRow().append(articleId).append(quote.id()).append(idx).append(quote.text())
                .append(quote.span().start()).append(quote.span().end()).append(Labels.lower(quote.kind()));
        Quote.Speaker speaker = quote.speaker();
        optional(row, speaker.actor());
        row.append(speaker.name());
        optional(row, speaker.role());
        textSpan(row, speaker.mention());
        textSpan(row, quote.cue());
        row.append(Relays.toJson(quote.via())).endRow();
    }

    private static void appendEvent(DuckDBAppender row, String articleId, int idx, Event event) throws SQLException {
        row.beginRow().append(articleId).append(event.id()).append(idx);
        Event.Party source = event.source();
        optional(row, source.actor());
        row.append(source.name());
        optional(row, source.code());
        optional(row, event.target().flatMap(Event.Party::actor));
        optional(row, event.target().map(Event.Party::name));
        optional(row, event.target().flatMap(Event.Party::code));
        row.append(event.cameo()).append(event.plover().type());
        optional(row, event.plover().mode());
        row.append(event.goldstein()).append(event.quadClass());
        optionalDate(row, event.date());
        row.append(Labels.lower(event.modality()));
        TextSpan evidence = event.evidence();
        row.append(evidence.start()).append(evidence.end()).append(evidence.text());
        optional(row, event.quote());
        row.append(event.confidence());
        optional(row, event.mediator().flatMap(Event.Party::actor));
        optional(row, event.mediator().map(Event.Party::name));
        optional(row, event.mediator().flatMap(Event.Party::code));
        row.endRow();
    }

    private void stageRejects(List<Reject> rejects, String runId, LocalDateTime now) throws SQLException {
        try (DuckDBAppender row = appender("rejects")) {
            for (Reject reject : rejects) {
                row.beginRow().append(reject.uri()).append(reject.stage()).append(reject.reason())
                        .append(runId).append(now).endRow();
            }
        }
    }

    /** Staged in batch order: {@code seq} 1, 2, … here, moved past the stored ones when inserted. */
    private void stageSignatures(List<StorySignature> signatures) throws SQLException {
        try (DuckDBAppender rows = appender("story_signatures")) {
            long seq = 0;
            for (StorySignature signature : signatures) {
                List<Integer> minHash = new ArrayList<>();
                for (int h : signature.minHash()) minHash.add(h);
                rows.beginRow().append(signature.articleId()).append(++seq).append(signature.bodyHash()).append(minHash)
                        .append(signature.cluster()).endRow();
            }
        }
    }

    /** The signatures of the articles this batch adds, after every signature stored before. */
    private void insertSignatures(Statement statement) throws SQLException {
        long stored;
        try (ResultSet row = statement.executeQuery("SELECT coalesce(max(seq), 0) FROM story_signatures")) {
            row.next();
            stored = row.getLong(1);
        }
        statement.executeUpdate("INSERT OR IGNORE INTO story_signatures SELECT article_id, seq + " + stored
                + ", body_hash, min_hash, cluster FROM " + staging("story_signatures")
                + " WHERE article_id IN (SELECT id FROM " + staging("articles") + ")");
        probe.reached("story_signatures");
    }

    private DuckDBAppender appender(String table) throws SQLException {
        return duck.createAppender("temp", "main", staging(table));
    }

    static String staging(String table) {
        return "staging_" + table;
    }

    private static DuckDBAppender optional(DuckDBAppender row, Optional<String> value) throws SQLException {
        return value.isPresent() ? row.append(value.get()) : row.appendNull();
    }

    private static void optionalDate(DuckDBAppender row, Optional<LocalDate> value) throws SQLException {
        if (value.isPresent()) row.append(value.get()); else row.appendNull();
    }

    /** Three columns: start, end and text, or three nulls. */
    private static void textSpan(DuckDBAppender row, Optional<TextSpan> span) throws SQLException {
        if (span.isPresent()) {
            row.append(span.get().start()).append(span.get().end()).append(span.get().text());
        } else {
            row.appendNull().appendNull().appendNull();
        }
    }

    private static List<List<Integer>> pairs(List<Span> spans) {
        List<List<Integer>> pairs = new ArrayList<>(spans.size());
        for (Span span : spans) {
            pairs.add(List.of(span.start(), span.end()));
        }
        return pairs;
    }

    /** {@code OffsetMap.runs()} (three parallel arrays) as one {@code [clean_start, raw_start, length]} triple per run. */
    private static List<List<Integer>> runs(int[][] parallel) {
        List<List<Integer>> triples = new ArrayList<>(parallel[0].length);
        for (int i = 0; i < parallel[0].length; i++) {
            triples.add(List.of(parallel[0][i], parallel[1][i], parallel[2][i]));
        }
        return triples;
    }

    private static List<String> concat(List<String> first, String last) {
        List<String> all = new ArrayList<>(first);
        all.add(last);
        return List.copyOf(all);
    }
}
