package org.wirescope.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.concurrent.Callable;
import org.wirescope.store.StoreException;
import org.wirescope.store.SyntheticStore;
import org.wirescope.store.search.SearchIndex;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirescope bench store}: builds a large made-up store (tables and index) for load tests. */
@Command(name = "store", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Builds a large made-up store for load tests, and reports how long it took and its size.", "",
            "The tables are filled by DuckDB from SQL (not by the pipeline): wire-story-like articles of news "
                + "words with two countries, a made-up official quoted through a made-up outlet, and events "
                + "with valid CAMEO codes, Goldstein values, QuadClass and PLOVER types from the codebook, "
                + "published over five years from 2021. Then the full-text index is built from the tables. "
                + "The same sizes and seed give the same store.", ""},
        footerHeading = "%nExamples:%n",
        footer = {"  wirescope bench store --out bench.duckdb --articles 100000 --events 1000000",
            "  wirescope search 'cameo:13 country:IRN' --db bench.duckdb"})
public final class BenchStoreCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--out", required = true, paramLabel = "DB", description = "The database file to create (must not exist).")
    Path out;

    @Option(names = "--articles", paramLabel = "N", defaultValue = "100000", description = "Articles (default: ${DEFAULT-VALUE}).")
    int articles;

    @Option(names = "--events", paramLabel = "N", defaultValue = "1000000",
            description = "Events, spread evenly over the articles (default: ${DEFAULT-VALUE}).")
    int events;

    @Option(names = "--seed", paramLabel = "N", defaultValue = "1", description = "Seed of the made-up content (default: ${DEFAULT-VALUE}).")
    long seed;

    @Override
    public Integer call() {
        if (articles < 1) throw new ParameterException(spec.commandLine(), "--articles must be at least 1, was " + articles);
        if (events < 0) throw new ParameterException(spec.commandLine(), "--events must be >= 0, was " + events);
        if (Files.exists(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " exists; give a new file");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        err.println("filling the tables of " + out + " (" + articles + " articles, " + events + " events) \u2026");
        err.flush();
        CountProgress progress = CountProgress.onStderr(err, "indexed", "documents");
        try {
            SyntheticStore.Report report = SyntheticStore.generate(out, new SyntheticStore.Size(articles, events, seed),
                    progress::update);
            progress.finish();
            Path index = SearchIndex.besideDatabase(out);
            stdout.println(String.format(Locale.ROOT, "articles   %,d", report.articles()));
            stdout.println(String.format(Locale.ROOT, "quotes     %,d", report.quotes()));
            stdout.println(String.format(Locale.ROOT, "events     %,d", report.events()));
            stdout.println(String.format(Locale.ROOT, "tables     %.1f s", report.tableSeconds()));
            stdout.println(String.format(Locale.ROOT, "index      %.1f s (%,d documents, %,.0f/s)", report.indexSeconds(),
                    report.documents(), report.documents() / Math.max(1e-9, report.indexSeconds())));
            stdout.println(String.format(Locale.ROOT, "total      %.1f s", report.tableSeconds() + report.indexSeconds()));
            stdout.println("database   " + out + " (" + ByteSize.human(DirectorySize.of(out)) + ")");
            stdout.println("index      " + index + " (" + ByteSize.human(DirectorySize.of(index)) + ")");
            stdout.flush();
            return Exits.OK;
        } catch (StoreException e) {
            progress.finish();
            return Exits.storeError(err, e);
        }
    }
}
