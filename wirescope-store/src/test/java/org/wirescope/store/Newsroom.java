package org.wirescope.store;

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

/**
 * Three made-up articles about a fictional finance minister, Oren Castell, quoted directly, through
 * a pronoun ("He added") and through a fictional radio station, Radio Kestrel; with a harbour master
 * quoted once and some dockworkers who are not resolved to an actor.
 */
final class Newsroom {

    static final String BUDGET = "Finance Minister Oren Castell defended the harbour budget on Monday. "
            + "\"We will not cut the ferries,\" Castell told reporters. "
            + "He added that the port needed \"steady money\", according to Radio Kestrel.";
    static final String FARES = "Oren Castell was on air on Tuesday. "
            + "The minister said fares would rise in spring, Radio Kestrel reported. "
            + "\"Nobody likes it,\" said harbour master Liv Sander.";
    static final String DOCKS = "Some dockworkers in Kestrel said the budget \"changes nothing\", local reports said. "
            + "Minister Castell did not reply.";

    private Newsroom() {
    }

    /** Castell quoted directly, then through "He" with the relay Radio Kestrel; dated 2024-05-06. */
    static Record budget() {
        String t = BUDGET;
        Actor castell = actor("p1", "Oren Castell", Actor.Type.PERSON, "NLD", "Finance Minister",
                at(t, "Oren Castell"), at(t, "Castell", 2), at(t, "He"));
        Actor radio = actor("m1", "Radio Kestrel", Actor.Type.MEDIA, null, null, at(t, "Radio Kestrel"));
        Quote direct = quote("q1", t, "We will not cut the ferries,", Quote.Kind.DIRECT,
                new Quote.Speaker(Optional.of("p1"), "Oren Castell", Optional.of("Finance Minister"),
                        Optional.of(at(t, "Castell", 2))), at(t, "told"));
        Quote pronoun = quote("q2", t, "steady money", Quote.Kind.PARTIAL,
                new Quote.Speaker(Optional.of("p1"), "He", Optional.empty(), Optional.of(at(t, "He"))),
                at(t, "added"), new Quote.Relay(Optional.of("m1"), "Radio Kestrel"));
        return record("Castell defends harbour budget", Published.on(LocalDate.of(2024, 5, 6), "dateline", "May 6"),
                t, List.of(castell, radio), List.of(direct, pronoun));
    }

    /** Castell named as "The minister", relayed by Radio Kestrel; a harbour master quoted directly. */
    static Record fares() {
        String t = FARES;
        Actor castell = actor("p1", "Oren Castell", Actor.Type.PERSON, "NLD", "Finance Minister",
                at(t, "Oren Castell"), at(t, "The minister"));
        Actor radio = actor("m1", "Radio Kestrel", Actor.Type.MEDIA, null, null, at(t, "Radio Kestrel"));
        Actor sander = actor("p2", "Liv Sander", Actor.Type.PERSON, "NLD", "harbour master", at(t, "Liv Sander"));
        Quote indirect = quote("q1", t, "fares would rise in spring", Quote.Kind.INDIRECT,
                new Quote.Speaker(Optional.of("p1"), "Oren Castell", Optional.of("Finance Minister"),
                        Optional.of(at(t, "The minister"))), at(t, "said"),
                new Quote.Relay(Optional.of("m1"), "Radio Kestrel"));
        Quote direct = quote("q2", t, "Nobody likes it,", Quote.Kind.DIRECT,
                new Quote.Speaker(Optional.of("p2"), "Liv Sander", Optional.of("harbour master"),
                        Optional.of(at(t, "Liv Sander"))), at(t, "said", 2));
        return record("Ferry fares to rise", Published.notBefore(LocalDate.of(2024, 5, 7), "bound", "Tuesday"),
                t, List.of(castell, radio, sander), List.of(indirect, direct));
    }

    /** Unresolved dockworkers relayed by "local reports"; Castell only mentioned, as "minister"; no date. */
    static Record docks() {
        String t = DOCKS;
        Actor castell = actor("p1", "Oren Castell", Actor.Type.PERSON, "NLD", "minister", at(t, "Minister Castell"));
        Actor town = actor("l1", "Kestrel", Actor.Type.LOCATION, "NLD", null, at(t, "Kestrel"));
        Quote partial = quote("q1", t, "changes nothing", Quote.Kind.PARTIAL,
                new Quote.Speaker(Optional.empty(), "Some dockworkers", Optional.empty(),
                        Optional.of(at(t, "Some dockworkers"))), at(t, "said"),
                new Quote.Relay(Optional.empty(), "local reports"));
        return record("Dockworkers doubt the budget", Published.UNKNOWN, t, List.of(castell, town), List.of(partial));
    }

    /** An article of one paragraph, {@code text}, with these actors and quotes. */
    static Record record(String title, Published published, String text, List<Actor> actors, List<Quote> quotes) {
        Article article = new Article(ArticleIds.of(title, text), Source.of("file:newsroom/" + title.replace(' ', '-') + ".txt",
                Source.Format.TEXT), title, published, Optional.of("en"), List.of(), List.of(), text,
                List.of(Span.of(0, text.length())), OffsetMap.identity(text.length()));
        return new Record(article, actors, quotes, List.of(), List.of(), Optional.empty(), Optional.empty());
    }

    static Actor actor(String id, String name, Actor.Type type, String country, String role, TextSpan... mentions) {
        return new Actor(id, name, type, Optional.ofNullable(country), Optional.empty(),
                Optional.empty(), Optional.ofNullable(role), List.of(mentions));
    }

    static Quote quote(String id, String text, String words, Quote.Kind kind, Quote.Speaker speaker, TextSpan cue,
                       Quote.Relay... via) {
        return new Quote(id, words, at(text, words).span(), kind, speaker, Optional.of(cue), List.of(via));
    }

    /** The first place {@code words} stand in {@code text}. */
    static TextSpan at(String text, String words) {
        return at(text, words, 1);
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
