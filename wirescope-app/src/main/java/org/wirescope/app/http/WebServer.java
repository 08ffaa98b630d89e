package org.wirescope.app.http;

import io.javalin.Javalin;
import io.javalin.config.SizeUnit;
import io.javalin.http.staticfiles.Location;
import java.net.URI;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import org.wirescope.app.Ingestion;
import org.wirescope.app.Version;
import org.wirescope.store.Store;

/**
 * {@code wirescope serve}: the JSON API under {@code /api/}, its OpenAPI description at
 * {@code /openapi.json} and Swagger UI at {@code /api/docs}, the browser UI from the class path's
 * {@code /web} at {@code /}, and WebJars at {@code /webjars/}. Reads run in parallel on the store's
 * read connections; an ingest runs beside them.
 *
 * <pre>{@code
 * try (Store store = Store.open(db);
 *      WebServer server = WebServer.start(store, ServerSettings.loopback().withToken("s3cret"), ingestionFactory, "stages=all")) {
 *     System.out.println(server.uri());
 *     server.awaitStop();
 * }
 * }</pre>
 */
public final class WebServer implements AutoCloseable {

    private final Javalin app;
    private final URI uri;

    private WebServer(Javalin app, URI uri) {
        this.app = app;
        this.uri = uri;
    }

    /**
     * Starts serving {@code store}. {@code ingestion} makes the ingest pipeline when the first ingest
     * arrives; {@code ingestOptions} names the run options ingests are recorded under.
     */
    public static WebServer start(Store store, ServerSettings settings, Supplier<Ingestion> ingestion, String ingestOptions) {
        Objects.requireNonNull(store, "store");
        Objects.requireNonNull(settings, "settings");
        Optional<RateLimiter> limiter = settings.rateLimit() == 0 ? Optional.empty()
                : Optional.of(new RateLimiter(settings.rateLimit(), System::nanoTime));
        Api api = new Api(store, settings, new IngestService(store, ingestion, ingestOptions), limiter, Version.number());
        Javalin app = Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.jetty.host = settings.bind();
            config.jetty.port = settings.port();
            config.jetty.multipartConfig.maxFileSize(IngestService.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.jetty.multipartConfig.maxTotalRequestSize(IngestService.MAX_UPLOAD_BYTES, SizeUnit.BYTES);
            config.http.maxRequestSize = IngestService.MAX_UPLOAD_BYTES;
            if (WebServer.class.getResource("/web") != null) {
                config.staticFiles.add(files -> {
                    files.hostedPath = "/";
                    files.directory = "/web";
                    files.location = Location.CLASSPATH;
                    files.headers = Replies.SECURITY_HEADERS;
                });
            }
            config.staticFiles.enableWebjars();
            api.declare(config.routes);
        });
        app.start();
        String host = settings.bind().contains(":") ? "[" + settings.bind() + "]" : settings.bind();
        return new WebServer(app, URI.create("http://" + host + ":" + app.port() + "/"));
    }

    /** The port it listens on (the one picked when asked for port 0). */
    public int port() {
        return app.port();
    }

    /** Where it answers: {@code http://127.0.0.1:PORT/}. */
    public URI uri() {
        return uri;
    }

    /** Stops accepting requests and ends the ones in progress. */
    @Override
    public void close() {
        app.stop();
    }
}
