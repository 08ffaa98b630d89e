package org.wirescope.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import org.wirescope.app.http.ServerSettings;
import org.wirescope.app.http.WebServer;
import org.wirescope.config.Limits;
import org.wirescope.pipeline.Pipeline;
import org.wirescope.store.Store;
import org.wirescope.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirescope bench serve}: response times of the HTTP API under concurrent clients, with and without an ingest. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Measures the HTTP API's response times under concurrent clients.",
            "",
            "Serves the store in this process on a random loopback port, with no rate limit, and runs --clients "
                    + "threads that send requests one after another for --seconds (after --warmup seconds not "
                    + "counted), taking turns through search, article, dyad timeline (monthly) and network "
                    + "requests with parameters drawn from the store. Prints p50, p95 and p99 in milliseconds, "
                    + "requests per second and errors (any answer but 200) of each kind.",
            "",
            "With --with-ingest FILE…, a second phase does the same while one more client POSTs the files to "
                    + "/api/ingest round after round (titles of .txt and .jsonl files numbered by round, so each "
                    + "round stores new articles). The store is written to: use a copy.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  wirescope bench serve --db bench.duckdb",
            "  wirescope bench serve --db bench.duckdb --clients 8 --seconds 60 --with-ingest day1.jsonl --stages clean",
        })
public final class BenchServeCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Mixin
    QueryThreadsOption queryThreadsOption;

    @Option(names = "--clients", paramLabel = "N", defaultValue = "8", description = "Concurrent clients (default: ${DEFAULT-VALUE}).")
    int clients;

    @Option(names = "--seconds", paramLabel = "S", defaultValue = "60", description = "Measured seconds per phase (default: ${DEFAULT-VALUE}).")
    double seconds;

    @Option(names = "--warmup", paramLabel = "S", defaultValue = "5", description = "Seconds of load before measuring (default: ${DEFAULT-VALUE}).")
    double warmup;

    @Option(names = "--with-ingest", paramLabel = "FILE", arity = "1..*",
            description = "Files to ingest over HTTP, in a loop, during a second phase.")
    List<Path> ingestFiles = new ArrayList<>();

    @Mixin
    StageOption stageOption;

    @Option(names = "--json", description = "Print the results as one JSON object.")
    boolean json;

    @Override
    public Integer call() throws InterruptedException {
        if (clients < 1) throw new ParameterException(spec.commandLine(), "--clients must be at least 1, was " + clients);
        if (seconds <= 0) throw new ParameterException(spec.commandLine(), "--seconds must be positive, was " + seconds);
        if (warmup < 0) throw new ParameterException(spec.commandLine(), "--warmup must be >= 0, was " + warmup);
        int queryThreads = queryThreadsOption.threads(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Path db = dbOptions.path();
        if (!Files.isRegularFile(db)) {
            err.println("wirescope bench serve: no database at " + db + " (pass --db)");
            return Exits.USAGE;
        }
        for (Path file : ingestFiles) {
            if (!Files.isRegularFile(file)) {
                err.println("wirescope bench serve: no file " + file + " to ingest");
                return Exits.USAGE;
            }
        }
        String token = UUID.randomUUID().toString();
        Limits limits = Limits.DEFAULTS;
        try (Store store = Store.open(db, queryThreads);
             WebServer server = WebServer.start(store, new ServerSettings("127.0.0.1", 0, Optional.of(token), 0),
                     () -> new Ingestion(Pipeline.create(limits, stageOption.stages), limits, 1, 64),
                     "bench stages=" + stageOption.stages.name().toLowerCase(Locale.ROOT))) {
            ServeLoad load = ServeLoad.against(store, server.uri());
            err.println("wirescope bench serve: " + store.articleCount() + " articles, " + clients + " clients, "
                    + server.uri());
            if (warmup > 0) load.run(clients, warmup, 1);
            List<BenchServeReport.Phase> phases = new ArrayList<>();
            long[] cache = load.answerCache();
            Map<ServeLoad.Kind, Latencies> readsOnly = load.run(clients, seconds, 2);
            long[] after = load.answerCache();
            phases.add(new BenchServeReport.Phase("reads only", readsOnly, seconds, Optional.empty(),
                    after[0] - cache[0], after[1] - cache[1]));
            if (!ingestFiles.isEmpty()) {
                IngestLoop ingest = new IngestLoop(server.uri(), token, ingestFiles);
                Thread writer = new Thread(ingest, "wirescope-bench-ingest");
                writer.start();
                Map<ServeLoad.Kind, Latencies> during = load.run(clients, seconds, 3);
                ingest.stop();
                writer.join();
                long[] end = load.answerCache();
                phases.add(new BenchServeReport.Phase("with ingest", during, seconds, Optional.of(ingest),
                        end[0] - after[0], end[1] - after[1]));
            }
            BenchServeReport report = new BenchServeReport(clients, phases);
            out.println(json ? report.json() : report.text());
            out.flush();
            return report.errors() == 0 ? Exits.OK : Exits.NOTHING;
        } catch (StoreException e) {
            return Exits.storeError(err, e);
        } catch (IllegalArgumentException e) {
            err.println("wirescope bench serve: " + e.getMessage());
            return Exits.USAGE;
        }
    }
}
