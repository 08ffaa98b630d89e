package org.wirescope.app.http;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirescope.model.Actor;
import org.wirescope.model.Article;
import org.wirescope.model.ArticleIds;
import org.wirescope.model.Event;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.Quote;
import org.wirescope.model.Record;
import org.wirescope.model.Source;
import org.wirescope.model.Span;
import org.wirescope.model.TextSpan;
import org.wirescope.store.Store;

/**
 * Made-up articles about two fictional countries, Arland (ARL) and Brevia (BRV), built by hand as
 * the pipeline would find them, so the API can be tested without language models: Arland's foreign
 * minister Ilse Varga threatening Brevia over a dam (reported twice, the second a near copy of the
 * first), Brevia's envoy Tomas Krel meeting her, an attack that did not happen, and short ferry
 * notes that give the lists enough rows to page through.
 */
final class Newsdesk {

    static final String DAM = "Foreign Minister Ilse Varga warned Brevia on Monday. "
            + "\"Brevia will pay for the dam,\" Varga told Harbour Radio.";
    static final String DAM_COPY = DAM + " The ministry confirmed the remarks.";
    static final String TALKS = "Brevian envoy Tomas Krel met Ilse Varga on Tuesday. \"We want talks,\" Krel said.";
    static final String QUIET = "Arland did not attack Brevia, officials said. \"All is calm,\" said officials.";
    static final int FERRIES = 24;

    private Newsdesk() {
    }

    /** Writes every article into a new store at {@code db}: the four news articles, then the ferry notes. */
    static List<Record> store(Path db) {
        List<Record> records = all();
        try (Store store = Store.open(db)) {
            store.write(store.beginRun(List.of("newsdesk"), ""), records, List.of());
        }
        return records;
    }

    static List<Record> all() {
        List<Record> records = new ArrayList<>();
        Record dam = dam("Arland warns Brevia over dam", DAM, Optional.empty());
        records.add(dam);
        records.add(dam("Arland warns Brevia over dam, ministry confirms", DAM_COPY, Optional.of(dam.id())));
        records.add(talks());
        records.add(quiet());
        for (int n = 0; n < FERRIES; n++) records.add(ferry(n));
        return records;
    }

    /** Varga threatens Brevia (CAMEO 138) on 2025-02-03; {@code cluster} marks a near copy. */
    private static Record dam(String title, String t, Optional<String> cluster) {
        Actor varga = new Actor("p1", "Ilse Varga", Actor.Type.PERSON, Optional.of("ARL"), Optional.of("GOV"),
                Optional.of("ARLGOV"), Optional.of("Foreign Minister"), List.of(at(t, "Ilse Varga", 1), at(t, "Varga", 2)));
        Actor brevia = country("c1", "Brevia", "BRV", at(t, "Brevia", 1), at(t, "Brevia", 2));
        Actor radio = new Actor("m1", "Harbour Radio", Actor.Type.MEDIA, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(at(t, "Harbour Radio", 1)));
        Quote quote = new Quote("q1", "Brevia will pay for the dam,", at(t, "Brevia will pay for the dam,", 1).span(),
                Quote.Kind.DIRECT, new Quote.Speaker(Optional.of("p1"), "Ilse Varga", Optional.of("Foreign Minister"),
                Optional.of(at(t, "Varga", 2))), Optional.of(at(t, "told", 1)), List.of(new Quote.Relay(Optional.of("m1"), "Harbour Radio")));
        Event threat = event("e1", party("p1", "Ilse Varga", "ARLGOV"), party("c1", "Brevia", "BRV"), "138", "THREATEN", -7.0, 3,
                LocalDate.of(2025, 2, 3), Event.Modality.ASSERTED, at(t, "warned Brevia", 1), Optional.of("q1"));
        return new Record(article(title, t, Published.on(LocalDate.of(2025, 2, 3), "dateline", "Monday")),
                List.of(varga, brevia, radio), List.of(quote), List.of(threat), List.of(), Optional.empty(), cluster);
    }

