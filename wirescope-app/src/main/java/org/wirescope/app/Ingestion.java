package org.wirescope.app;

import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wirescope.config.Limits;
import org.wirescope.dedup.StorySignature;
import org.wirescope.ingest.Inputs;
import org.wirescope.model.Record;
import org.wirescope.model.Reject;
import org.wirescope.pipeline.Outcome;
import org.wirescope.pipeline.Pipeline;
import org.wirescope.store.BatchResult;
import org.wirescope.store.Run;
import org.wirescope.store.RunStats;
import org.wirescope.store.Store;

/**
 * One ingest run, as {@code wirescope ingest} and {@code POST /api/ingest} do it: inputs through the
 * pipeline on several threads, exact and near copies marked in input order against the articles of the
 * run and every article stored before (the store keeps the near-duplicate index), records, rejects and
 * the index's new signatures stored in transactions of {@code batch} items, and the run recorded in the store.
 *
 * <pre>{@code
 * Ingestion ingestion = new Ingestion(pipeline, Limits.DEFAULTS, 4, 256);
 * Ingestion.Result result = ingestion.run(store, List.of("crawl/"), "stages=all", System.in, Ingestion.Watcher.NONE);
 * }</pre>
 */
public final class Ingestion {

    private final Pipeline pipeline;
    private final Limits limits;
    private final int threads;
    private final int batch;

    /**
     * @param threads documents processed at once, {@code >= 1}
     * @param batch   records and rejects stored per transaction, {@code >= 1}
     */
    public Ingestion(Pipeline pipeline, Limits limits, int threads, int batch) {
        this.pipeline = Objects.requireNonNull(pipeline, "pipeline");
        this.limits = Objects.requireNonNull(limits, "limits");
        if (threads < 1) throw new IllegalArgumentException("threads must be >= 1, was " + threads);
        if (batch < 1) throw new IllegalArgumentException("batch must be >= 1, was " + batch);
        this.threads = threads;
        this.batch = batch;
    }

    /**
     * Ingests {@code inputs} (files, directories, globs or {@code -} for {@code stdin}) into
     * {@code store} as the run of those inputs with {@code options}, telling {@code watcher} as it goes.
     */
    public Result run(Store store, List<String> inputs, String options, InputStream stdin, Watcher watcher) {
        try (Inputs in = Inputs.open(inputs, limits, stdin)) {
            watcher.opened(in.fileCount(), in.totalBytes());
            Run run = store.beginRun(RunInputs.normalise(inputs), options);
            Batches batches = new Batches(store, run, batch);
            StoryMarks stories = StoryMarks.continuing(store);
            Ordered.map(in.iterator(), item -> Processed.of(pipeline, item), threads, done -> {
                batches.add(stories.mark(done.outcome()));
                watcher.processed(done.uri(), done.bytes(), done.outcome());
            });
            batches.flush();
            store.finishRun(run, new RunStats(in.fileCount(), batches.records, batches.rejects, in.totalBytes(), "finished"));
            return new Result(in.fileCount(), batches.added, batches.skipped, batches.rejects, in.totalBytes());
        }
    }

    /**
     * What a run did.
     *
     * @param added   articles stored
     * @param present articles found already stored
     */
    public record Result(long files, long added, long present, long rejects, long bytes) {
    }

    /** Told what a run does, on the thread that runs it. */
    public interface Watcher {

        Watcher NONE = new Watcher() {
        };

        /** The inputs are open: this many files of this many bytes in all. */
        default void opened(int files, long bytes) {
        }

        /** One input item went through the pipeline and is queued for storing. */
        default void processed(String uri, long bytes, Outcome outcome) {
        }
    }

    /** Collects records and rejects and writes them in transactions of {@code size} items. */
    private static final class Batches {
        private final Store store;
        private final Run run;
        private final int size;
        private final List<Record> pendingRecords = new ArrayList<>();
        private final List<Reject> pendingRejects = new ArrayList<>();
        private final List<StorySignature> pendingSignatures = new ArrayList<>();
        long records;
        long rejects;
        long added;
        long skipped;

        Batches(Store store, Run run, int size) {
            this.store = store;
            this.run = run;
            this.size = size;
        }

        void add(StoryMarks.Marked marked) {
            Outcome outcome = marked.outcome();
            pendingRecords.addAll(outcome.records());
            pendingSignatures.addAll(marked.signatures());
            pendingRejects.addAll(outcome.rejects());
            records += outcome.records().size();
            rejects += outcome.rejects().size();
            if (pendingRecords.size() + pendingRejects.size() >= size) flush();
        }

        void flush() {
            if (pendingRecords.isEmpty() && pendingRejects.isEmpty()) return;
            BatchResult result = store.write(run, List.copyOf(pendingRecords), List.copyOf(pendingRejects),
                    List.copyOf(pendingSignatures));
            added += result.articlesAdded();
            skipped += result.articlesSkipped();
            pendingRecords.clear();
            pendingRejects.clear();
            pendingSignatures.clear();
        }
    }
}
