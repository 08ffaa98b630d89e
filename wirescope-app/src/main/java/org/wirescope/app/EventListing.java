package org.wirescope.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Locale;
import org.wirescope.store.EventRow;

/** Events found in the store: one readable line each for people, one JSON object each for scripts. */
final class EventListing {

    private static final JsonFactory JSON = new JsonFactory();

    private EventListing() {
    }

    /**
     * {@code 2024-05-05 IRNGOV → USA 130 THREATEN (asserted) “threatened Washington” — Harbour talks
     * stall [a-1f2e3d4c5b6a7988]}: each side by its code, else its name; {@code -} for an unknown
     * day or a missing target; a mediator as {@code (via OMN)} after the target.
     */
    static String line(EventRow e) {
        return e.date().map(LocalDate::toString).orElse("-") + " "
                + flat(e.sourceCode().orElse(e.sourceName())) + " \u2192 "
                + flat(e.targetCode().or(e::targetName).orElse("-")) + " "
                + e.mediatorName().map(m -> "(via " + flat(e.mediatorCode().orElse(m)) + ") ").orElse("")
                + e.cameo() + " " + e.ploverType() + " (" + modality(e) + ") \u201C" + flat(e.evidence()) + "\u201D \u2014 "
                + ArticleTable.truncate(e.articleTitle(), ArticleTable.TITLE_WIDTH) + " [" + e.articleId() + "]";
    }

    /**
     * {@code {"article_id": …, "article_title": …, "event_id": "e1", "date": "2024-05-05" or null,
     * "source": …, "source_code": … or null, "target": … or null, "target_code": … or null,
     * "mediator": … or null, "mediator_code": … or null, "cameo": "130", "plover": "THREATEN", "plover_mode": … or null, "goldstein": -4.4,
     * "quad_class": 3, "modality": "asserted", "evidence": …, "quote_id": … or null}}
     */
    static String json(EventRow e) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.writeStartObject();
            g.writeStringField("article_id", e.articleId());
            g.writeStringField("article_title", e.articleTitle());
            g.writeStringField("event_id", e.eventId());
            g.writeStringField("date", e.date().map(LocalDate::toString).orElse(null));
            g.writeStringField("source", e.sourceName());
            g.writeStringField("source_code", e.sourceCode().orElse(null));
            g.writeStringField("target", e.targetName().orElse(null));
            g.writeStringField("target_code", e.targetCode().orElse(null));
            g.writeStringField("mediator", e.mediatorName().orElse(null));
            g.writeStringField("mediator_code", e.mediatorCode().orElse(null));
            g.writeStringField("cameo", e.cameo());
            g.writeStringField("plover", e.ploverType());
            g.writeStringField("plover_mode", e.ploverMode().orElse(null));
            g.writeNumberField("goldstein", e.goldstein());
            g.writeNumberField("quad_class", e.quadClass());
            g.writeStringField("modality", modality(e));
            g.writeStringField("evidence", e.evidence());
            g.writeStringField("quote_id", e.quoteId().orElse(null));
            g.writeEndObject();
        } catch (IOException x) {
            throw new UncheckedIOException(x);
        }
        return sw.toString();
    }

    private static String modality(EventRow e) {
        return e.modality().name().toLowerCase(Locale.ROOT);
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }
}
