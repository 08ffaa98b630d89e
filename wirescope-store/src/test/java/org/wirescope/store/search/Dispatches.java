package org.wirescope.store.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirescope.model.Actor;
import org.wirescope.model.Article;
import org.wirescope.model.ArticleIds;
import org.wirescope.model.Caption;
import org.wirescope.model.Event;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.Quote;
import org.wirescope.model.Record;
import org.wirescope.model.Source;
import org.wirescope.model.Span;
import org.wirescope.model.TextSpan;

/**
 * Four made-up dispatches about a ferry dispute between Norway and France: a threat (2025-01-01,
 * English), a reply in French (2025-03-31), a follow-up the day after (2025-04-01) and an undated
 * page whose body holds markup that must never reach a browser as markup.
 */
final class Dispatches {

    static final String THREAT_TEXT = "The Norwegian port authority threatened on Tuesday to halt ferries to Calais. "
            + "\"We will close the harbour to French boats,\" said port director Ilse Marren, according to Radio Tessel.";
    static final String REPLY_TEXT = "Le ministre Paul Drouet a propos\u00e9 une r\u00e9union. "
            + "Il a dit que la France voulait parler avec la Norv\u00e8ge.";
    static final String FOLLOW_UP_TEXT = "Ferries stayed in port on Wednesday. Ilse Marren said talks would begin soon.";
    static final String MARKUP_TEXT = "Vandals posted <script>alert('ferry')</script> and <img src=x onerror=alert(2)> "
            + "on the ferry timetable page & left.";

    private Dispatches() {
    }

    /** Norway threatens France (CAMEO 138, source NOR); Ilse Marren quoted via Radio Tessel. */
    static Record threat() {
        String t = THREAT_TEXT;
        Actor marren = actor("p1", "Ilse Marren", Actor.Type.PERSON, "NOR", "port director", at(t, "Ilse Marren"));
        Actor radio = actor("m1", "Radio Tessel", Actor.Type.MEDIA, null, null, at(t, "Radio Tessel"));
        Actor norway = actor("c1", "Norway", Actor.Type.COUNTRY, "NOR", null, at(t, "Norwegian port authority"));
        Actor france = actor("c2", "France", Actor.Type.COUNTRY, "FRA", null, at(t, "French"));
        Quote quote = new Quote("q1", "We will close the harbour to French boats,",
                at(t, "We will close the harbour to French boats,").span(), Quote.Kind.DIRECT,
                new Quote.Speaker(Optional.of("p1"), "Ilse Marren", Optional.of("port director"), Optional.of(at(t, "Ilse Marren"))),
                Optional.of(at(t, "said")), List.of(new Quote.Relay(Optional.of("m1"), "Radio Tessel")));
        Event event = event("e1", party("c1", "Norway", "NORGOV"), party("c2", "France", "FRA"), "138", "THREATEN", -7.0, 3,
                at(t, "The Norwegian port authority threatened on Tuesday to halt ferries to Calais."));
        return record("Norway threatens to halt Calais ferries", LocalDate.of(2025, 1, 1), "en", t,
                List.of(new Caption("The harbour at Bergen at dawn", Optional.empty())),
                List.of(marren, radio, norway, france), List.of(quote), List.of(event));
    }

    /** France (source FRA) proposes a meeting (CAMEO 036); the speaker is "Il", resolved to Paul Drouet. */
    static Record reply() {
        String t = REPLY_TEXT;
        Actor drouet = actor("p1", "Paul Drouet", Actor.Type.PERSON, "FRA", "ministre", at(t, "Paul Drouet"));
        Actor france = actor("c1", "France", Actor.Type.COUNTRY, "FRA", null, at(t, "la France"));
        Actor norway = actor("c2", "Norway", Actor.Type.COUNTRY, "NOR", null, at(t, "la Norv\u00e8ge"));
        String said = "la France voulait parler avec la Norv\u00e8ge";
        Quote quote = new Quote("q1", said, at(t, said).span(), Quote.Kind.INDIRECT,
                new Quote.Speaker(Optional.of("p1"), "Il", Optional.empty(), Optional.of(at(t, "Il"))),
                Optional.of(at(t, "a dit")), List.of());
        Event event = event("e1", party("c1", "France", "FRA"), party("c2", "Norway", "NOR"), "036", "AGREE", 4.0, 1,
                at(t, "Le ministre Paul Drouet a propos\u00e9 une r\u00e9union."));
        return record("Paris propose une r\u00e9union", LocalDate.of(2025, 3, 31), "fr", t, List.of(),
                List.of(drouet, france, norway), List.of(quote), List.of(event));
    }

