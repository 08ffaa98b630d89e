package org.wirescope.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Optional;
import org.wirescope.model.Quote;
import org.wirescope.store.QuoteRow;

/** Quotes found in the store: one readable line each for people, one JSON object each for scripts. */
final class QuoteListing {

    private static final JsonFactory JSON = new JsonFactory();

    private QuoteListing() {
    }

    /**
     * {@code Oren Castell (Finance Minister) via Radio Kestrel: “steady money” (partial) — Castell
     * defends harbour budget, 2024-05-06 [a-1f2e3d4c5b6a7988]}; the role, relays, kind (when not
     * direct) and date appear only when known.
     */
    static String line(QuoteRow q) {
        StringBuilder line = new StringBuilder(speaker(q.speakerName()));
        q.role().ifPresent(role -> line.append(" (").append(role).append(')'));
        if (!q.via().isEmpty()) line.append(" via ").append(String.join(", ", q.via()));
        line.append(": \u201C").append(flat(q.text())).append('\u201D');
        if (q.kind() != Quote.Kind.DIRECT) line.append(" (").append(label(q.kind())).append(')');
        line.append(" \u2014 ").append(ArticleTable.truncate(q.articleTitle(), ArticleTable.TITLE_WIDTH));
        String date = ArticleTable.published(q.published(), q.notBefore());
        if (!date.equals("-")) line.append(", ").append(date);
        return line.append(" [").append(q.articleId()).append(']').toString();
    }

    /**
     * {@code {"article_id": …, "article_title": …, "published": "2024-05-06" or null, "not_before": …,
     * "quote_id": "q2", "kind": "partial", "text": …, "speaker": …, "role": … or null,
     * "actor": "p1" or null, "via": ["Radio Kestrel"], "cue": "added" or null}}
     */
    static String json(QuoteRow q) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.writeStartObject();
            g.writeStringField("article_id", q.articleId());
            g.writeStringField("article_title", q.articleTitle());
            g.writeStringField("published", q.published().map(LocalDate::toString).orElse(null));
            g.writeStringField("not_before", q.notBefore().map(LocalDate::toString).orElse(null));
            g.writeStringField("quote_id", q.quoteId());
            g.writeStringField("kind", label(q.kind()));
            g.writeStringField("text", q.text());
            g.writeStringField("speaker", q.speakerName());
            g.writeStringField("role", orNull(q.role()));
            g.writeStringField("actor", orNull(q.actorId()));
            g.writeArrayFieldStart("via");
            for (String outlet : q.via()) g.writeString(outlet);
            g.writeEndArray();
            g.writeStringField("cue", orNull(q.cue()));
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    private static String speaker(String name) {
        return name.isBlank() ? "(unknown speaker)" : flat(name);
    }

    private static String flat(String s) {
        return s.replaceAll("\\s+", " ").strip();
    }

    private static String label(Quote.Kind kind) {
        return kind.name().toLowerCase(java.util.Locale.ROOT);
    }

    private static String orNull(Optional<String> value) {
        return value.orElse(null);
    }
}
