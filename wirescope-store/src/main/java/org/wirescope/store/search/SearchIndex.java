package org.wirescope.store.search;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.LongConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.document.Document;
import org.apache.lucene.index.IndexWriter;
import org.apache.lucene.index.IndexWriterConfig;
import org.apache.lucene.index.StoredFields;
import org.apache.lucene.index.Term;
import org.apache.lucene.search.BooleanClause;
import org.apache.lucene.search.BooleanQuery;
import org.apache.lucene.search.FieldDoc;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.SearcherManager;
import org.apache.lucene.search.Sort;
import org.apache.lucene.search.SortField;
import org.apache.lucene.search.TermQuery;
import org.apache.lucene.search.TopFieldCollectorManager;
import org.apache.lucene.search.TopFieldDocs;
import org.apache.lucene.store.AlreadyClosedException;
import org.apache.lucene.store.Directory;
import org.apache.lucene.store.FSDirectory;
import org.apache.lucene.util.BytesRef;
import org.wirescope.model.Record;

/**
 * The full-text index of a store: a Lucene index in a directory beside the DuckDB file, with one
 * document per article, per quote and per event. The {@link org.wirescope.store.Store} owns one and
 * keeps it current; use {@code Store.search} and {@code Store.reindex} rather than this class.
 *
 * <pre>{@code
 * try (SearchIndex index = SearchIndex.open(SearchIndex.besideDatabase(Path.of("news.duckdb")))) {
 *     index.addNew(records);                                      // committed and visible
 *     SearchPage page = index.search(SearchRequest.of("cameo:13 country:IRN", 20));
 * }
 * }</pre>
 *
 * <p>Searches run in parallel from any number of threads, each on the index as the last completed
 * write left it; writes take turns.
 */
public final class SearchIndex implements Closeable {

