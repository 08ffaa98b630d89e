package org.wirescope.app.http;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
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

/**
 * A made-up article with its annotations written by hand, as the later pipeline stages would store
 * them. Spans are given by their words: {@code "Vask"} is the first place the words stand in the text,
 * {@code "Vask#2"} the second.
 */
final class Story {

    private final String title;
    private final LocalDate published;
    private final String text;
    private final List<Span> paragraphs = new ArrayList<>();
    private final List<Caption> captions = new ArrayList<>();
    private final Map<String, Actor> actors = new HashMap<>();
    private final List<Actor> actorOrder = new ArrayList<>();
    private final List<Quote> quotes = new ArrayList<>();
    private final List<Event> events = new ArrayList<>();
    private final List<DateMention> dates = new ArrayList<>();

    Story(String title, LocalDate published, String... paragraphs) {
        this.title = title;
        this.published = published;
        this.text = String.join("\n\n", paragraphs);
        int start = 0;
        for (String paragraph : paragraphs) {
            this.paragraphs.add(Span.of(start, start + paragraph.length()));
            start += paragraph.length() + 2;
        }
    }

    Story caption(String words, String credit) {
        captions.add(new Caption(words, Optional.ofNullable(credit)));
        return this;
    }

    /** An actor; {@code code} is its country followed by its sector, or null. */
    Story actor(String id, String name, Actor.Type type, String code, String role, String... mentions) {
        Optional<String> country = Optional.ofNullable(code).map(c -> c.substring(0, 3));
        Optional<String> sector = Optional.ofNullable(code).filter(c -> c.length() > 3).map(c -> c.substring(3));
        Actor actor = new Actor(id, name, type, country, sector, Optional.ofNullable(code), Optional.ofNullable(role),
                List.of(mentions).stream().map(this::at).toList());
        actors.put(id, actor);
        actorOrder.add(actor);
        return this;
    }

    /** A quote by actor {@code speaker}, named in the text by {@code mention}, relayed by the outlets {@code via}. */
    Story quote(String id, String words, Quote.Kind kind, String speaker, String mention, String cue, String... via) {
        Actor actor = actors.get(speaker);
        List<Quote.Relay> relays = List.of(via).stream()
                .map(outlet -> new Quote.Relay(Optional.of(outlet), actors.get(outlet).name())).toList();
        quotes.add(new Quote(id, words, at(words).span(), kind,
                new Quote.Speaker(Optional.of(speaker), actor.name(), actor.role(), Optional.of(at(mention))),
                Optional.of(at(cue)), relays));
        return this;
    }

    /** An event from actor {@code source} to actor {@code target} (null for none), read from {@code evidence}. */
    Story event(String id, String source, String target, String cameo, String plover, double goldstein, int quadClass,
                LocalDate date, Event.Modality modality, String evidence, String quote) {
        events.add(new Event(id, party(source), Optional.ofNullable(target).map(this::party), Optional.empty(), cameo,
                new Event.Plover(plover, Optional.empty()), goldstein, quadClass, Optional.ofNullable(date), modality,
                at(evidence), Optional.ofNullable(quote), 0.8));
        return this;
    }

    /** The last event, brokered by actor {@code mediator}. */
    Story mediatedBy(String mediator) {
        Event e = events.remove(events.size() - 1);
        events.add(new Event(e.id(), e.source(), e.target(), Optional.of(party(mediator)), e.cameo(), e.plover(), e.goldstein(),
                e.quadClass(), e.date(), e.modality(), e.evidence(), e.quote(), e.confidence()));
        return this;
    }

    Story date(String words, String value) {
        dates.add(new DateMention(at(words), value, Optional.empty()));
        return this;
    }

    Record record() {
        Article article = new Article(ArticleIds.of(title, text), Source.of("file:newsroom/" + title.hashCode(), Source.Format.TEXT),
                title, published == null ? Published.UNKNOWN : Published.on(published, "dateline", published.toString()),
                Optional.of("en"), List.of(), captions, text, paragraphs, OffsetMap.identity(text.length()));
        return new Record(article, actorOrder, quotes, events, dates, Optional.empty(), Optional.empty());
    }

    private Event.Party party(String id) {
        Actor actor = actors.get(id);
        return new Event.Party(Optional.of(id), actor.name(), actor.code());
    }

    private TextSpan at(String words) {
        int hash = words.lastIndexOf('#');
        String wanted = hash > 0 ? words.substring(0, hash) : words;
        int occurrence = hash > 0 ? Integer.parseInt(words.substring(hash + 1)) : 1;
        int start = -1;
        for (int i = 0; i < occurrence; i++) {
            start = text.indexOf(wanted, start + 1);
            if (start < 0) throw new IllegalArgumentException("'" + wanted + "' does not stand " + occurrence + " times in: " + title);
        }
        return TextSpan.of(Span.of(start, start + wanted.length()), text);
    }
}
