package org.wirescope.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import org.wirescope.actors.gazetteer.Gazetteer;
import org.wirescope.events.codebook.CameoCode;
import org.wirescope.events.codebook.CameoCodebook;
import org.wirescope.model.Actor;
import org.wirescope.model.Annotated;
import org.wirescope.model.DateMention;
import org.wirescope.model.Event;
import org.wirescope.model.Quote;
import org.wirescope.model.Sentence;
import org.wirescope.model.TextSpan;
import org.wirescope.time.TimeStage;

/**
 * The event stage: who did what to whom. Rules over the tokens and dependency parse map verbal and
 * nominal cues ("threatened", "US threats of military action against Iran", "its willingness for
 * indirect talks") to CAMEO codes from a pattern resource, take source and target from the actors the
 * actor stage found (one event per source and target of a compound actor; parties it left uncoded are
 * coded by place and context, see {@code Parties}) and the mediator the act went through ("through
 * Oman", "brokered by Qatar"), and add PLOVER type and mode, Goldstein value and QuadClass from the
 * codebook, modality, the sentence's date, the quote the evidence lies in, and a confidence from the
 * pattern's specificity.
 *
 * <pre>{@code
 * EventStage events = EventStage.create();
 * List<Event> found = events.code(annotated, actors, quotes, dates);   // from any number of threads
 * for (Event e : found) {
 *     System.out.println(e.source().code().orElse("?") + " " + e.cameo() + " " + e.target().flatMap(Event.Party::code).orElse("-")
 *             + " " + e.plover().type() + " " + e.modality());
 * }
 * // IRN 138 USA THREATEN CONDITIONAL
 * }</pre>
 *
 * <p>Events repeated in an article (same source, target, code, modality and date) are kept once, with
 * the first evidence. Thread-safe: the stage holds only immutable tables.
 */
public final class EventStage {

    private final CameoCodebook codebook;
    private final PatternBook patterns;
    private final Coder coder;
    private final TimeStage time;
    private final Set<String> countryCodes;

    private EventStage(CameoCodebook codebook, PatternBook patterns, Gazetteer gazetteer) {
        this.codebook = codebook;
        this.patterns = patterns;
        this.coder = new Coder(patterns, new Parties(gazetteer));
        this.time = TimeStage.create();
        Set<String> codes = new HashSet<>();
        gazetteer.countries().forEach(c -> codes.add(c.code()));
        this.countryCodes = Set.copyOf(codes);
    }

    /** A stage with the bundled codebook, patterns and actor gazetteer. */
    public static EventStage create() {
        CameoCodebook codebook = CameoCodebook.standard();
        return new EventStage(codebook, PatternBook.standard(codebook), Gazetteer.standard());
    }

    /**
     * Whether {@code token} is a cue of one of the bundled patterns (a verb, common noun or adjective
     * with that lemma): what a parse selector asks before spending the parser on a sentence.
     */
    public static boolean isCue(org.wirescope.model.Token token) {
        String lemma = token.lemma().toLowerCase(java.util.Locale.ROOT);
        if (token.pos().startsWith("VB")) return Lemmas.VERBS.contains(lemma);
        if (token.pos().equals("NN") || token.pos().equals("NNS")) return Lemmas.NOUNS.contains(lemma);
        if (token.pos().startsWith("JJ")) return Lemmas.ADJECTIVES.contains(lemma);
        return false;
    }

    /** The cue lemmas of the bundled patterns, read once. */
    private static final class Lemmas {
        private static final PatternBook BOOK = PatternBook.standard(CameoCodebook.standard());
        static final java.util.Set<String> VERBS = BOOK.lemmas(Pattern.Kind.VERB);
        static final java.util.Set<String> NOUNS = BOOK.lemmas(Pattern.Kind.NOUN);
        static final java.util.Set<String> ADJECTIVES = BOOK.lemmas(Pattern.Kind.ADJECTIVE);
    }

    /** How many patterns the coder knows. */
    public int patternCount() {
        return patterns.size();
    }