    /** Marren again, the day after the first quarter ends; port workers (code NORLAB, no actor) block ferries (CAMEO 191). */
    static Record followUp() {
        String t = FOLLOW_UP_TEXT;
        Actor marren = actor("p1", "Ilse Marren", Actor.Type.PERSON, "NOR", "port director", at(t, "Ilse Marren"));
        Quote quote = new Quote("q1", "talks would begin soon", at(t, "talks would begin soon").span(), Quote.Kind.INDIRECT,
                new Quote.Speaker(Optional.of("p1"), "Ilse Marren", Optional.empty(), Optional.of(at(t, "Ilse Marren"))),
                Optional.of(at(t, "said")), List.of());
        Event event = event("e1", party(null, "port workers", "NORLAB"), null, "191", "COERCE", -9.5, 4,
                at(t, "Ferries stayed in port on Wednesday."));
        return record("Ferries stay in port", LocalDate.of(2025, 4, 1), "en", t, List.of(), List.of(marren),
                List.of(quote), List.of(event));
    }

    /** No date, no language; a body with a script tag, an image with an onerror handler and an ampersand. */
    static Record markup() {
        return record("Timetable page defaced", null, null, MARKUP_TEXT,
                List.of(new Caption("Screenshot of <b>the</b> page", Optional.empty())), List.of(), List.of(), List.of());
    }

    static List<Record> all() {
        return List.of(threat(), reply(), followUp(), markup());
    }

    /** {@code count} short articles that all mention the word "lighthouse", for paging. */
    static List<Record> lighthouses(int count) {
        List<Record> records = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            String text = "Lighthouse keeper number " + i + " reported " + "calm ".repeat(i % 5) + "seas near the lighthouse.";
            records.add(record("Lighthouse log " + i, LocalDate.of(2024, 1, 1).plusDays(i), "en", text, List.of(),
                    List.of(), List.of(), List.of()));
        }
        return records;
    }

    static Record record(String title, LocalDate published, String language, String text, List<Caption> captions,
                         List<Actor> actors, List<Quote> quotes, List<Event> events) {
        Article article = new Article(ArticleIds.of(title, text),
                Source.of("file:dispatches/" + title.replace(' ', '-') + ".txt", Source.Format.TEXT), title,
                published == null ? Published.UNKNOWN : Published.on(published, "given", published.toString()),
                Optional.ofNullable(language), List.of(), captions, text, List.of(Span.of(0, text.length())),
                OffsetMap.identity(text.length()));
        return new Record(article, actors, quotes, events, List.of(), Optional.empty(), Optional.empty());
    }

    private static Actor actor(String id, String name, Actor.Type type, String country, String role, TextSpan mention) {
        return new Actor(id, name, type, Optional.ofNullable(country), Optional.empty(), Optional.empty(),
                Optional.ofNullable(role), List.of(mention));
    }

    private static Event.Party party(String actor, String name, String code) {
        return new Event.Party(Optional.ofNullable(actor), name, Optional.ofNullable(code));
    }

    private static Event event(String id, Event.Party source, Event.Party target, String cameo, String plover,
                               double goldstein, int quadClass, TextSpan evidence) {
        return new Event(id, source, Optional.ofNullable(target), Optional.empty(), cameo, new Event.Plover(plover, Optional.empty()),
                goldstein, quadClass, Optional.empty(), Event.Modality.ASSERTED, evidence, Optional.empty(), 0.7);
    }

    private static TextSpan at(String text, String words) {
        int start = text.indexOf(words);
        if (start < 0) throw new IllegalArgumentException("'" + words + "' is not in the text");
        return TextSpan.of(Span.of(start, start + words.length()), text);
    }
}
