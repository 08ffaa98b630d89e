package org.wirescope.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
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

/** {@code wirescope serve}: the store as a JSON API with OpenAPI docs, and the browser UI. */
@Command(name = "serve", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Serves the store over HTTP: a JSON API, its OpenAPI description and the browser UI.",
            "",
            "Routes: /api/health, /api/search, /api/articles[/{id}], /api/quotes, /api/actors[/{key}], /api/events, "
                    + "/api/dyads, /api/network, POST /api/ingest (token only), /openapi.json, /api/docs (Swagger UI), "
                    + "and the UI at /. Listens on this machine only unless --bind says otherwise. Read endpoints "
                    + "are open; writing needs 'Authorization: Bearer TOKEN' and is off without a token.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  wirescope serve --db news.duckdb                      http://127.0.0.1:8080/",
            "  wirescope serve --port 0                              a free port; the URL is printed",
            "  WIRESCOPE_TOKEN=s3cret wirescope serve --stages clean  ingest over HTTP without language models",
            "  curl -H 'Authorization: Bearer s3cret' --data-binary @day1.jsonl \\",
            "       -H 'Content-Type: application/x-ndjson' http://127.0.0.1:8080/api/ingest",
        })
public final class ServeCommand implements Callable<Integer> {

    static final String TOKEN_ENV = "WIRESCOPE_TOKEN";

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Mixin
    QueryThreadsOption queryThreadsOption;

    @Option(names = "--port", paramLabel = "N", defaultValue = "8080",
            description = "Port to listen on; 0 picks a free one (default: ${DEFAULT-VALUE}).")
    int port;

    @Option(names = "--bind", paramLabel = "ADDR", defaultValue = "127.0.0.1",
            description = "Address to listen on (default: ${DEFAULT-VALUE}, this machine only; 0.0.0.0 for every "
                    + "interface).")
    String bind;

    @Option(names = "--token", paramLabel = "T",
            description = "Bearer token that write endpoints (POST /api/ingest) require (default: $" + TOKEN_ENV
                    + "; without one, writing is off).")
    String token;

    @Option(names = "--rate-limit", paramLabel = "N", defaultValue = "" + ServerSettings.DEFAULT_RATE_LIMIT,
            description = "Requests a minute each client may make to /api/; more are answered 429 with Retry-After. "
                    + "0 for no limit (default: ${DEFAULT-VALUE}).")
    int rateLimit;

    @Mixin
    StageOption stageOption;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    ThreadOptions threads;

    @Override
    public Integer call() {
        int queryThreads = queryThreadsOption.threads(spec);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        ServerSettings settings = settings();
        Limits limits = limitOptions.limits();
        String options = limitOptions.describe() + " stages=" + stageOption.stages.name().toLowerCase(Locale.ROOT);
        Shutdown shutdown = new Shutdown();
        try (Store store = Store.open(dbOptions.path(), queryThreads);
             WebServer server = WebServer.start(store, settings,
                     () -> new Ingestion(Pipeline.create(limits, stageOption.stages), limits, threads.threads(), 256),
                     options)) {
            out.println("wirescope: serving " + dbOptions.path() + " at " + server.uri() + " (API docs: " + server.uri()
                    + "api/docs; Ctrl-C stops)");
            if (settings.token().isEmpty()) out.println("wirescope: writing is off (no --token or $" + TOKEN_ENV + ")");
            out.flush();
            shutdown.await();
            return Exits.OK;
        } catch (StoreException e) {
            return Exits.storeError(err, e);
        } catch (RuntimeException e) {
            err.println("wirescope: cannot serve on " + bind + ":" + port + ": " + rootMessage(e));
            err.flush();
            return Exits.USAGE;
        } finally {
            shutdown.closed();
        }
    }

    private ServerSettings settings() {
        Optional<String> secret = Optional.ofNullable(token).or(() -> Optional.ofNullable(System.getenv(TOKEN_ENV)));
        try {
            return new ServerSettings(bind, port, secret, rateLimit);
        } catch (IllegalArgumentException e) {
            throw new ParameterException(spec.commandLine(), e.getMessage()
                    .replace("port", "--port").replace("rateLimit", "--rate-limit"));
        }
    }

    /**
     * Ctrl-C or SIGTERM: the hook wakes the serving thread, which closes the server and the store
     * (ending the requests in progress), and lets the process end once that is done.
     */
    private static final class Shutdown {
        private final CountDownLatch asked = new CountDownLatch(1);
        private final CountDownLatch done = new CountDownLatch(1);

        Shutdown() {
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                asked.countDown();
                try {
                    done.await(10, TimeUnit.SECONDS);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }, "wirescope-serve-stop"));
        }

        void await() {
            try {
                asked.await();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        void closed() {
            done.countDown();
        }
    }

    private static String rootMessage(Throwable e) {
        Throwable root = e;
        while (root.getCause() != null && root.getCause() != root) root = root.getCause();
        return String.valueOf(root.getMessage());
    }
}
