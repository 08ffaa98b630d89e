package org.wirescope.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.Callable;
import org.wirescope.store.Store;
import org.wirescope.store.StoreException;
import org.wirescope.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wirescope reindex}: rebuilds the full-text index of a store from its tables. */
@Command(name = "reindex", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Rebuilds the full-text search index beside the database from its tables.", "",
            "Every ingest keeps the index current, and opening a store whose index misses articles rebuilds it; "
                + "run this after restoring the database from a backup or to compact the index. Searches see "
                + "the old index until the new one is complete. Progress goes to stderr, a summary to stdout.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  wirescope reindex --db news.duckdb", "  wirescope search 'speaker:Ghalibaf' --db news.duckdb"})
public final class ReindexCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(dbOptions.path())) {
            err.println("wirescope: nothing to index: no database at " + dbOptions.path()
                    + " (add articles with: wirescope ingest INPUT\u2026, or pass --db)");
            return Exits.OK;
        }
        try (Store store = Store.open(dbOptions.path())) {
            CountProgress progress = CountProgress.onStderr(err, "indexed", "documents");
            long documents = store.reindex(progress::update);
            progress.finish();
            Map<String, Long> rows = store.rowCounts();
            out.println(String.format(Locale.ROOT, "indexed %d documents (%d articles, %d quotes, %d events) in %.1f s",
                    documents, rows.getOrDefault("articles", 0L), rows.getOrDefault("quotes", 0L),
                    rows.getOrDefault("events", 0L), progress.elapsedSeconds()));
            out.println("index  " + SearchIndex.besideDatabase(dbOptions.path()) + " ("
                    + ByteSize.human(DirectorySize.of(SearchIndex.besideDatabase(dbOptions.path()))) + ")");
            out.flush();
            return Exits.OK;
        } catch (StoreException e) {
            return Exits.storeError(err, e);
        }
    }
}
