package org.wirescope.app.http;

import java.nio.file.Path;
import java.util.List;
import org.wirescope.app.Ingestion;
import org.wirescope.config.Limits;
import org.wirescope.model.Record;
import org.wirescope.pipeline.Pipeline;
import org.wirescope.pipeline.Stages;
import org.wirescope.store.Store;

/** The {@link Newsdesk} store served on a random loopback port, with a client for it; closing stops both. */
final class ServedNewsdesk implements AutoCloseable {

    static final String TOKEN = "test-token-7f3a";

    final List<Record> records;
    final Store store;
    final WebServer server;
    final Http http;

    private ServedNewsdesk(List<Record> records, Store store, WebServer server) {
        this.records = records;
        this.store = store;
        this.server = server;
        this.http = new Http(server.uri());
    }

    /** The newsdesk served with the token, no rate limit, and ingests cleaning only (no language models). */
    static ServedNewsdesk start(Path dir) {
        return start(dir, ServerSettings.loopback().withToken(TOKEN).withRateLimit(0));
    }

    static ServedNewsdesk start(Path dir, ServerSettings settings) {
        Path db = dir.resolve("newsdesk.duckdb");
        List<Record> records = Newsdesk.store(db);
        Store store = Store.open(db);
        WebServer server = WebServer.start(store, settings,
                () -> new Ingestion(Pipeline.create(Limits.DEFAULTS, Stages.CLEAN), Limits.DEFAULTS, 2, 64), "stages=clean");
        return new ServedNewsdesk(records, store, server);
    }

    Record record(String title) {
        return records.stream().filter(r -> r.article().title().equals(title)).findFirst().orElseThrow();
    }

    @Override
    public void close() {
        try (store) {
            server.close();
        }
    }
}
