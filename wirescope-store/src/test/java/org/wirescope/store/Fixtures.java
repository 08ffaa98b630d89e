package org.wirescope.store;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirescope.model.Actor;
import org.wirescope.model.Article;
import org.wirescope.model.ArticleIds;
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

/** Made-up articles for the store tests. */
final class Fixtures {

    static final String TITLE = "Harbor council delays ferry vote";
    static final String FIRST = "The Lakeside harbor council delayed its vote on the new ferry route on Tuesday.";
    static final String SECOND = "\"We need more time,\" said council chair Mara Voss, according to Radio Lakeside. "
            + "Some residents said the route would not be ready before summer.";
    static final String TEXT = FIRST + "\n\n" + SECOND;

    private Fixtures() {
    }

    /** One article with every kind of row: captions, actors with mentions, quotes with relays, events, dates. */
    static Record fullRecord() {
        Span first = Span.of(0, FIRST.length());
        Span second = Span.of(FIRST.length() + 2, TEXT.length());
        OffsetMap rawMap = new OffsetMap.Builder()
                .copied(40, FIRST.length())
                .inserted(2)
                .copied(40 + FIRST.length() + 7, SECOND.length())
                .build();
        Article article = new Article(
                ArticleIds.of(TITLE, TEXT),
                new Source("file:fixtures/harbor.txt#1", Source.Format.TEXT,
                        Optional.of("https://news.example/harbor"), Optional.of("harbor-1")),
                TITLE,
                Published.on(LocalDate.of(2024, 3, 5), "dateline", "LAKESIDE, March 5"),
                Optional.of("en"),
                List.of("Ana Ruiz", "Lee Tam"),
                List.of(new Caption("The ferry pier at dawn. (Photo by Lee Tam / Lakeside Post)",
                                Optional.of("Lee Tam / Lakeside Post")),
                        new Caption("The council chamber", Optional.empty())),
                TEXT,
                List.of(first, second),
                rawMap);
        Actor voss = new Actor("p1", "Mara Voss", Actor.Type.PERSON, Optional.of("USA"), Optional.of("GOV"),
                Optional.of("USAGOV"), Optional.of("council chair"), List.of(span("Mara Voss")));
        Actor council = new Actor("o1", "Lakeside harbor council", Actor.Type.ORGANIZATION, Optional.empty(),
                Optional.of("GOV"), Optional.empty(), Optional.empty(),
                List.of(span("Lakeside harbor council"), span("council chair")));
        Actor radio = new Actor("m1", "Radio Lakeside", Actor.Type.MEDIA, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(span("Radio Lakeside")));
        Quote direct = new Quote("q1", "We need more time,", span("We need more time,").span(), Quote.Kind.DIRECT,
                new Quote.Speaker(Optional.of("p1"), "Mara Voss", Optional.of("council chair"), Optional.of(span("Mara Voss"))),
                Optional.of(span("said")),
                List.of(new Quote.Relay(Optional.of("m1"), "Radio Lakeside"), new Quote.Relay(Optional.empty(), "local reports")));
        Quote indirect = new Quote("q2", "the route would not be ready before summer",
                span("the route would not be ready before summer").span(), Quote.Kind.INDIRECT,
                new Quote.Speaker(Optional.empty(), "Some residents", Optional.empty(), Optional.empty()),
                Optional.empty(), List.of());
        Event delay = new Event("e1",
                new Event.Party(Optional.of("o1"), "Lakeside harbor council", Optional.of("USAGOV")),
                Optional.of(new Event.Party(Optional.empty(), "ferry operators", Optional.empty())),
                Optional.of(new Event.Party(Optional.empty(), "Lakeside mediation board", Optional.empty())),
                "0831", new Event.Plover("ACCEPT", Optional.of("policy")), 5.0, 1,
                Optional.of(LocalDate.of(2024, 3, 5)), Event.Modality.NEGATED,
                span(FIRST), Optional.empty(), 0.6);
        Event statement = new Event("e2",
                new Event.Party(Optional.of("p1"), "Mara Voss", Optional.of("USAGOV")),
                Optional.empty(), Optional.empty(), "010", new Event.Plover("CONSULT", Optional.empty()), 0.0, 1,
                Optional.empty(), Event.Modality.CONDITIONAL,
                span("We need more time,"), Optional.of("q1"), 0.8);
        DateMention tuesday = new DateMention(span("on Tuesday"), "2024-03-05");
        DateMention summer = new DateMention(span("summer"), "2024");
        return new Record(article, List.of(voss, council, radio), List.of(direct, indirect),
                List.of(delay, statement), List.of(tuesday, summer), Optional.of("a-0000000000000001"),
                Optional.of("cluster-7"));
    }

    /** A short article numbered {@code n}, with one actor, one quote and one event. */
    static Record smallRecord(int n) {
        String title = "Ferry update " + n;
        String text = "Captain Ada Holm said the ferry number " + n + " sails at noon.";
        Article article = new Article(ArticleIds.of(title, text), Source.of("file:fixtures/ferries.txt#" + n, Source.Format.TEXT),
                title, Published.UNKNOWN, Optional.of("en"), List.of(), List.of(), text,
                List.of(Span.of(0, text.length())), OffsetMap.identity(text.length()));
        TextSpan holm = TextSpan.of(Span.of(8, 16), text);
        Actor actor = new Actor("p1", "Ada Holm", Actor.Type.PERSON, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.of("captain"), List.of(holm));
        Span quoted = Span.of(22, text.length() - 1);
        Quote quote = new Quote("q1", quoted.in(text), quoted, Quote.Kind.INDIRECT,
                new Quote.Speaker(Optional.of("p1"), "Ada Holm", Optional.of("captain"), Optional.of(holm)),
                Optional.of(TextSpan.of(Span.of(17, 21), text)), List.of());
        Event event = new Event("e1", new Event.Party(Optional.of("p1"), "Ada Holm", Optional.empty()), Optional.empty(), Optional.empty(),
                "010", new Event.Plover("CONSULT", Optional.empty()), 0.0, 1, Optional.empty(),
                Event.Modality.ASSERTED, TextSpan.of(Span.of(0, text.length()), text), Optional.of("q1"), 0.5);
        return new Record(article, List.of(actor), List.of(quote), List.of(event), List.of(),
                Optional.empty(), Optional.empty());
    }

    static List<Record> smallRecords(int from, int count) {
        List<Record> records = new ArrayList<>(count);
        for (int i = from; i < from + count; i++) {
            records.add(smallRecord(i));
        }
        return records;
    }

    /** The first occurrence of {@code words} in the fixture text, as a span. */
    static TextSpan span(String words) {
        int start = TEXT.indexOf(words);
        if (start < 0) throw new IllegalArgumentException("not in the fixture text: " + words);
        return TextSpan.of(Span.of(start, start + words.length()), TEXT);
    }

    /** A clock that moves one second forward every time it is read, so each write has its own time. */
    static Clock steppingClock() {
        return new Clock() {
            private Instant next = Instant.parse("2024-03-05T08:00:00Z");

            @Override
            public synchronized Instant instant() {
                Instant now = next;
                next = next.plusSeconds(1);
                return now;
            }

            @Override
            public ZoneId getZone() {
                return ZoneOffset.UTC;
            }

            @Override
            public Clock withZone(ZoneId zone) {
                throw new UnsupportedOperationException();
            }
        };
    }
}