    /** Krel meets Varga (CAMEO 036) on 2025-03-11, the article published on 2025-03-10. */
    private static Record talks() {
        String t = TALKS;
        Actor krel = new Actor("p1", "Tomas Krel", Actor.Type.PERSON, Optional.of("BRV"), Optional.of("GOV"),
                Optional.of("BRVGOV"), Optional.of("envoy"), List.of(at(t, "Tomas Krel", 1), at(t, "Krel", 2)));
        Actor varga = new Actor("p2", "Ilse Varga", Actor.Type.PERSON, Optional.of("ARL"), Optional.of("GOV"),
                Optional.of("ARLGOV"), Optional.empty(), List.of(at(t, "Ilse Varga", 1)));
        Quote quote = new Quote("q1", "We want talks,", at(t, "We want talks,", 1).span(), Quote.Kind.DIRECT,
                new Quote.Speaker(Optional.of("p1"), "Tomas Krel", Optional.of("envoy"), Optional.of(at(t, "Krel", 2))),
                Optional.of(at(t, "said", 1)), List.of());
        Event meeting = event("e1", party("p1", "Tomas Krel", "BRVGOV"), party("p2", "Ilse Varga", "ARLGOV"), "036", "CONSULT",
                4.0, 1, LocalDate.of(2025, 3, 11), Event.Modality.ASSERTED, at(t, "met Ilse Varga", 1), Optional.empty());
        return new Record(article("Brevian envoy meets Varga", t, Published.on(LocalDate.of(2025, 3, 10), "dateline", "Tuesday")),
                List.of(krel, varga), List.of(quote), List.of(meeting), List.of(), Optional.empty(), Optional.empty());
    }

    /** An attack that did not happen (negated), on no known day; officials quoted, unresolved. */
    private static Record quiet() {
        String t = QUIET;
        Actor arland = country("c1", "Arland", "ARL", at(t, "Arland", 1));
        Actor brevia = country("c2", "Brevia", "BRV", at(t, "Brevia", 1));
        Quote quote = new Quote("q1", "All is calm,", at(t, "All is calm,", 1).span(), Quote.Kind.DIRECT,
                new Quote.Speaker(Optional.empty(), "officials", Optional.empty(), Optional.of(at(t, "officials", 2))),
                Optional.of(at(t, "said", 2)), List.of());
        Event attack = event("e1", party("c1", "Arland", "ARL"), party("c2", "Brevia", "BRV"), "190", "ASSAULT", -10.0, 4,
                null, Event.Modality.NEGATED, at(t, "did not attack Brevia", 1), Optional.empty());
        return new Record(article("A quiet border", t, Published.UNKNOWN), List.of(arland, brevia), List.of(quote),
                List.of(attack), List.of(), Optional.empty(), Optional.empty());
    }

    /** A ferry note quoting its skipper, who is resolved to an actor of its own. */
    static Record ferry(int n) {
        String skipper = "Ines Barrow" + (char) ('a' + n % 26);
        String t = "The ferry on route " + n + " sailed again. \"We sail at noon,\" said skipper " + skipper + ".";
        Actor actor = new Actor("p1", skipper, Actor.Type.PERSON, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.of("skipper"), List.of(at(t, skipper, 1)));
        Quote quote = new Quote("q1", "We sail at noon,", at(t, "We sail at noon,", 1).span(), Quote.Kind.DIRECT,
                new Quote.Speaker(Optional.of("p1"), skipper, Optional.of("skipper"), Optional.of(at(t, skipper, 1))),
                Optional.of(at(t, "said", 1)), List.of());
        return new Record(article("Ferry " + n + " sails", t, Published.on(LocalDate.of(2025, 1, 1 + n), "dateline", "today")),
                List.of(actor), List.of(quote), List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    private static Article article(String title, String text, Published published) {
        return new Article(ArticleIds.of(title, text), Source.of("file:newsdesk/" + title.replace(' ', '-'), Source.Format.TEXT),
                title, published, Optional.of("en"), List.of(), List.of(), text, List.of(Span.of(0, text.length())),
                OffsetMap.identity(text.length()));
    }

    private static Actor country(String id, String name, String iso3, TextSpan... mentions) {
        return new Actor(id, name, Actor.Type.COUNTRY, Optional.of(iso3), Optional.empty(), Optional.of(iso3), Optional.empty(),
                List.of(mentions));
    }

    private static Event.Party party(String actor, String name, String code) {
        return new Event.Party(Optional.of(actor), name, Optional.of(code));
    }

    private static Event event(String id, Event.Party source, Event.Party target, String cameo, String plover, double goldstein,
                               int quad, LocalDate date, Event.Modality modality, TextSpan evidence, Optional<String> quote) {
        return new Event(id, source, Optional.of(target), Optional.empty(), cameo, new Event.Plover(plover, Optional.empty()), goldstein, quad,
                Optional.ofNullable(date), modality, evidence, quote, 0.8);
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
