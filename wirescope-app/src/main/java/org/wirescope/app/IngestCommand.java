package org.wirescope.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
import org.wirescope.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirescope ingest INPUT… [--db PATH]}: runs input through the pipeline into the store. */
@Command(name = "ingest", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Stores the articles of the input in the database.",
            "",
            "Runs input through the pipeline and stores the articles in a DuckDB database, "
                    + "in transactions of one batch each. Multi-file runs show progress on standard error; "
                    + "a summary follows at the end.",
            "",
            "Ingest is idempotent: an article already stored (same normalised title and body) is counted "
                    + "as 'already present' and not stored again, so a rerun after a crash or Ctrl-C "
                    + "resumes where the last committed batch ended. Rejected input is reported on standard "
                    + "error and kept in the 'rejects' table.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  wirescope ingest examples/",
            "  wirescope ingest crawl/2024-06/ --db news.duckdb --threads 2",
            "  WIRESCOPE_DB=news.duckdb wirescope ingest feed.warc.gz --json",
        })
public final class IngestCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, directories (read recursively) or '-' for standard input.")
    List<String> inputs;

    @Mixin
    DbOptions dbOptions;

    @Option(names = "--json", description = "Print the summary as one JSON object instead of a table.")
    boolean json;

    @Option(names = "--batch", paramLabel = "N", defaultValue = "256",
            description = "Records and rejects stored per transaction (default: ${DEFAULT-VALUE}).")
    int batch;

    @Mixin
    ThreadOptions threads;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    StageOption stageOption;

    @Override
    public Integer call() {
        if (batch < 1) throw new ParameterException(spec.commandLine(), "--batch must be at least 1, was " + batch);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path db = dbOptions.path();
        Limits limits = limitOptions.limits();
        Pipeline pipeline = Pipeline.create(limits, stageOption.stages);
        long started = System.nanoTime();
        try (Store store = Store.open(db); Inputs in = Inputs.open(inputs, limits, System.in)) {
            Run run = store.beginRun(RunInputs.normalise(inputs), limitOptions.describe() + " stages=" + stageOption.stages.name().toLowerCase(java.util.Locale.ROOT));
            Progress progress = new Progress(err, in.fileCount() > 1, System.console() != null,
                    in.fileCount(), in.totalBytes(), System::nanoTime);
            Batches batches = new Batches(store, run, batch);
            StoryMarks stories = StoryMarks.continuing(store);
            Ordered.map(in.iterator(), item -> Processed.of(pipeline, item), threads.threads(), done -> {
                for (Reject reject : done.outcome().rejects()) progress.message(reject.line());
                batches.add(stories.mark(done.outcome()));
                progress.advance(done.uri(), done.bytes(), done.outcome().records().size(),
                        done.outcome().rejects().size());
            });
            batches.flush();
            progress.finish();
            store.finishRun(run, new RunStats(in.fileCount(), batches.records, batches.rejects, in.totalBytes(), "finished"));
            IngestSummary summary = new IngestSummary(in.fileCount(), batches.added, batches.skipped, batches.rejects,
                    in.totalBytes(), (System.nanoTime() - started) / 1e9, db.toString());
            out.println(json ? summary.json() : summary.text());
            out.flush();
            return Exits.of(batches.added + batches.skipped, batches.rejects);
        } catch (StoreException e) {
            err.println("wirescope: store error: " + e.getMessage());
            err.flush();
            return Exits.STORE;
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
