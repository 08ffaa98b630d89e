package org.wirescope.app;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.wirescope.model.Actor;
import org.wirescope.model.Article;
import org.wirescope.model.ArticleIds;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.Quote;
import org.wirescope.model.Record;
import org.wirescope.model.Source;
import org.wirescope.model.Span;
import org.wirescope.model.TextSpan;
import org.wirescope.store.Store;

/**
 * Two made-up articles built by hand, with actors and quotes as the later stages would find them,
 * so that {@code quotes} and {@code actors} can be tested without the language models: a fictional
 * transport minister quoted directly and, as "She", through a fictional radio station; and a union
 * leader quoted once.
 */
final class SpeechRecords {

    static final String TRAINS_TITLE = "Ardent backs night trains";
    static final String TRAINS = "Transport Minister Selma Ardent backed the night trains on Monday. "
            + "\"The sleepers stay,\" Ardent said. "
            + "She added that fares would be \"kept low\", Radio Larkspur reported.";
    static final String UNION_TITLE = "Rail union wary";
    static final String UNION = "\"We will see,\" union leader Tomas Brink said.";

    private SpeechRecords() {
    }

    static Record trains() {
        String t = TRAINS;
        Actor ardent = new Actor("p1", "Selma Ardent", Actor.Type.PERSON, Optional.of("SWE"), Optional.of("GOV"),
                Optional.of("SWEGOV"), Optional.of("Transport Minister"),
                List.of(at(t, "Selma Ardent", 1), at(t, "Ardent", 2), at(t, "She", 1)));
        Actor radio = new Actor("m1", "Radio Larkspur", Actor.Type.MEDIA, Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), List.of(at(t, "Radio Larkspur", 1)));
        Quote direct = quote(t, "q1", "The sleepers stay,", Quote.Kind.DIRECT,
                new Quote.Speaker(Optional.of("p1"), "Selma Ardent", Optional.of("Transport Minister"),
                        Optional.of(at(t, "Ardent", 2))), "said");
        Quote relayed = quote(t, "q2", "kept low", Quote.Kind.PARTIAL,
                new Quote.Speaker(Optional.of("p1"), "She", Optional.empty(), Optional.of(at(t, "She", 1))), "added",
                new Quote.Relay(Optional.of("m1"), "Radio Larkspur"));
        return record(TRAINS_TITLE, Published.on(LocalDate.of(2025, 2, 3), "dateline", "Monday"), t,
                List.of(ardent, radio), List.of(direct, relayed));
    }

    static Record union() {
        String t = UNION;
        Actor brink = new Actor("p1", "Tomas Brink", Actor.Type.PERSON, Optional.of("SWE"), Optional.empty(),
                Optional.empty(), Optional.of("union leader"), List.of(at(t, "Tomas Brink", 1)));
        Quote direct = quote(t, "q1", "We will see,", Quote.Kind.DIRECT,
                new Quote.Speaker(Optional.of("p1"), "Tomas Brink", Optional.of("union leader"),
                        Optional.of(at(t, "Tomas Brink", 1))), "said");
        return record(UNION_TITLE, Published.UNKNOWN, t, List.of(brink), List.of(direct));
    }

    /** {@code original} retitled, as a syndicated copy: the same text and quotes, in the original's cluster. */
    static Record copy(Record original, String title) {
        Article a = original.article();
        Article retitled = new Article(ArticleIds.of(title, a.text()), Source.of("file:speech/" + title.replace(' ', '-'),
                Source.Format.TEXT), title, a.published(), a.language(), a.byline(), a.captions(), a.text(), a.paragraphs(),
                a.rawMap());
        return new Record(retitled, original.actors(), original.quotes(), original.events(), original.dates(),
                Optional.of(original.id()), Optional.of(original.id()));
    }

    /** Writes the records into a new store at {@code db}, one batch each, in order. */
    static void store(Path db, Record... records) {
        try (Store store = Store.open(db)) {
            for (Record record : records) {
                store.write(store.beginRun(List.of("speech"), ""), List.of(record), List.of());
            }
        }
    }

    static Record record(String title, Published published, String text, List<Actor> actors, List<Quote> quotes) {
        Article article = new Article(ArticleIds.of(title, text), Source.of("file:speech/" + title.replace(' ', '-'),
                Source.Format.TEXT), title, published, Optional.of("en"), List.of(), List.of(), text,
                List.of(Span.of(0, text.length())), OffsetMap.identity(text.length()));
        return new Record(article, actors, quotes, List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    private static Quote quote(String text, String id, String words, Quote.Kind kind, Quote.Speaker speaker,
                               String cue, Quote.Relay... via) {
        return new Quote(id, words, at(text, words, 1).span(), kind, speaker, Optional.of(at(text, cue, 1)), List.of(via));
    }

    /** The {@code occurrence}-th place (1-based) {@code words} stand in {@code text}. */
    static TextSpan at(String text, String words, int occurrence) {
        int start = -1;
        for (int i = 0; i < occurrence; i++) {
            start = text.indexOf(words, start + 1);
            if (start < 0) throw new IllegalArgumentException("'" + words + "' does not occur " + occurrence + " times");
        }
        return TextSpan.of(Span.of(start, start + words.length()), text);
    }
}