    private static final Sort BY_SCORE_THEN_KEY = new Sort(SortField.FIELD_SCORE, new SortField(IndexFields.KEY, SortField.Type.STRING));
    private static final double RAM_BUFFER_MB = 64;
    private static final long PROGRESS_EVERY = 1000;
    /** Threads that analyse documents while a rebuild reads the next records (the reading thread is one more). */
    private static final int INDEXING_THREADS = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors() - 1));

    private final Path path;
    private final Directory directory;
    private final Analyzer analyzer;
    private final QueryLanguage language;
    private volatile IndexWriter writer;
    private volatile SearcherManager searchers;
    private volatile boolean closed;

    private SearchIndex(Path path, Directory directory, Analyzer analyzer) throws IOException {
        this.path = path;
        this.directory = directory;
        this.analyzer = analyzer;
        this.language = new QueryLanguage(analyzer);
        openWriter();
    }

    /** The index directory of the store in {@code dbFile}: {@code news.duckdb} keeps it in {@code news.duckdb.index/}. */
    public static Path besideDatabase(Path dbFile) {
        return dbFile.resolveSibling(dbFile.getFileName() + ".index");
    }

    /** Opens the index in {@code directory}, creating the directory and an empty index when absent. */
    public static SearchIndex open(Path directory) throws IOException {
        Objects.requireNonNull(directory, "directory");
        FSDirectory fs = FSDirectory.open(directory);
        try {
            return new SearchIndex(directory, fs, Analyzers.perField());
        } catch (IOException | RuntimeException e) {
            fs.close();
            throw e;
        }
    }

    private void openWriter() throws IOException {
        IndexWriterConfig config = new IndexWriterConfig(analyzer)
                .setOpenMode(IndexWriterConfig.OpenMode.CREATE_OR_APPEND)
                .setRAMBufferSizeMB(RAM_BUFFER_MB)
                .setCommitOnClose(false);
        IndexWriter opened = new IndexWriter(directory, config);
        try {
            opened.commit();
            searchers = new SearcherManager(opened, null);
            writer = opened;
        } catch (IOException | RuntimeException e) {
            opened.rollback();
            throw e;
        }
    }

    /** The directory the index is in. */
    public Path path() {
        return path;
    }

    /** How many articles the index holds. */
    public long articleCount() throws IOException {
        IndexSearcher searcher = acquire();
        try {
            return searcher.count(new TermQuery(new Term(IndexFields.KIND, SearchKind.ARTICLE.label())));
        } finally {
            searchers.release(searcher);
        }
    }

    /**
     * Adds the documents of every record whose article the index does not hold yet (each article once,
     * however often it repeats), commits and makes them visible to searches. The index then answers
     * for an article as it was first stored, as the store does.
     *
     * @return the number of articles added
     */
    public synchronized int addNew(List<Record> records) throws IOException {
        Objects.requireNonNull(records, "records");
        IndexSearcher searcher = acquire();
        int added = 0;
        try {
            Set<String> seen = new HashSet<>();
            for (Record record : records) {
                if (!seen.add(record.id())) continue;
                if (searcher.count(new TermQuery(new Term(IndexFields.ARTICLE_ID, record.id()))) > 0) continue;
                writer.addDocuments(RecordDocuments.of(record));
                added++;
            }
        } catch (IOException | RuntimeException e) {
            searchers.release(searcher);
            discardUncommitted();
            throw e;
        }
        searchers.release(searcher);
        if (added > 0) publish();
        return added;
    }

    /**
     * Replaces everything in the index by the documents of {@code records}. Searches see the old index
     * until the new one is committed; when reading or writing fails, the old index stays.
     *
     * @param progress told the number of documents written so far, now and then and at the end
     * @return the number of documents written
     */
    public synchronized long rebuild(Iterator<Record> records, LongConsumer progress) throws IOException {
        Objects.requireNonNull(records, "records");
        Objects.requireNonNull(progress, "progress");
        requireOpen();
        long documents;
        try (ParallelAdder adder = new ParallelAdder(writer, INDEXING_THREADS)) {
            writer.deleteAll();
            long reported = 0;
            while (records.hasNext()) {
                adder.add(records.next());
                if (adder.documents() - reported >= PROGRESS_EVERY) {
                    reported = adder.documents();
                    progress.accept(reported);
                }
            }
            documents = adder.finish(progress);
        } catch (IOException | RuntimeException e) {
            discardUncommitted();
            throw e;
        }
        publish();
        progress.accept(documents);
        return documents;
    }

    /**
     * One page of hits for {@code request}, best first (ties in a fixed order, so that pages neither
     * repeat nor skip a hit).
     *
     * @throws QuerySyntaxException     when the query cannot be read
     * @throws IllegalArgumentException when the cursor is not one a search returned
     */
    public SearchPage search(SearchRequest request) throws IOException {
        Objects.requireNonNull(request, "request");
        Query matching = language.parse(request.query());
        Query query = withKinds(matching, request.kinds());
        FieldDoc after = request.cursor() == null ? null : Cursor.decode(request.cursor());
        IndexSearcher searcher = acquire();
        try {
            // Collecting stops counting at the page's size so that it may skip hits that cannot make the
            // page; count() answers the total from the index statistics where it can.
            TopFieldDocs top = searcher.search(query,
                    new TopFieldCollectorManager(BY_SCORE_THEN_KEY, request.limit() + 1, after, request.limit() + 1));
            long total = searcher.count(query);
            int count = Math.min(request.limit(), top.scoreDocs.length);
            int[] docs = new int[count];
            for (int i = 0; i < count; i++) {
                docs[i] = top.scoreDocs[i].doc;
            }
            String[] snippets = Snippets.of(searcher, analyzer, matching, docs);
            StoredFields stored = searcher.storedFields();
            List<SearchHit> hits = new ArrayList<>(count);
            for (int i = 0; i < count; i++) {
                hits.add(hit(stored.document(docs[i]), (Float) ((FieldDoc) top.scoreDocs[i]).fields[0], snippets[i]));
            }
            String next = null;
            if (top.scoreDocs.length > count && count > 0) {
                FieldDoc last = (FieldDoc) top.scoreDocs[count - 1];
                next = Cursor.encode((Float) last.fields[0], (BytesRef) last.fields[1]);
            }
            return new SearchPage(hits, total, next);
        } finally {
            searchers.release(searcher);
        }
    }

    /** Closes the index; searches still running finish on the readers they hold. Closing twice does nothing. */
    @Override
    public synchronized void close() throws IOException {
        if (closed) return;
        closed = true;
        try {
            searchers.close();
            writer.rollback();
        } finally {
            directory.close();
        }
    }

    private static Query withKinds(Query matching, Set<SearchKind> kinds) {
        if (kinds.isEmpty() || kinds.size() == SearchKind.values().length) return matching;
        BooleanQuery.Builder anyKind = new BooleanQuery.Builder();
        for (SearchKind kind : kinds) {
            anyKind.add(new TermQuery(new Term(IndexFields.KIND, kind.label())), BooleanClause.Occur.SHOULD);
        }
        return new BooleanQuery.Builder()
                .add(matching, BooleanClause.Occur.MUST)
                .add(anyKind.build(), BooleanClause.Occur.FILTER)
                .build();
    }

    private static SearchHit hit(Document doc, float score, String snippet) {
        SearchKind kind = SearchKind.parse(doc.get(IndexFields.KIND));
        Number day = doc.getField(IndexFields.PUBLISHED) == null ? null : doc.getField(IndexFields.PUBLISHED).numericValue();
        return new SearchHit(kind, doc.get(IndexFields.ARTICLE_ID), doc.get(IndexFields.ITEM_ID), doc.get(IndexFields.ARTICLE_TITLE),
                snippet, score, day == null ? null : LocalDate.ofEpochDay(day.longValue()));
    }

    /** Commits what was written and lets the next searches see it. */
    private void publish() throws IOException {
        writer.commit();
        searchers.maybeRefreshBlocking();
    }

    /** Drops what was written since the last commit; rolling back closes the writer, so a new one takes over. */
    private void discardUncommitted() throws IOException {
        SearcherManager previous = searchers;
        writer.rollback();
        openWriter();
        previous.close();
    }

    /** A searcher of the current manager; one that a failed write replaced in the meantime is skipped. */
    private IndexSearcher acquire() throws IOException {
        while (true) {
            requireOpen();
            SearcherManager current = searchers;
            try {
                return current.acquire();
            } catch (AlreadyClosedException e) {
                if (current == searchers) throw closedException();
            }
        }
    }

    private void requireOpen() {
        if (closed) throw closedException();
    }

    private IllegalStateException closedException() {
        return new IllegalStateException("search index " + path + " is closed");
    }
}
