package org.wirescope.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

/** What an ingest run did, for people (a short table) or for scripts (one JSON object). */
record IngestSummary(long files, long added, long present, long rejects, long bytes, double seconds, String db) {

    double megabytesPerSecond() {
        return seconds > 0 ? bytes / 1e6 / seconds : 0;
    }

    /** Articles stored or found already present, per second. */
    double articlesPerSecond() {
        return seconds > 0 ? (added + present) / seconds : 0;
    }

    String text() {
        return String.join(System.lineSeparator(),
                "files            " + files,
                "articles added   " + added,
                "already present  " + present,
                "rejects          " + rejects,
                "read             " + ByteSize.human(bytes) + " (" + Progress.rate(megabytesPerSecond()) + " MB/s, "
                        + String.format(Locale.ROOT, "%.0f", articlesPerSecond()) + " articles/s)",
                "elapsed          " + String.format(Locale.ROOT, "%.1f s", seconds),
                "database         " + db);
    }

    String json() {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = new JsonFactory().createGenerator(sw)) {
            g.writeStartObject();
            g.writeNumberField("files", files);
            g.writeNumberField("articles_added", added);
            g.writeNumberField("articles_present", present);
            g.writeNumberField("rejects", rejects);
            g.writeNumberField("bytes", bytes);
            g.writeNumberField("elapsed_s", Math.round(seconds * 1000) / 1000.0);
            g.writeNumberField("mb_per_s", Math.round(megabytesPerSecond() * 100) / 100.0);
            g.writeNumberField("articles_per_s", Math.round(articlesPerSecond() * 10) / 10.0);
            g.writeStringField("db", db);
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }
}
