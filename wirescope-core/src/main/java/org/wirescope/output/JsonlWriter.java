package org.wirescope.output;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonFactoryBuilder;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.StreamWriteFeature;
import com.fasterxml.jackson.core.json.JsonWriteFeature;
import java.io.ByteArrayOutputStream;
import java.io.Closeable;
import java.io.Flushable;
import java.io.IOException;
import java.io.OutputStream;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.wirescope.model.Actor;
import org.wirescope.model.Article;
import org.wirescope.model.Caption;
import org.wirescope.model.DateMention;
import org.wirescope.model.Event;
import org.wirescope.model.Published;
import org.wirescope.model.Quote;
import org.wirescope.model.Record;
import org.wirescope.model.Source;
import org.wirescope.model.Span;
import org.wirescope.model.TextSpan;

/**
 * Writes {@link Record}s as the JSONL output contract {@value #SCHEMA}: one JSON object per
 * article, one line each, UTF-8 (see {@code docs/output-format.md}). Fields come in the documented
 * order; values that are not known are written as JSON {@code null}, empty collections as {@code []}.
 *
 * <pre>{@code
 * try (JsonlWriter out = JsonlWriter.to(System.out)) {
 *     for (Record r : records) out.write(r);
 * }                                     // flushes; System.out stays open
 * String line = JsonlWriter.line(record);   // one object, no trailing newline
 * }</pre>
 *
 * <p>A writer is not thread-safe; {@link #line(Record)} is. Closing a writer flushes it but never
 * closes the stream it writes to.
 */
public final class JsonlWriter implements Closeable, Flushable {

    /** The schema name and version written into every line. */
    public static final String SCHEMA = "wirescope.article/1";

    private static final JsonFactory FACTORY = new JsonFactoryBuilder()
            .rootValueSeparator((String) null)
            .enable(JsonWriteFeature.COMBINE_UNICODE_SURROGATES_IN_UTF8)
            .disable(StreamWriteFeature.AUTO_CLOSE_TARGET)
            .build();

    private final JsonGenerator gen;

    private JsonlWriter(JsonGenerator gen) {
        this.gen = gen;
    }

