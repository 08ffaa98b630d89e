package org.wirescope.quotes;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wirescope.model.Actor;
import org.wirescope.model.Annotated;
import org.wirescope.model.Quote;
import org.wirescope.model.Span;
import org.wirescope.model.TextSpan;
import org.wirescope.model.Token;

/**
 * The quotes stage: finds direct, partial and indirect statements in an annotated article and
 * ties each to its speaker, cue and relays. Speakers and relays are resolved to the article's
 * actors by their mentions; a speaker no actor covers ("some observers") keeps its words as name.
 *
 * <pre>{@code
 * List<Quote> quotes = QuoteStage.create().extract(annotated, actors);
 * quotes.forEach(q -> System.out.println(q.speaker().name() + ": " + q.text()));
 * }</pre>
 */
public final class QuoteStage {

    private QuoteStage() {
    }

    public static QuoteStage create() {
        return new QuoteStage();
    }

    public List<Quote> extract(Annotated doc, List<Actor> actors) {
        String text = doc.text();
        Tree tree = new Tree(doc);
        List<Quote> quotes = new ArrayList<>();
        int n = 0;
        for (Attribution a : QuoteFinder.find(tree, span -> actorAt(actors, span).filter(x -> x.type() == Actor.Type.MEDIA).isPresent())) {
            Quote.Speaker speaker = a.speaker().map(s -> speaker(tree, s, actors))
                    .orElse(new Quote.Speaker(Optional.empty(), "", Optional.empty(), Optional.empty()));
            List<Quote.Relay> via = new ArrayList<>();
            for (Span v : a.via()) {
                Optional<Actor> actor = actorAt(actors, v);
                via.add(new Quote.Relay(actor.map(Actor::id), actor.map(Actor::name).orElse(v.in(text))));
            }
            quotes.add(new Quote("q" + (++n), a.content().in(text), a.content(), a.kind(), speaker,
                    a.cue().map(c -> TextSpan.of(c, text)), via));
        }
        return quotes;
    }

    private static Quote.Speaker speaker(Tree tree, Span mention, List<Actor> actors) {
        String text = tree.doc().text();
        Optional<Actor> actor = actorAt(actors, mention).or(() -> antecedent(tree, mention).flatMap(a -> actorAt(actors, a)));
        return new Quote.Speaker(actor.map(Actor::id), actor.map(Actor::name).orElse(mention.in(text)),
                actor.flatMap(Actor::role), Optional.of(TextSpan.of(mention, text)));
    }

    /**
     * "McConnell, now the majority leader, who in 2010 said …": the noun a relative pronoun stands for,
     * the head of the relative clause whose subject it is; the mention itself stays "who".
     */
    private static Optional<Span> antecedent(Tree tree, Span mention) {
        Annotated doc = tree.doc();
        if (doc.tokens().isEmpty()) return Optional.empty();
        Token who = doc.tokens().get(doc.tokenAt(mention.start()));
        if (!who.span().equals(mention) || !RELATIVE_PRONOUNS.contains(who.text().toLowerCase(Locale.ROOT)) || who.head() < 0) {
            return Optional.empty();
        }
        Token clause = doc.tokens().get(who.head());
        if (clause.relation().equals("acl:relcl") && clause.head() >= 0) {
            return Optional.of(tree.nounPhrase(doc.tokens().get(clause.head())));
        }
        // the parser often hangs the clause elsewhere; ", who" right after a noun still points back to it
        int i = who.index();
        if (i < 2 || !doc.tokens().get(i - 1).text().equals(",")) return Optional.empty();
        Token noun = doc.tokens().get(i - 2);
        return noun.isNoun() && noun.sentence() == who.sentence() ? Optional.of(noun.span()) : Optional.empty();
    }

    private static final Set<String> RELATIVE_PRONOUNS = Set.of("who", "that", "which");

    /** The actor with a mention inside {@code span} whose end is closest to the span's end (the head noun). */
    static Optional<Actor> actorAt(List<Actor> actors, Span span) {
        Actor best = null;
        int bestEnd = -1;
        for (Actor a : actors) {
            for (TextSpan m : a.mentions()) {
                if (span.overlaps(m.span()) && m.end() <= span.end() + 1 && m.end() > bestEnd) {
                    best = a;
                    bestEnd = m.end();
                }
            }
        }
        return Optional.ofNullable(best);
    }
}
