package org.wirescope.output;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Actor;
import org.wirescope.model.Article;
import org.wirescope.model.Caption;
import org.wirescope.model.DateMention;
import org.wirescope.model.Event;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.Quote;
import org.wirescope.model.Record;
import org.wirescope.model.Source;
import org.wirescope.model.Span;
import org.wirescope.model.TextSpan;

class JsonlWriterTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    private static final String TITLE = "Dockers walk out at Port Vell";
    private static final String BODY = "Dock workers at Port Vell stopped work on Tuesday.\n\n"
            + "\"We will not load a single crate,\" said Marta Quell, the union's secretary.";

    private static Article article(String title, String text, List<Span> paragraphs, Published published,
            Source source, List<Caption> captions) {
        return new Article("a-0011223344556677", source, title, published, Optional.of("en"),
                List.of("Ola Brenn"), captions, text, paragraphs, OffsetMap.identity(text.length()));
    }

    private static Article plainArticle(String text) {
        return article(TITLE, text, List.of(new Span(0, text.length())), Published.UNKNOWN,
                Source.of("file:///in/strike.txt#1", Source.Format.TEXT), List.of());
    }

    private static Record fullRecord() {
        String text = BODY;
        int p1End = text.indexOf("\n\n");
        List<Span> paragraphs = List.of(new Span(0, p1End), new Span(p1End + 2, text.length()));
        Source source = new Source("file:///in/strike.txt#1", Source.Format.TEXT,
                Optional.of("https://news.example/strike"), Optional.of("doc-7"));
        Published published = Published.on(LocalDate.of(2031, 3, 4), "caption", "taken on March 4, 2031");
        Article a = article(TITLE, text, paragraphs, published, source,
                List.of(new Caption("Pickets at the gate (Photo by Jane Roe / Example Wire)", Optional.of("Jane Roe / Example Wire"))));
        int nameAt = text.indexOf("Marta Quell");
        TextSpan marta = new TextSpan(nameAt, nameAt + 11, "Marta Quell");
        Actor actor = new Actor("p1", "Marta Quell", Actor.Type.PERSON, Optional.of("XYZ"), Optional.of("LAB"),
                Optional.of("XYZLAB"), Optional.of("union secretary"), List.of(marta));
        int qStart = text.indexOf("We will");
        int qEnd = text.indexOf(",\" said");
        int cueAt = text.indexOf("said");
        Quote quote = new Quote("q1", text.substring(qStart, qEnd), new Span(qStart, qEnd), Quote.Kind.DIRECT,
                new Quote.Speaker(Optional.of("p1"), "Marta Quell", Optional.of("union secretary"), Optional.of(marta)),
                Optional.of(new TextSpan(cueAt, cueAt + 4, "said")), List.of(new Quote.Relay(Optional.empty(), "Example Wire")));
        Event event = new Event("e1", new Event.Party(Optional.of("p1"), "Marta Quell", Optional.of("XYZLAB")),
                Optional.empty(), Optional.empty(), "143", new Event.Plover("PROTEST", Optional.of("strike")), -6.5, 3,
                Optional.of(LocalDate.of(2031, 3, 4)), Event.Modality.ASSERTED,
                new TextSpan(0, p1End, text.substring(0, p1End)), Optional.of("q1"), 0.75);
        int dayAt = text.indexOf("on Tuesday");
        DateMention date = new DateMention(new TextSpan(dayAt, dayAt + 10, "on Tuesday"), "2031-03-04");
        return new Record(a, List.of(actor), List.of(quote), List.of(event), List.of(date), Optional.empty(), Optional.of("c-9"));
    }

    private static List<String> names(JsonNode node) {
        List<String> out = new ArrayList<>();
        for (Iterator<String> it = node.fieldNames(); it.hasNext(); ) out.add(it.next());
        return out;
    }

    private static JsonNode parse(String line) throws Exception {
        return JSON.readTree(line);
    }

    @Test
    void writesAnEventsMediatorShapedLikeItsSourceOrNull() throws Exception {
        Record full = fullRecord();
        Event e = full.events().get(0);
        Event through = new Event(e.id(), e.source(), e.target(), Optional.of(new Event.Party(Optional.empty(), "Port council", Optional.of("XYZGOV"))),
                e.cameo(), e.plover(), e.goldstein(), e.quadClass(), e.date(), e.modality(), e.evidence(), e.quote(), e.confidence());
        Record r = new Record(full.article(), full.actors(), full.quotes(), List.of(through), full.dates(), full.duplicateOf(), full.cluster());
        JsonNode m = parse(JsonlWriter.line(r)).get("events").get(0).get("mediator");
        assertThat(names(m)).containsExactly("actor", "name", "code");
        assertThat(m.get("name").asText()).isEqualTo("Port council");
        assertThat(m.get("actor").isNull()).isTrue();
        assertThat(parse(JsonlWriter.line(full)).get("events").get(0).get("mediator").isNull()).isTrue();
    }

    @Test
    void addsAFieldToEveryActorAndOtherwiseWritesTheSameObject() throws Exception {
        Record r = fullRecord();
        String firstId = r.actors().get(0).id();
        JsonNode plain = parse(JsonlWriter.line(r));
        JsonNode keyed = parse(new String(JsonlWriter.utf8(r, "key", java.util.Map.of(firstId, "oren-castell.nld")), StandardCharsets.UTF_8));

        assertThat(keyed.at("/actors/0/key").asText()).isEqualTo("oren-castell.nld");
        assertThat(names(keyed.get("actors").get(0))).endsWith("mentions", "key");
        for (int i = 1; i < r.actors().size(); i++) assertThat(keyed.get("actors").get(i).get("key").isNull()).isTrue();
        for (JsonNode actor : keyed.get("actors")) ((com.fasterxml.jackson.databind.node.ObjectNode) actor).remove("key");
        assertThat(keyed).isEqualTo(plain);
    }

    @Test
    void writesTopLevelFieldsInContractOrder() throws Exception {
        JsonNode n = parse(JsonlWriter.line(fullRecord()));
        assertThat(names(n)).containsExactly("schema", "id", "source", "duplicate_of", "cluster", "language", "title",
                "byline", "published", "captions", "text", "paragraphs", "actors", "quotes", "events", "dates");
        assertThat(n.get("schema").asText()).isEqualTo("wirescope.article/1");
    }

    @Test
    void writesNestedFieldsInContractOrder() throws Exception {
        JsonNode n = parse(JsonlWriter.line(fullRecord()));
        assertThat(names(n.get("source"))).containsExactly("uri", "format", "url", "id");
        assertThat(names(n.get("published"))).containsExactly("date", "not_before", "not_after", "how", "evidence");
        assertThat(names(n.get("captions").get(0))).containsExactly("text", "credit");
        assertThat(names(n.get("actors").get(0)))
                .containsExactly("id", "name", "type", "country", "sector", "code", "role", "mentions");
        assertThat(names(n.get("actors").get(0).get("mentions").get(0))).containsExactly("start", "end", "text");
        JsonNode q = n.get("quotes").get(0);
        assertThat(names(q)).containsExactly("id", "text", "start", "end", "kind", "speaker", "cue", "via");
        assertThat(names(q.get("speaker"))).containsExactly("actor", "name", "role", "mention");
        assertThat(names(q.get("via").get(0))).containsExactly("actor", "name");
        JsonNode e = n.get("events").get(0);
        assertThat(names(e)).containsExactly("id", "source", "target", "cameo", "plover", "goldstein", "quad_class",
                "date", "modality", "evidence", "quote", "confidence", "mediator");
        assertThat(names(e.get("source"))).containsExactly("actor", "name", "code");
        assertThat(names(e.get("plover"))).containsExactly("type", "mode");
        assertThat(names(n.get("dates").get(0))).containsExactly("start", "end", "text", "value", "caption");
    }

    @Test
    void writesValuesOfAFullRecord() throws Exception {
        JsonNode n = parse(JsonlWriter.line(fullRecord()));
        assertThat(n.get("id").asText()).isEqualTo("a-0011223344556677");
        assertThat(n.get("source").get("format").asText()).isEqualTo("text");
        assertThat(n.get("source").get("url").asText()).isEqualTo("https://news.example/strike");
        assertThat(n.get("source").get("id").asText()).isEqualTo("doc-7");
        assertThat(n.get("cluster").asText()).isEqualTo("c-9");
        assertThat(n.get("language").asText()).isEqualTo("en");
        assertThat(n.get("byline").get(0).asText()).isEqualTo("Ola Brenn");
        assertThat(n.get("published").get("date").asText()).isEqualTo("2031-03-04");
        assertThat(n.get("published").get("how").asText()).isEqualTo("caption");
        assertThat(n.get("published").get("evidence").asText()).isEqualTo("taken on March 4, 2031");
        assertThat(n.get("captions").get(0).get("credit").asText()).isEqualTo("Jane Roe / Example Wire");
        assertThat(n.get("actors").get(0).get("type").asText()).isEqualTo("PERSON");
        JsonNode e = n.get("events").get(0);
        assertThat(e.get("goldstein").asDouble()).isEqualTo(-6.5);
        assertThat(e.get("quad_class").asInt()).isEqualTo(3);
        assertThat(e.get("plover").get("mode").asText()).isEqualTo("strike");
        assertThat(e.get("date").asText()).isEqualTo("2031-03-04");
        assertThat(e.get("quote").asText()).isEqualTo("q1");
        assertThat(e.get("confidence").asDouble()).isEqualTo(0.75);
    }

    @Test
    void writesKindsAndModalitiesInLowerCase() throws Exception {
        JsonNode n = parse(JsonlWriter.line(fullRecord()));
        assertThat(n.get("quotes").get(0).get("kind").asText()).isEqualTo("direct");
        assertThat(n.get("events").get(0).get("modality").asText()).isEqualTo("asserted");
    }

    @Test
    void writesUnknownValuesAsNullNotAsGuesses() throws Exception {
        Article bare = new Article("a-1", Source.of("file:///x.txt", Source.Format.HTML), "T", Published.UNKNOWN,
                Optional.empty(), List.of(), List.of(new Caption("A crowd.", Optional.empty())), "Body.",
                List.of(new Span(0, 5)), OffsetMap.identity(5));
        JsonNode n = parse(JsonlWriter.line(Record.of(bare)));
        assertThat(n.get("duplicate_of").isNull()).isTrue();
        assertThat(n.get("cluster").isNull()).isTrue();
        assertThat(n.get("language").isNull()).isTrue();
        assertThat(n.get("source").get("url").isNull()).isTrue();
        assertThat(n.get("source").get("format").asText()).isEqualTo("html");
        assertThat(n.get("published").get("date").isNull()).isTrue();
        assertThat(n.get("published").get("not_before").isNull()).isTrue();
        assertThat(n.get("published").get("how").asText()).isEqualTo("none");
        assertThat(n.get("published").get("evidence").isNull()).isTrue();
        assertThat(n.get("captions").get(0).get("credit").isNull()).isTrue();
    }

    @Test
    void writesSourceIdOnlyWhenTheInputGaveOne() throws Exception {
        JsonNode n = parse(JsonlWriter.line(Record.of(plainArticle("Body."))));
        assertThat(names(n.get("source"))).containsExactly("uri", "format", "url");
    }

    @Test
    void writesTheFetchTimeOfACrawledPageAndItsUpperBoundOnThePublicationDate() throws Exception {
        Source crawled = new Source("file:///crawl.warc#0", Source.Format.HTML, Optional.of("https://news.example/strike"),
                Optional.empty(), Optional.of(Instant.parse("2031-03-04T10:15:30Z")));
        Article a = article(TITLE, "Body.", List.of(new Span(0, 5)),
                Published.notAfter(LocalDate.of(2031, 3, 5), "fetched", "WARC-Date 2031-03-04T10:15:30Z"), crawled, List.of());
        JsonNode n = parse(JsonlWriter.line(Record.of(a)));
        assertThat(names(n.get("source"))).containsExactly("uri", "format", "url", "fetched");
        assertThat(n.get("source").get("fetched").asText()).isEqualTo("2031-03-04T10:15:30Z");
        assertThat(n.get("published").get("date").isNull()).isTrue();
        assertThat(n.get("published").get("not_after").asText()).isEqualTo("2031-03-05");
        assertThat(n.get("published").get("how").asText()).isEqualTo("fetched");
    }

    @Test
    void writesNotBeforeWhenOnlyABoundIsKnown() throws Exception {
        Article a = article(TITLE, "Body.", List.of(new Span(0, 5)),
                Published.notBefore(LocalDate.of(2030, 1, 2), "bound", "since January 2"),
                Source.of("file:///x.txt", Source.Format.TEXT), List.of());
        JsonNode p = parse(JsonlWriter.line(Record.of(a))).get("published");
        assertThat(p.get("date").isNull()).isTrue();
        assertThat(p.get("not_before").asText()).isEqualTo("2030-01-02");
        assertThat(p.get("how").asText()).isEqualTo("bound");
    }

    @Test
    void writesEmptyListsWhenNothingWasFound() throws Exception {
        JsonNode n = parse(JsonlWriter.line(Record.of(plainArticle("Body."))));
        for (String list : List.of("actors", "quotes", "events", "dates", "captions")) {
            assertThat(n.get(list).isArray()).as(list).isTrue();
            assertThat(n.get(list)).as(list).isEmpty();
        }
    }

    @Test
    void writesMissingSpeakerMentionCueAndTargetAsNull() throws Exception {
        Record full = fullRecord();
        Quote q = full.quotes().get(0);
        Quote unnamed = new Quote("q1", q.text(), q.span(), Quote.Kind.INDIRECT,
                new Quote.Speaker(Optional.empty(), "some observers", Optional.empty(), Optional.empty()),
                Optional.empty(), List.of());
        Event e = full.events().get(0);
        Event untargeted = new Event("e1", e.source(), Optional.empty(), Optional.empty(), e.cameo(), new Event.Plover("PROTEST", Optional.empty()),
                Double.NaN, 3, Optional.empty(), Event.Modality.ALLEGED, e.evidence(), Optional.empty(), 0.5);
        Record r = new Record(full.article(), List.of(), List.of(unnamed), List.of(untargeted), List.of(),
                Optional.of("a-ffff"), Optional.empty());
        JsonNode n = parse(JsonlWriter.line(r));
        JsonNode quote = n.get("quotes").get(0);
        assertThat(quote.get("speaker").get("actor").isNull()).isTrue();
        assertThat(quote.get("speaker").get("name").asText()).isEqualTo("some observers");
        assertThat(quote.get("speaker").get("role").isNull()).isTrue();
        assertThat(quote.get("speaker").get("mention").isNull()).isTrue();
        assertThat(quote.get("cue").isNull()).isTrue();
        assertThat(quote.get("via")).isEmpty();
        JsonNode event = n.get("events").get(0);
        assertThat(event.get("target").isNull()).isTrue();
        assertThat(event.get("plover").get("mode").isNull()).isTrue();
        assertThat(event.get("goldstein").isNull()).isTrue();
        assertThat(event.get("date").isNull()).isTrue();
        assertThat(event.get("quote").isNull()).isTrue();
        assertThat(event.get("modality").asText()).isEqualTo("alleged");
        assertThat(n.get("duplicate_of").asText()).isEqualTo("a-ffff");
    }

    @Test
    void writesOffsetsThatIndexTheWrittenText() throws Exception {
        JsonNode n = parse(JsonlWriter.line(fullRecord()));
        String text = n.get("text").asText();
        assertThat(text).isEqualTo(BODY);
        List<String> paragraphs = new ArrayList<>();
        for (JsonNode p : n.get("paragraphs")) paragraphs.add(text.substring(p.get("start").asInt(), p.get("end").asInt()));
        assertThat(paragraphs).containsExactly("Dock workers at Port Vell stopped work on Tuesday.",
                "\"We will not load a single crate,\" said Marta Quell, the union's secretary.");
        JsonNode q = n.get("quotes").get(0);
        assertThat(text.substring(q.get("start").asInt(), q.get("end").asInt())).isEqualTo(q.get("text").asText())
                .isEqualTo("We will not load a single crate");
        for (JsonNode span : List.of(q.get("cue"), q.get("speaker").get("mention"), n.get("dates").get(0),
                n.get("events").get(0).get("evidence"), n.get("actors").get(0).get("mentions").get(0))) {
            assertThat(text.substring(span.get("start").asInt(), span.get("end").asInt())).isEqualTo(span.get("text").asText());
        }
    }

    @Test
    void escapesQuotesBackslashesAndControlCharacters() throws Exception {
        String nasty = "He said \"no\" \\ then\ttabbed\u0000\u0001\u001f\u007f and \r\nleft";
        String line = JsonlWriter.line(Record.of(plainArticle(nasty)));
        assertThat(line).doesNotContain("\n").doesNotContain("\r").doesNotContain("\t").doesNotContain("\u0000")
                .contains("\\\"no\\\"").contains("\\\\").contains("\\u0000").contains("\\u001F");
        assertThat(parse(line).get("text").asText()).isEqualTo(nasty);
    }

    @Test
    void writesExactlyOneLinePerRecord() throws Exception {
        StringWriter sw = new StringWriter();
        try (JsonlWriter w = JsonlWriter.to(sw)) {
            w.write(Record.of(plainArticle("One.\n\nTwo\u2028lines\u2029here.")));
            w.write(fullRecord());
            w.write(Record.of(plainArticle("Three.")));
        }
        String out = sw.toString();
        assertThat(out).endsWith("\n");
        String[] lines = out.split("\n", -1);
        assertThat(lines).hasSize(4);
        assertThat(lines[3]).isEmpty();
        for (int i = 0; i < 3; i++) assertThat(parse(lines[i]).get("schema").asText()).isEqualTo(JsonlWriter.SCHEMA);
        assertThat(lines[1]).isEqualTo(JsonlWriter.line(fullRecord()));
    }

    @Test
    void writesValidUtf8ForAccentsScriptsAndEmoji() throws Exception {
        String text = "Zoë met Søren in Łódź — «да» 東京 \uD83D\uDEA2 ok";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonlWriter w = JsonlWriter.to(bytes)) {
            w.write(Record.of(plainArticle(text)));
        }
        String decoded = strictUtf8(bytes.toByteArray());
        assertThat(decoded).contains("Zoë").contains("東京").contains("\uD83D\uDEA2");
        assertThat(parse(decoded.strip()).get("text").asText()).isEqualTo(text);
    }

    @Test
    void replacesUnpairedSurrogatesKeepingOffsets() throws Exception {
        String text = "bad \uD83D here and \uDE00 there";
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        try (JsonlWriter w = JsonlWriter.to(bytes)) {
            w.write(Record.of(plainArticle(text)));
        }
        String written = parse(strictUtf8(bytes.toByteArray()).strip()).get("text").asText();
        assertThat(written).isEqualTo("bad \uFFFD here and \uFFFD there").hasSameSizeAs(text);
    }

    @Test
    void leavesTheTargetStreamOpenOnClose() {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream() {
            @Override
            public void close() {
                throw new AssertionError("target closed");
            }
        };
        JsonlWriter w = JsonlWriter.to(bytes);
        w.write(Record.of(plainArticle("Body.")));
        w.close();
        assertThat(bytes.size()).isPositive();
    }

    private static String strictUtf8(byte[] bytes) throws CharacterCodingException {
        return StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT)
                .decode(ByteBuffer.wrap(bytes)).toString();
    }
}