    /** A writer of UTF-8 bytes to {@code out}. */
    public static JsonlWriter to(OutputStream out) {
        Objects.requireNonNull(out, "out");
        try {
            return new JsonlWriter(FACTORY.createGenerator(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A writer of characters to {@code out}; the caller chooses its encoding (use UTF-8). */
    public static JsonlWriter to(Writer out) {
        Objects.requireNonNull(out, "out");
        try {
            return new JsonlWriter(FACTORY.createGenerator(out));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The record as one JSON object, without the trailing newline. */
    public static String line(Record record) {
        StringWriter sw = new StringWriter(256 + record.article().text().length());
        try (JsonGenerator g = FACTORY.createGenerator(sw)) {
            writeRecord(g, record, ActorExtra.NONE);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /**
     * The record as one JSON object in UTF-8, each actor with one more field, {@code actorField}, whose
     * value is that of the actor's id in {@code byActorId} ({@code null} when absent): the contract
     * allows added fields.
     */
    public static byte[] utf8(Record record, String actorField, Map<String, String> byActorId) {
        Objects.requireNonNull(actorField, "actorField");
        Objects.requireNonNull(byActorId, "byActorId");
        ByteArrayOutputStream out = new ByteArrayOutputStream(512 + 2 * record.article().text().length());
        try (JsonGenerator g = FACTORY.createGenerator(out)) {
            writeRecord(g, record, new ActorExtra(actorField, byActorId));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    /** A field added to every actor: its name and its value by actor id. */
    private record ActorExtra(String field, Map<String, String> byActorId) {
        static final ActorExtra NONE = new ActorExtra("", Map.of());
    }

    /** Writes the record as one line, ending in {@code \n}. */
    public void write(Record record) {
        Objects.requireNonNull(record, "record");
        try {
            writeRecord(gen, record, ActorExtra.NONE);
            gen.writeRaw('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void flush() {
        try {
            gen.flush();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Override
    public void close() {
        try {
            gen.close();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void writeRecord(JsonGenerator g, Record r, ActorExtra extra) throws IOException {
        Article a = r.article();
        g.writeStartObject();
        g.writeStringField("schema", SCHEMA);
        field(g, "id", a.id());
        writeSource(g, a.source());
        field(g, "duplicate_of", r.duplicateOf());
        field(g, "cluster", r.cluster());
        field(g, "language", a.language());
        field(g, "title", a.title());
        g.writeArrayFieldStart("byline");
        for (String name : a.byline()) string(g, name);
        g.writeEndArray();
        writePublished(g, a.published());
        g.writeArrayFieldStart("captions");
        for (Caption c : a.captions()) {
            g.writeStartObject();
            field(g, "text", c.text());
            field(g, "credit", c.credit());
            g.writeEndObject();
        }
        g.writeEndArray();
        field(g, "text", a.text());
        g.writeArrayFieldStart("paragraphs");
        for (Span p : a.paragraphs()) {
            g.writeStartObject();
            g.writeNumberField("start", p.start());
            g.writeNumberField("end", p.end());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeArrayFieldStart("actors");
        for (Actor actor : r.actors()) writeActor(g, actor, extra);
        g.writeEndArray();
        g.writeArrayFieldStart("quotes");
        for (Quote q : r.quotes()) writeQuote(g, q);
        g.writeEndArray();
        g.writeArrayFieldStart("events");
        for (Event e : r.events()) writeEvent(g, e);
        g.writeEndArray();
        g.writeArrayFieldStart("dates");
        for (DateMention d : r.dates()) {
            g.writeStartObject();
            spanFields(g, d.mention());
            field(g, "value", d.value());
            g.writeFieldName("caption");
            if (d.caption().isPresent()) g.writeNumber(d.caption().get());
            else g.writeNull();
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeSource(JsonGenerator g, Source s) throws IOException {
        g.writeObjectFieldStart("source");
        field(g, "uri", s.uri());
        field(g, "format", s.format().name().toLowerCase(Locale.ROOT));
        field(g, "url", s.url());
        if (s.id().isPresent()) field(g, "id", s.id().get());
        if (s.fetched().isPresent()) field(g, "fetched", s.fetched().get().toString());
        g.writeEndObject();
    }

    private static void writePublished(JsonGenerator g, Published p) throws IOException {
        g.writeObjectFieldStart("published");
        dateField(g, "date", p.date());
        dateField(g, "not_before", p.notBefore());
        dateField(g, "not_after", p.notAfter());
        field(g, "how", p.how());
        field(g, "evidence", p.evidence());
        g.writeEndObject();
    }

    private static void writeActor(JsonGenerator g, Actor a, ActorExtra extra) throws IOException {
        g.writeStartObject();
        field(g, "id", a.id());
        field(g, "name", a.name());
        field(g, "type", a.type().name());
        field(g, "country", a.country());
        field(g, "sector", a.sector());
        field(g, "code", a.code());
        field(g, "role", a.role());
        g.writeArrayFieldStart("mentions");
        for (TextSpan m : a.mentions()) textSpan(g, m);
        g.writeEndArray();
        if (extra != ActorExtra.NONE) field(g, extra.field(), Optional.ofNullable(extra.byActorId().get(a.id())));
        g.writeEndObject();
    }

    private static void writeQuote(JsonGenerator g, Quote q) throws IOException {
        g.writeStartObject();
        field(g, "id", q.id());
        field(g, "text", q.text());
        g.writeNumberField("start", q.span().start());
        g.writeNumberField("end", q.span().end());
        field(g, "kind", lower(q.kind()));
        Quote.Speaker s = q.speaker();
        g.writeObjectFieldStart("speaker");
        field(g, "actor", s.actor());
        field(g, "name", s.name());
        field(g, "role", s.role());
        g.writeFieldName("mention");
        optionalTextSpan(g, s.mention());
        g.writeEndObject();
        g.writeFieldName("cue");
        optionalTextSpan(g, q.cue());
        g.writeArrayFieldStart("via");
        for (Quote.Relay relay : q.via()) {
            g.writeStartObject();
            field(g, "actor", relay.actor());
            field(g, "name", relay.name());
            g.writeEndObject();
        }
        g.writeEndArray();
        g.writeEndObject();
    }

    private static void writeEvent(JsonGenerator g, Event e) throws IOException {
        g.writeStartObject();
        field(g, "id", e.id());
        g.writeFieldName("source");
        party(g, e.source());
        g.writeFieldName("target");
        if (e.target().isPresent()) party(g, e.target().get());
        else g.writeNull();
        field(g, "cameo", e.cameo());
        g.writeObjectFieldStart("plover");
        field(g, "type", e.plover().type());
        field(g, "mode", e.plover().mode());
        g.writeEndObject();
        number(g, "goldstein", e.goldstein());
        g.writeNumberField("quad_class", e.quadClass());
        dateField(g, "date", e.date());
        field(g, "modality", lower(e.modality()));
        g.writeFieldName("evidence");
        textSpan(g, e.evidence());
        field(g, "quote", e.quote());
        number(g, "confidence", e.confidence());
        g.writeFieldName("mediator");
        if (e.mediator().isPresent()) party(g, e.mediator().get());
        else g.writeNull();
        g.writeEndObject();
    }

    private static void party(JsonGenerator g, Event.Party p) throws IOException {
        g.writeStartObject();
        field(g, "actor", p.actor());
        field(g, "name", p.name());
        field(g, "code", p.code());
        g.writeEndObject();
    }

    private static void optionalTextSpan(JsonGenerator g, Optional<TextSpan> span) throws IOException {
        if (span.isPresent()) textSpan(g, span.get());
        else g.writeNull();
    }

    private static void textSpan(JsonGenerator g, TextSpan span) throws IOException {
        g.writeStartObject();
        spanFields(g, span);
        g.writeEndObject();
    }

    private static void spanFields(JsonGenerator g, TextSpan span) throws IOException {
        g.writeNumberField("start", span.start());
        g.writeNumberField("end", span.end());
        field(g, "text", span.text());
    }

    private static String lower(Enum<?> e) {
        return e.name().toLowerCase(Locale.ROOT);
    }

    private static void number(JsonGenerator g, String name, double value) throws IOException {
        g.writeFieldName(name);
        if (Double.isFinite(value)) g.writeNumber(value);
        else g.writeNull();
    }

    private static void dateField(JsonGenerator g, String name, Optional<LocalDate> date) throws IOException {
        g.writeFieldName(name);
        if (date.isPresent()) g.writeString(date.get().toString());
        else g.writeNull();
    }

    private static void field(JsonGenerator g, String name, Optional<String> value) throws IOException {
        g.writeFieldName(name);
        if (value.isPresent()) string(g, value.get());
        else g.writeNull();
    }

    private static void field(JsonGenerator g, String name, String value) throws IOException {
        g.writeFieldName(name);
        string(g, value);
    }

    private static void string(JsonGenerator g, String value) throws IOException {
        g.writeString(Utf16.wellFormed(value));
    }
}