    /**
     * The events of {@code doc}, in text order.
     *
     * @param actors the actor stage's actors of {@code doc}
     * @param quotes the quote stage's quotes, to link events stated inside them
     * @param dates the article's date mentions, to date each event by its sentence
     */
    public List<Event> code(Annotated doc, List<Actor> actors, List<Quote> quotes, List<DateMention> dates) {
        Objects.requireNonNull(doc, "doc");
        Objects.requireNonNull(actors, "actors");
        Objects.requireNonNull(quotes, "quotes");
        Objects.requireNonNull(dates, "dates");
        Cast cast = new Cast(doc, actors, countryCodes);
        List<DateMention> body = dates.stream().filter(d -> d.caption().isEmpty()).toList();
        List<Event> out = new ArrayList<>();
        Map<String, Integer> seen = new HashMap<>();
        for (Sentence s : doc.sentences()) {
            if (s.tokenCount() == 0) continue;
            List<Draft> drafts = coder.code(doc, s, cast);
            if (drafts.isEmpty()) continue;
            Optional<LocalDate> date = dateOf(doc, body, s);
            for (Draft d : drafts) {
                Optional<CameoCode> code = codebook.get(d.code());
                if (code.isEmpty()) continue;
                TextSpan evidence = TextSpan.of(org.wirescope.model.Span.of(d.evidenceStart(), d.evidenceEnd()), doc.text());
                Optional<Quote> inQuote = quoteOf(quotes, d);
                Optional<String> quote = inQuote.map(Quote::id);
                List<Optional<Cast.Placed>> targets = new ArrayList<>();
                if (d.targets().isEmpty()) targets.add(Optional.empty());
                else d.targets().forEach(t -> targets.add(Optional.of(t)));
                for (Cast.Placed placed : d.sources()) {
                    Actor sourceActor = speaking(placed.actor(), inQuote, actors);
                    for (Optional<Cast.Placed> target : targets) {
                        Event.Party from = Cast.party(sourceActor);
                        Optional<Event.Party> to = target.isPresent() ? Optional.of(Cast.party(target.get().actor()))
                                : domestic(d.code(), sourceActor, actors);
                        String key = key(sourceActor) + "|" + target.map(EventStage::key).orElse("-") + "|"
                                + code.get().code() + "|" + d.modality() + "|" + date.map(LocalDate::toString).orElse("-");
                        if (seen.containsKey(key)) continue;
                        seen.put(key, out.size());
                        CameoCode c = code.get();
                        Optional<Event.Party> through = d.mediator().map(m -> Cast.party(m.actor()));
                        out.add(new Event("e" + (out.size() + 1), from, to, through, c.code(), c.plover(), c.goldstein(), c.quadClass(),
                                date, d.modality(), evidence, quote, d.confidence()));
                    }
                }
            }
        }
        return List.copyOf(out);
    }

    private static String key(Cast.Placed p) {
        return key(p.actor());
    }

    private static String key(Actor a) {
        return a.id().isEmpty() ? "?" + a.name() : a.id();
    }

    private static final Set<String> FIRST_PERSON_SINGULAR = Set.of("i", "me");
    private static final Set<String> FIRST_PERSON_PLURAL = Set.of("we", "us");

    /**
     * "“We take every threat seriously,” Shamkhani said": a source in the first person inside a quote
     * is its speaker, and an official's "we" is the state the official serves (its country actor in the
     * article); any other source is itself.
     */
    private static Actor speaking(Actor source, Optional<Quote> quote, List<Actor> actors) {
        String word = source.name().toLowerCase(Locale.ROOT);
        boolean singular = FIRST_PERSON_SINGULAR.contains(word);
        boolean plural = FIRST_PERSON_PLURAL.contains(word);
        if (!source.id().isEmpty() || !(singular || plural) || quote.isEmpty()) return source;
        Optional<Actor> speaker = quote.get().speaker().actor()
                .flatMap(id -> actors.stream().filter(a -> a.id().equals(id)).findFirst());
        if (speaker.isEmpty()) return source;
        if (singular || speaker.get().sector().filter(Actor.STATE_SECTORS::contains).isEmpty()) return speaker.get();
        return actors.stream().filter(a -> a.type() == Actor.Type.COUNTRY && a.country().equals(speaker.get().country()))
                .findFirst().orElse(speaker.get());
    }

    /** CAMEO roots whose acts, when the text names no one acted upon, are aimed at the actor's own state. */
    private static final java.util.Set<String> DOMESTIC = java.util.Set.of("08", "14", "17", "18", "19", "20");

    /**
     * Concessions, protest, coercion and violence with no target named ("lifted the state of emergency",
     * "thousands demonstrated in the capital", "police arrested forty", "gunmen killed three villagers") are
     * coded, as CAMEO does, against the source's own country: its country actor when the article has one,
     * else the bare country code.
     */
    private static Optional<Event.Party> domestic(String code, Actor source, List<Actor> actors) {
        if (!DOMESTIC.contains(code.substring(0, 2))) return Optional.empty();
        Optional<String> country = Cast.country(source);
        if (country.isEmpty()) return Optional.empty();
        for (Actor a : actors) {
            if (a.type() == Actor.Type.COUNTRY && a.country().equals(country) && !a.id().equals(source.id())) {
                return Optional.of(Cast.party(a));
            }
        }
        return Optional.of(new Event.Party(Optional.empty(), country.get(), country));
    }

    private Optional<LocalDate> dateOf(Annotated doc, List<DateMention> dates, Sentence s) {
        if (dates.isEmpty()) return Optional.empty();
        return time.dateOf(doc.article(), dates, s.span()).filter(v -> v.length() == 10).flatMap(v -> {
            try {
                return Optional.of(LocalDate.parse(v));
            } catch (DateTimeParseException e) {
                return Optional.empty();
            }
        });
    }

    private static Optional<Quote> quoteOf(List<Quote> quotes, Draft d) {
        for (Quote q : quotes) {
            if (q.span().start() <= d.cue().start() && d.cue().end() <= q.span().end()) return Optional.of(q);
        }
        return Optional.empty();
    }
}
