package org.wirescope.app;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirescope.config.Limits;
import org.wirescope.model.Reject;
import org.wirescope.pipeline.Outcome;
import org.wirescope.pipeline.Pipeline;
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
        Ingestion ingestion = new Ingestion(Pipeline.create(limits, stageOption.stages), limits, threads.threads(), batch);
        String options = limitOptions.describe() + " stages=" + stageOption.stages.name().toLowerCase(Locale.ROOT);
        long started = System.nanoTime();
        try (Store store = Store.open(db)) {
            ProgressWatcher watcher = new ProgressWatcher(err);
            Ingestion.Result result = ingestion.run(store, inputs, options, System.in, watcher);
            watcher.finish();
            IngestSummary summary = new IngestSummary(result.files(), result.added(), result.present(), result.rejects(),
                    result.bytes(), (System.nanoTime() - started) / 1e9, db.toString());
            out.println(json ? summary.json() : summary.text());
            out.flush();
            return Exits.of(result.added() + result.present(), result.rejects());
        } catch (StoreException e) {
            return Exits.storeError(err, e);
        }
    }

    /** The progress line and the rejects on standard error. */
    private static final class ProgressWatcher implements Ingestion.Watcher {
        private final PrintWriter err;
        private Progress progress;

        ProgressWatcher(PrintWriter err) {
            this.err = err;
        }

        @Override
        public void opened(int files, long bytes) {
            progress = new Progress(err, files > 1, System.console() != null, files, bytes, System::nanoTime);
        }

        @Override
        public void processed(String uri, long bytes, Outcome outcome) {
            for (Reject reject : outcome.rejects()) progress.message(reject.line());
            progress.advance(uri, bytes, outcome.records().size(), outcome.rejects().size());
        }

        void finish() {
            if (progress != null) progress.finish();
        }
    }
}
