package org.wirescope.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wirescope.model.Annotated;
import org.wirescope.model.Event.Modality;
import org.wirescope.model.Sentence;
import org.wirescope.model.Token;

/**
 * Codes the cues of one sentence: finds tokens the pattern book knows, picks the most specific pattern
 * that holds, and finds source, target and modality over the dependency parse (or, for a sentence the
 * parser skipped, over word order). Stateless apart from the immutable pattern book.
 */
final class Coder {

    /** Prepositions that introduce the one acted upon: "against Iran", "on the US", "with Washington". */
    private static final Set<String> TARGET_CASES = Set.of("against", "on", "upon", "with", "to", "toward", "towards",
            "at", "into", "over", "of", "from", "between");
    /** Verbs of giving, whose "for" complement is the one given to. */
    private static final Set<String> GIVING = Set.of("provide", "give", "send", "grant", "offer", "deliver", "donate", "pledge",
            "promise", "allocate", "supply");
    /** Prepositions that never introduce a party of the event itself ("through Oman" names a mediator). */
    private static final Set<String> PHRASE_RELATIONS = Set.of("compound", "amod", "nmod:poss", "conj", "appos", "flat",
            "det", "case", "cc", "punct", "nummod", "flat:name", "compound:prt", "det:poss");
    /** CAMEO roots of acts only a state does — investigate, coerce (arrest, deport) — whose unknown doer is its authorities. */
    private static final Set<String> OFFICIAL = Set.of("09", "17");
    /** Prepositions before a noun of mediation: "through the mediation of", "with the mediation of", "under the auspices of". */
    private static final Set<String> MEDIATING_CASES = Set.of("through", "via", "with", "under");
    /** Nouns of mediation: "through the mediation of Egypt", "under the auspices of the UN". */
    private static final Set<String> MEDIATION = Set.of("mediation", "auspices", "intermediary", "mediator", "offices",
            "facilitation", "intercession");
    /** Participles of brokering: "a truce brokered by Qatar", "UN-mediated talks". */
    private static final Set<String> MEDIATING_VERBS = Set.of("broker", "mediate", "facilitate", "sponsor", "arrange");
    /** Endings of one-word compounds that name a broker: "UN-brokered", "Qatari-mediated". */
    private static final Set<String> MEDIATED = Set.of("-brokered", "-mediated", "-sponsored", "-facilitated");
    /** Verbs whose object is an act that is kept from happening. */
    private static final Set<String> PREVENTING = Set.of("prevent", "forestall", "avoid", "avert", "deter", "preempt", "thwart");
    /** CAMEO roots of force and violence, whose unknown doer is an unidentified armed force. */
    private static final Set<String> VIOLENT = Set.of("18", "19", "20");
    /** Participles whose passive states the subject's own stance or doing: "is opposed to", "is committed to", "is engaged in". */
    private static final Set<String> STANCES = Set.of("oppose", "commit", "prepare", "determine", "resolve", "dedicate", "dispose",
            "engage", "involve");
    private static final Set<String> ALLEGING = Set.of("accuse", "allege", "blame", "charge", "claim", "accusation", "allegation");
    /** Verbs whose object, not subject, does what their clause says: "accused X of", "urged X to". */
    private static final Set<String> OBJECT_CONTROL = Set.of("accuse", "blame", "charge", "urge", "ask", "force", "order",
            "allow", "persuade", "convince", "call");

    private final PatternBook book;
    private final Parties parties;

    Coder(PatternBook book, Parties parties) {
        this.book = book;
        this.parties = parties;
    }

    /** A cue and the pattern it matched. */
    private record Cue(Token token, Pattern pattern) {
    }

    List<Draft> code(Annotated doc, Sentence s, Cast cast) {
        List<Token> tokens = doc.tokensOf(s);
        boolean parsed = s.parsed() && tokens.stream().anyMatch(t -> t.head() != Token.UNPARSED);
        Deps deps = parsed ? new Deps(doc, s) : null;
        Map<Integer, Cue> cues = new HashMap<>();
        for (Token t : tokens) {
            Pattern.Kind kind = kindOf(t);
            if (kind == null) continue;
            if (kind == Pattern.Kind.NOUN && deps != null && usedAsVerb(deps, t) && !book.of(Pattern.Kind.VERB, t.lemma()).isEmpty()) {
                kind = Pattern.Kind.VERB;
            }
            List<Pattern> candidates = book.of(kind, t.lemma());
            if (candidates.isEmpty()) continue;
            if (deps != null && kind == Pattern.Kind.NOUN && Deps.is(t, "compound")) continue;
            Optional<Pattern> best = best(candidates, deps, tokens, t);
            best.ifPresent(p -> cues.put(t.index(), new Cue(t, p)));
        }
        List<Draft> out = new ArrayList<>();
        for (Token t : tokens) {
            Cue cue = cues.get(t.index());
            if (cue == null) continue;
            Draft d = deps != null ? parsed(deps, cast, cue, cues) : linear(tokens, cast, cue);
            if (d != null) out.add(d);
        }
        return out;
    }

    /** "they would blockade Paris" tagged as a noun: a word with an auxiliary, or with a subject and an object, is a verb. */
    private static boolean usedAsVerb(Deps deps, Token t) {
        boolean aux = false;
        boolean subject = false;
        boolean object = false;
        for (Token c : deps.children(t)) {
            aux |= Deps.is(c, "aux") && !Deps.is(c, "aux:pass");
            subject |= Deps.is(c, "nsubj");
            object |= Deps.is(c, "obj");
        }
        return aux || subject && object;
    }

    private static Pattern.Kind kindOf(Token t) {
        if (t.pos().startsWith("VB")) return Pattern.Kind.VERB;
        if (t.pos().equals("NN") || t.pos().equals("NNS")) return Pattern.Kind.NOUN;
        if (t.pos().startsWith("JJ")) return Pattern.Kind.ADJECTIVE;
        if (t.pos().equals("MD")) return Pattern.Kind.MODAL;
        return null;
    }

    // ---- pattern choice ----

    private Optional<Pattern> best(List<Pattern> candidates, Deps deps, List<Token> sentence, Token cue) {
        Set<String> particles = new HashSet<>();
        Set<String> objects = new HashSet<>();
        Set<String> context = new HashSet<>();
        if (deps != null) {
            Token scope = cue.pos().equals("MD") ? deps.head(cue).orElse(cue) : cue; // "must release": the clause says what
            Set<Integer> skip = new HashSet<>();
            for (Token c : deps.children(scope)) if (Deps.is(c, "nsubj")) skip.add(c.index());
            for (Token c : sentence) {
                Pattern.Kind k = kindOf(c);
                if (c != cue && Deps.is(c, "conj") && k != null && !book.of(k, c.lemma()).isEmpty()) skip.add(c.index()); // a predicate of its own
            }
            for (Token c : deps.subtree(scope, skip)) if (c != cue) context.add(lower(c));
            for (Token c : deps.children(scope)) {
                if (Deps.is(c, "compound:prt")) particles.add(lower(c));
                if (Deps.is(c, "obl") || Deps.is(c, "nmod") || Deps.is(c, "advcl") || Deps.is(c, "xcomp")) {
                    deps.caseOf(c).ifPresent(particles::add);
                    for (Token m : deps.children(c, "mark")) particles.add(lower(m));
                }
                if (Deps.is(c, "obj") || Deps.is(c, "nsubj:pass") || Deps.is(c, "xcomp") || Deps.is(c, "obl")
                        || Deps.is(c, "nmod") || Deps.is(c, "iobj") || Deps.is(c, "ccomp")) {
                    objects.add(lower(c));
                    for (Token g : deps.children(c)) {
                        if (Deps.is(g, "compound") || Deps.is(g, "obj") || Deps.is(g, "amod")) objects.add(lower(g));
                        if (Deps.is(g, "nmod") && deps.caseOf(g).filter("of"::equals).isPresent()) { // "tons of aid", "part of an aid program"
                            objects.add(lower(g));
                            for (Token m : deps.children(g, "compound")) objects.add(lower(m));
                        }
                        if (Deps.is(g, "nmod") || Deps.is(g, "obl")) deps.caseOf(g).ifPresent(particles::add);
                    }
                }
            }
        } else {
            int at = cue.index() - sentence.get(0).index();
            for (int i = at + 1; i < Math.min(sentence.size(), at + 8); i++) {
                Token c = sentence.get(i);
                context.add(lower(c));
                if (i <= at + 5) objects.add(lower(c));
                if (i <= at + 3 && (c.pos().equals("RP") || c.pos().equals("IN") || c.pos().equals("TO"))) particles.add(lower(c));
            }
            for (int i = Math.max(0, at - 2); i < at; i++) context.add(lower(sentence.get(i)));
        }
        if (deps != null && cue.isNoun() && (Deps.is(cue, "obj") || Deps.is(cue, "obl"))) {
            deps.head(cue).ifPresent(h -> { // "went on strike over wages": the light verb's phrase says what the strike is
                Set<Integer> skip = new HashSet<>();
                for (Token c : deps.children(h)) if (Deps.is(c, "nsubj")) skip.add(c.index());
                for (Token c : sentence) {
                    Pattern.Kind k = kindOf(c);
                    if (c != cue && k != null && !book.of(k, c.lemma()).isEmpty()) skip.add(c.index()); // other cues say other things
                }
                for (Token c : deps.subtree(h, skip)) context.add(lower(c));
            });
        }
        singulars(objects);
        singulars(context);
        Pattern chosen = null;
        for (Pattern p : candidates) {
            if (!p.particles().isEmpty() && disjoint(p.particles(), particles)) continue;
            if (!p.objects().isEmpty() && disjoint(p.objects(), objects)) continue;
            if (!p.context().isEmpty() && disjoint(p.context(), context)) continue;
            if (chosen == null || p.conditions() > chosen.conditions()) chosen = p;
        }
        return Optional.ofNullable(chosen);
    }

    /** Adds "troop" for "troops": the lemmatiser keeps some plurals. */
    private static void singulars(Set<String> words) {
        List<String> extra = new ArrayList<>();
        for (String w : words) if (w.length() > 4 && w.endsWith("s") && !w.endsWith("ss")) extra.add(w.substring(0, w.length() - 1));
        words.addAll(extra);
    }

    private static boolean disjoint(Set<String> a, Set<String> b) {
        for (String x : a) if (b.contains(x)) return false;
        return true;
    }

    private static String lower(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }

    // ---- over the parse ----

    private Draft parsed(Deps deps, Cast cast, Cue cue, Map<Integer, Cue> cues) {
        Token t = cue.token();
        if (cue.pattern().kind() == Pattern.Kind.MODAL) return obligation(deps, cast, cue);
        Modality alleged = null;
        Token cur = t;
        boolean ownActor = cue.pattern().kind() == Pattern.Kind.NOUN && Deps.is(t, "conj") && !deps.children(t, "nmod:poss").isEmpty();
        for (int hop = 0; hop < 5 && !ownActor; hop++) {
            Optional<Token> h = deps.head(cur);
            if (h.isEmpty() || Deps.is(cur, "parataxis")) break;
            boolean viaConj = Deps.is(cur, "conj");
            cur = h.get();
            Cue above = cues.get(cur.index());
            if (above == null || viaConj) continue;
            if (ALLEGING.contains(lower(cur))) {
                alleged = Modality.ALLEGED;
                break;
            }
            return null; // the content of another coded act: "threatened to break relations" is one threat
        }
        if (purposeOfCodedAct(deps, t, cues)) return null;
        if (prevented(deps, t, cues)) return null;
        if (t.pos().equals("VBN") && Deps.is(t, "amod")) return null; // "the occupied West Bank" describes a place
        for (Token c : deps.children(t)) {
            if (Deps.is(c, "aux") && cues.containsKey(c.index()) && Deps.is(t, "ccomp")) return null; // coded as the demand
        }
        Pattern.Kind kind = cue.pattern().kind();
        List<Cast.Placed> sources = new ArrayList<>();
        List<Cast.Placed> targets = new ArrayList<>();
        double confidence = 0.45 + 0.15 * cue.pattern().conditions();
        boolean passive = !deps.children(t, "nsubj:pass").isEmpty() || !deps.children(t, "aux:pass").isEmpty();
        if (kind == Pattern.Kind.NOUN) {
            for (Token c : deps.children(t)) {
                if (Deps.is(c, "nmod:poss") || Deps.is(c, "compound") || Deps.is(c, "amod")) sources.addAll(partiesOf(deps, cast, c, t));
            }
            Optional<Token> governor = deps.head(t);
            boolean passiveGovernor = governor.isPresent() && governor.get().isVerb() && (Deps.is(t, "obj") || Deps.is(t, "obl"))
                    && !deps.children(governor.get(), "aux:pass").isEmpty();
            if (sources.isEmpty() && passiveGovernor) {
                boolean stance = STANCES.contains(lower(governor.get())); // "Serb forces were engaged in ethnic cleansing"
                if (!stance) sources.add(unnamed(deps, t, null)); // "X was put under investigation": by someone unnamed, on X
                for (Token c : deps.children(governor.get(), "nsubj:pass")) (stance ? sources : targets).addAll(partiesOf(deps, cast, c, t));
            }
            if (sources.isEmpty()) {
                if (governor.isPresent() && governor.get().isVerb() && (Deps.is(t, "obj") || Deps.is(t, "obl"))) {
                    sources.addAll(subjectOf(deps, cast, governor.get()));
                }
            }
            if (sources.isEmpty()) {
                if (governor.isPresent() && governor.get().isVerb() && (Deps.is(t, "obj") || Deps.is(t, "obl"))) {
                    subjectToken(deps, governor.get()).ifPresent(subject -> sources.add(unnamed(deps, subject, subject)));
                }
            }
            if (sources.isEmpty()) return null; // a bare "the attack" says nothing of who
        } else if (passive) {
            Token agent = null;
            for (Token c : deps.children(t)) {
                if (Deps.is(c, "obl") && deps.caseOf(c).filter("by"::equals).isPresent()) {
                    agent = c;
                    sources.addAll(partiesOf(deps, cast, c, t));
                }
            }
            boolean stance = agent == null && STANCES.contains(lower(t)); // "Israel is opposed to …": Israel opposes
            for (Token c : deps.children(t, "nsubj:pass")) (stance ? sources : targets).addAll(partiesOf(deps, cast, c, t));
            if (sources.isEmpty()) sources.add(agent == null ? unnamed(deps, t, null) : unnamed(deps, agent, agent));
        } else {
            sources.addAll(subjectOf(deps, cast, t));
            if (sources.isEmpty()) subjectToken(deps, t).ifPresent(subject -> sources.add(unnamed(deps, subject, subject)));
        }
        if (sources.isEmpty()) {
            Optional<Cast.Placed> before = nearestBefore(cast, deps.sentence(), t);
            if (before.isEmpty()) return null;
            sources.add(before.get());
            confidence -= 0.2;
        } else {
            confidence += 0.15;
        }
        boolean complaint = cue.pattern().code().startsWith("11");
        if (targets.isEmpty()) targets.addAll(targetsOf(deps, cast, t, sources, complaint, 0));
        if (targets.isEmpty() && kind == Pattern.Kind.NOUN && (Deps.is(t, "obj") || Deps.is(t, "obl"))) {
            boolean visit = cue.pattern().code().startsWith("042");
            deps.head(t).filter(Token::isVerb).ifPresent(g -> { // "gave a warm welcome to de Klerk", "arrived in Amman on a visit"
                for (Token c : deps.children(g)) {
                    if (c != t && Deps.is(c, "obl") && deps.caseOf(c).filter(k -> TARGET_CASES.contains(k) || visit && k.equals("in")).isPresent()) {
                        for (Cast.Placed p : partiesOf(deps, cast, c, t)) if (!among(p, sources)) targets.add(p);
                    }
                }
            });
        }
        if (targets.isEmpty()) {
            for (Token c : deps.children(t, "ccomp")) { // "demanded that Israel free the prisoners": Israel
                for (Token subject : deps.children(c, "nsubj")) {
                    for (Cast.Placed p : partiesOf(deps, cast, subject, t)) if (!among(p, sources)) targets.add(p);
                }
            }
        }
        if (targets.isEmpty()) {
            List<Token> clauses = new ArrayList<>(deps.children(t));
            List<Token> infinitives = new ArrayList<>(deps.children(t, "xcomp"));
            for (int k = 0; k < infinitives.size() && k < 4; k++) { // "threatened to stop talks to cut arms if the US …"
                clauses.addAll(deps.children(infinitives.get(k)));
                infinitives.addAll(deps.children(infinitives.get(k), "xcomp"));
            }
            for (Token c : clauses) {
                if (Deps.is(c, "ccomp") || Deps.is(c, "advcl")) {
                    for (Cast.Placed p : cast.within(deps.subtree(c, Set.of()).stream().map(Token::index).toList())) {
                        if (!among(p, sources) && !sameCountry(p, sources)) {
                            targets.add(p);
                            break;
                        }
                    }
                }
                if (!targets.isEmpty()) break;
            }
            if (!targets.isEmpty()) confidence -= 0.1;
        }
        if (targets.isEmpty() && (isPurpose(deps, t) || Deps.is(t, "xcomp")) && !cues.containsKey(t.head())) {
            deps.head(t).flatMap(h -> deps.child(h, "obj")).ifPresent(o -> targets.addAll(partiesOf(deps, cast, o, t))); // "summoned the envoy to complain"
        }
        targets.removeIf(p -> among(p, sources));
        Modality modality = Modalities.of(deps, t, cue.pattern(), alleged);
        String code = Recoding.forModality(cue.pattern().code(), modality, Modalities.future(deps, t), Modalities.unless(deps, t));
        if (Recoding.madeByTelling(cue.pattern().code(), code)) modality = Modality.ASSERTED; // the threat itself is made
        String root = code.substring(0, 2);
        Parties.Kind act = VIOLENT.contains(root) ? Parties.Kind.VIOLENT : OFFICIAL.contains(root) ? Parties.Kind.OFFICIAL : Parties.Kind.PLAIN;
        List<Cast.Placed> doers = parties.hosted(deps, cast, t, parties.doers(deps, cast, t, antecedents(deps, cast, sources, t), targets, act));
        List<Cast.Placed> done = new ArrayList<>(parties.hosted(deps, cast, t, parties.targets(deps, cast, t, targets, doers)));
        Optional<Cast.Placed> mediator = mediatorOf(deps, cast, t, doers);
        mediator.ifPresent(m -> done.removeIf(p -> among(p, List.of(m))));
        int start = t.start();
        int end = t.end();
        Sentence s = deps.sentence();
        for (Cast.Placed p : concat(doers, done)) {
            if (p.span().start() >= s.start() && p.span().end() <= s.end()) {
                start = Math.min(start, p.span().start());
                end = Math.max(end, p.span().end());
            }
        }
        return new Draft(t, code, cap(doers), cap(done), mediator, modality, start, end, clamp(confidence));
    }

    /**
     * The third party an act goes through: "talks with the US through Oman", "via Qatar", "with the
     * mediation of Egypt", "a truce brokered by the UN", "a UN-brokered deal". Sought around the cue,
     * the verb it is the object of and the nouns it governs; never one of the act's doers (a target
     * found to be the mediator stops being a target).
     */
    private Optional<Cast.Placed> mediatorOf(Deps deps, Cast cast, Token t, List<Cast.Placed> parties) {
        List<Token> anchors = new ArrayList<>();
        anchors.add(t);
        deps.head(t).filter(h -> Deps.is(t, "obj") || Deps.is(t, "obl") || Deps.is(t, "xcomp")).ifPresent(anchors::add);
        for (Token c : deps.children(t)) if (Deps.is(c, "obj") || Deps.is(c, "obl") || Deps.is(c, "nmod")) anchors.add(c);
        for (Token anchor : anchors) {
            for (Token c : deps.children(anchor)) {
                Optional<String> k = deps.caseOf(c);
                List<Cast.Placed> found = List.of();
                boolean complement = Deps.is(c, "obl") || Deps.is(c, "nmod");
                if (complement && MEDIATION.contains(lower(c)) && k.filter(MEDIATING_CASES::contains).isPresent()) {
                    found = mediatorOfNoun(deps, cast, c, t);
                } else if (complement && k.filter(k2 -> k2.equals("through") || k2.equals("via")).isPresent()) {
                    found = partiesOf(deps, cast, c, t);
                } else if ((Deps.is(c, "acl") || Deps.is(c, "amod")) && MEDIATING_VERBS.contains(lower(c))) {
                    found = brokers(deps, cast, c, t);
                } else if (Deps.is(c, "amod") && MEDIATED.stream().anyMatch(c.text().toLowerCase(Locale.ROOT)::endsWith)) {
                    found = cast.within(List.of(c.index())); // "a UN-brokered deal" as one word
                }
                for (Cast.Placed p : found) if (!among(p, parties)) return Optional.of(p);
            }
        }
        return Optional.empty();
    }

    /** "the mediation of Egypt", "Egypt's mediation", "the good offices of the UN". */
    private List<Cast.Placed> mediatorOfNoun(Deps deps, Cast cast, Token noun, Token act) {
        List<Cast.Placed> out = new ArrayList<>();
        for (Token c : deps.children(noun)) {
            if (Deps.is(c, "nmod:poss") || Deps.is(c, "compound") || Deps.is(c, "amod")
                    || Deps.is(c, "nmod") && deps.caseOf(c).filter("of"::equals).isPresent()) {
                out.addAll(partiesOf(deps, cast, c, act));
            }
        }
        return out;
    }

    /** "brokered by Qatar", "Qatari-mediated", "UN-brokered": the one who brokers. */
    private List<Cast.Placed> brokers(Deps deps, Cast cast, Token verb, Token act) {
        List<Cast.Placed> out = new ArrayList<>();
        for (Token c : deps.children(verb)) {
            if (Deps.is(c, "obl") && deps.caseOf(c).filter("by"::equals).isPresent()) out.addAll(partiesOf(deps, cast, c, act));
            else if (!Deps.is(c, "punct") && c.index() < verb.index()) out.addAll(cast.within(List.of(c.index())));
        }
        int hyphen = verb.index() - 1;
        if (out.isEmpty() && hyphen > deps.sentence().firstToken() && deps.token(hyphen).text().equals("-")) {
            out.addAll(cast.within(List.of(hyphen - 1))); // "a UN-brokered deal", however the parser hangs "UN"
        }
        return out;
    }

    /**
     * "Militants loyal to X said they attempted to kill Y": a pronoun subject the actor stage left
     * unresolved stands for the subject of the verb of saying whose clause it opens.
     */
    private List<Cast.Placed> antecedents(Deps deps, Cast cast, List<Cast.Placed> sources, Token act) {
        if (sources.size() != 1 || !sources.get(0).actor().id().isEmpty()) return sources;
        Token pronoun = deps.token(sources.get(0).last());
        if (!pronoun.pos().startsWith("PRP")) return sources;
        Optional<Token> cur = deps.head(pronoun);
        for (int hop = 0; hop < 4 && cur.isPresent(); hop++) {
            Token clause = cur.get();
            if (Deps.is(clause, "ccomp")) {
                Optional<Token> speech = deps.head(clause);
                Optional<Token> speaker = speech.flatMap(v -> deps.child(v, "nsubj"));
                if (speaker.isPresent() && !speaker.get().pos().startsWith("PRP")) {
                    List<Cast.Placed> found = partiesOf(deps, cast, speaker.get(), act);
                    return found.isEmpty() ? sources : found;
                }
                return sources;
            }
            if (!(Deps.is(clause, "xcomp") || Deps.is(clause, "conj"))) break;
            cur = deps.head(clause);
        }
        return sources;
    }

    /**
     * "Britain said Libya must hand over the suspects": a reported obligation is a demand of the speaker
     * on the clause's subject (CAMEO 10). Only inside a clause that reports someone's words.
     */
    private Draft obligation(Deps deps, Cast cast, Cue cue) {
        Token must = cue.token();
        Optional<Token> clause = deps.head(must);
        if (clause.isEmpty() || !Deps.is(clause.get(), "ccomp")) return null;
        Optional<Token> speech = deps.head(clause.get());
        if (speech.isEmpty() || !speech.get().isVerb()) return null;
        List<Cast.Placed> sources = new ArrayList<>(subjectOf(deps, cast, speech.get()));
        if (sources.isEmpty()) return null;
        List<Cast.Placed> targets = new ArrayList<>();
        for (Token c : deps.children(clause.get())) {
            if (Deps.is(c, "nsubj")) for (Cast.Placed p : partiesOf(deps, cast, c, must)) if (!among(p, sources)) targets.add(p);
        }
        Modality modality = Modalities.negated(deps, speech.get()) ? Modality.NEGATED : Modality.ASSERTED;
        int start = must.start();
        int end = clause.get().end();
        Sentence s = deps.sentence();
        for (Cast.Placed p : concat(sources, targets)) {
            if (p.span().start() >= s.start() && p.span().end() <= s.end()) {
                start = Math.min(start, p.span().start());
                end = Math.max(end, p.span().end());
            }
        }
        return new Draft(must, cue.pattern().code(), cap(sources), cap(targets), Optional.empty(), modality, start, Math.max(end, must.end()),
                clamp(0.5 + 0.1 * cue.pattern().conditions()));
    }

    /** "troops stayed on alert to forestall more violence": an act someone sets out to prevent does not happen. */
    private static boolean prevented(Deps deps, Token t, Map<Integer, Cue> cues) {
        if (!(Deps.is(t, "obj") || Deps.is(t, "xcomp"))) return false;
        Optional<Token> h = deps.head(t);
        return h.isPresent() && h.get().isVerb() && !cues.containsKey(h.get().index()) && PREVENTING.contains(lower(h.get()));
    }

    /**
     * "staged rallies to demand reforms", "began a hunger strike to protest": the infinitive or participle
     * says what a coded act was for, and is not an act of its own.
     */
    private static boolean purposeOfCodedAct(Deps deps, Token t, Map<Integer, Cue> cues) {
        if (!(Deps.is(t, "advcl") || Deps.is(t, "xcomp"))) return false;
        Optional<Token> h = deps.head(t);
        if (h.isEmpty()) return false;
        for (Token sibling : deps.children(h.get())) {
            if (sibling != t && cues.containsKey(sibling.index()) && !Deps.is(sibling, "nsubj")) return true;
        }
        return false;
    }

    /** The parties of the noun phrase headed by {@code head}, agents the actor stage left uncoded included. */
    private List<Cast.Placed> partiesOf(Deps deps, Cast cast, Token head, Token act) {
        return parties.of(deps, cast, head, phrase(deps, head), act);
    }

    /**
     * "France is ready to contribute 4,000 troops": troops or police the text does not tie to a country,
     * of the doer's own country, are what the doer moves, not whom it acts upon.
     */
    private static boolean ownForce(Cast.Placed p, List<Cast.Placed> doers) {
        if (!p.actor().id().isEmpty() || p.actor().sector().filter(Parties.ARMED::contains).isEmpty()) return false;
        return sameCountry(p, doers);
    }

    /** Whether {@code p} is one of {@code parties}: the same actor, or the same words for a party no actor stands for. */
    private static boolean among(Cast.Placed p, List<Cast.Placed> parties) {
        for (Cast.Placed q : parties) {
            if (p.actor().id().isEmpty() ? q.actor().id().isEmpty() && p.span().equals(q.span()) : p.actor().id().equals(q.actor().id())) {
                return true;
            }
        }
        return false;
    }

    private static List<Cast.Placed> concat(List<Cast.Placed> a, List<Cast.Placed> b) {
        List<Cast.Placed> out = new ArrayList<>(a);
        out.addAll(b);
        return out;
    }

    private static boolean sameCountry(Cast.Placed p, List<Cast.Placed> sources) {
        Optional<String> c = Cast.country(p.actor());
        if (c.isEmpty()) return false;
        for (Cast.Placed s : sources) if (Cast.country(s.actor()).equals(c)) return true;
        return false;
    }

    /**
     * A party the text names but the actor stage could not code ("President Bush", "Red Cross officials"),
     * or, for a passive without agent, the unknown doer: the event keeps its type, with no code to guess.
     */
    private static Cast.Placed unnamed(Deps deps, Token anchor, Token head) {
        if (head == null) return Cast.unnamed("unknown", anchor.index(), anchor.index(), new org.wirescope.model.TextSpan(anchor.start(), anchor.start(), ""));
        int first = head.index();
        for (int i : phrase(deps, head)) if (i < first && !deps.token(i).pos().equals("IN")) first = i;
        Token from = deps.token(first);
        String text = deps.text().substring(from.start(), head.end());
        return Cast.unnamed(text, first, head.index(), new org.wirescope.model.TextSpan(from.start(), head.end(), text));
    }

    /** The subject token of a verb or of the verb it depends on, as {@link #subjectOf} finds it. */
    private static Optional<Token> subjectToken(Deps deps, Token verb) {
        Token cur = verb;
        for (int hop = 0; hop < 4; hop++) {
            for (Token c : deps.children(cur)) if (Deps.is(c, "nsubj") && !Deps.is(c, "nsubj:pass")) return Optional.of(c);
            if (!(Deps.is(cur, "xcomp") || Deps.is(cur, "conj") || Deps.is(cur, "advcl"))) break;
            Optional<Token> h = deps.head(cur);
            if (h.isEmpty() || (OBJECT_CONTROL.contains(lower(h.get())) && deps.child(h.get(), "obj").isPresent())) break;
            cur = h.get();
        }
        return Optional.empty();
    }

    /** The subject of a verb, or of the verb it depends on ("agreed to release": agree's subject). */
    private List<Cast.Placed> subjectOf(Deps deps, Cast cast, Token verb) {
        Token cur = verb;
        for (int hop = 0; hop < 4; hop++) {
            for (Token c : deps.children(cur)) {
                if (Deps.is(c, "nsubj") && !Deps.is(c, "nsubj:pass")) {
                    List<Cast.Placed> found = partiesOf(deps, cast, c, verb);
                    if (!found.isEmpty()) return found;
                    return List.of();
                }
            }
            if (!(Deps.is(cur, "xcomp") || Deps.is(cur, "conj") || Deps.is(cur, "advcl") || Deps.is(cur, "acl"))) break;
            Optional<Token> h = deps.head(cur);
            if (h.isEmpty()) break;
            if (Deps.is(cur, "acl") && h.get().isNoun()) return partiesOf(deps, cast, h.get(), verb);
            if ((Deps.is(cur, "advcl") || Deps.is(cur, "xcomp")) && OBJECT_CONTROL.contains(lower(h.get()))) {
                Optional<Token> object = deps.child(h.get(), "obj");
                if (object.isPresent()) return partiesOf(deps, cast, object.get(), verb); // "accused Benin of shelling": Benin shelled
            }
            cur = h.get();
        }
        return List.of();
    }

    /**
     * Whom the act of {@code t} is aimed at: its objects, then its prepositional objects ("against Iran";
     * for a complaint the one complained about comes before the one complained to), then their
     * complements, then — through an infinitive or a purpose clause — the objects of the act it
     * intends ("willing to send troops to help defend Kuwait"), and at the top the place it is done in.
     */
    private List<Cast.Placed> targetsOf(Deps deps, Cast cast, Token t, List<Cast.Placed> sources, boolean complaint, int depth) {
        List<List<Cast.Placed>> ranked = new ArrayList<>();
        boolean noun = t.isNoun();
        for (Token c : deps.children(t)) {
            if (Deps.is(c, "obj") || Deps.is(c, "iobj")) {
                List<Cast.Placed> objects = new ArrayList<>(partiesOf(deps, cast, c, t));
                objects.removeIf(p -> ownForce(p, sources));
                ranked.add(objects);
            }
        }
        List<List<Cast.Placed>> addressees = new ArrayList<>();
        for (Token c : deps.children(t)) {
            if (Deps.is(c, "obl") || Deps.is(c, "nmod")) {
                Optional<String> k = deps.caseOf(c);
                boolean beneficiary = k.filter("for"::equals).isPresent() && GIVING.contains(lower(t)); // "provide aid for Romania"
                if (k.isPresent() && (TARGET_CASES.contains(k.get()) || beneficiary) && !(k.get().equals("of") && !noun)) {
                    (complaint && k.get().equals("to") ? addressees : ranked).add(partiesOf(deps, cast, c, t));
                }
            }
        }
        ranked.addAll(addressees); // "complained to the UN over Israeli raids": Israel
        for (Token c : deps.children(t)) {
            if (Deps.is(c, "obj") || Deps.is(c, "obl") || (noun && Deps.is(c, "nmod"))) {
                for (Token g : deps.children(c)) {
                    if (Deps.is(g, "nmod") || Deps.is(g, "obl")) {
                        Optional<String> k = deps.caseOf(g);
                        if (k.isPresent() && (TARGET_CASES.contains(k.get()) || k.get().equals("by"))) ranked.add(partiesOf(deps, cast, g, t));
                    }
                }
            }
        }
        for (List<Cast.Placed> r : ranked) {
            List<Cast.Placed> kept = new ArrayList<>(r);
            kept.removeIf(p -> among(p, sources));
            if (!kept.isEmpty()) return kept;
        }
        if (depth < 3) {
            for (Token c : deps.children(t)) {
                if (Deps.is(c, "xcomp") || isPurpose(deps, c)) {
                    List<Cast.Placed> deeper = targetsOf(deps, cast, c, sources, complaint, depth + 1);
                    if (!deeper.isEmpty()) return deeper;
                }
            }
        }
        if (depth == 0) {
            for (Token c : deps.subtree(t, Set.of())) {
                if (c == t || !(Deps.is(c, "obl") || Deps.is(c, "nmod")) || !deps.within(c, t)) continue;
                if (deps.caseOf(c).filter(k -> k.equals("in") || k.equals("near")).isPresent()) {
                    List<Cast.Placed> kept = new ArrayList<>(cast.within(phrase(deps, c)));
                    kept.removeIf(p -> among(p, sources) || Parties.isRegion(cast, p)); // "missiles in Europe" aim at no one
                    if (!kept.isEmpty()) return kept;
                }
            }
        }
        return List.of();
    }

    /** Whether {@code c} is an infinitive clause of purpose: "sent troops to help", "met to discuss". */
    private static boolean isPurpose(Deps deps, Token c) {
        return Deps.is(c, "advcl") && deps.children(c, "mark").stream().anyMatch(m -> m.lemma().equalsIgnoreCase("to"));
    }

    /** The tokens of a noun phrase headed by {@code head}: modifiers, possessors and conjuncts, no clauses or target phrases. */
    private static List<Integer> phrase(Deps deps, Token head) {
        List<Integer> out = new ArrayList<>();
        addPhrase(deps, head, out, 0);
        return out;
    }

    private static void addPhrase(Deps deps, Token t, List<Integer> out, int depth) {
        out.add(t.index());
        if (depth > 5) return;
        for (Token c : deps.children(t)) {
            boolean take = PHRASE_RELATIONS.contains(c.relation()) || Deps.is(c, "compound") || Deps.is(c, "flat");
            if (Deps.is(c, "nmod") && !Deps.is(c, "nmod:poss")) {
                Optional<String> k = deps.caseOf(c);
                take = k.isEmpty() || Set.of("of", "in", "from", "for", "throughout", "across").contains(k.get());
            }
            if (take) addPhrase(deps, c, out, depth + 1);
        }
    }

    private static Optional<Cast.Placed> nearestBefore(Cast cast, Sentence s, Token t) {
        List<Cast.Placed> before = cast.between(s.firstToken(), t.index());
        return before.isEmpty() ? Optional.empty() : Optional.of(before.get(before.size() - 1));
    }

    // ---- over word order, for sentences the parser skipped ----

    private Draft linear(List<Token> sentence, Cast cast, Cue cue) {
        Token t = cue.token();
        if (cue.pattern().kind() == Pattern.Kind.MODAL) return null; // an obligation needs the clause structure
        int first = sentence.get(0).index();
        int end = sentence.get(sentence.size() - 1).index() + 1;
        List<Cast.Placed> before = cast.between(first, t.index());
        List<Cast.Placed> after = cast.between(t.index() + 1, end);
        Cast.Placed source;
        if (cue.pattern().kind() == Pattern.Kind.NOUN) {
            if (before.isEmpty() || before.get(before.size() - 1).last() < t.index() - 3) return null;
            source = before.get(before.size() - 1);
        } else {
            if (before.isEmpty()) return null;
            source = before.get(before.size() - 1);
        }
        List<Cast.Placed> targets = new ArrayList<>();
        for (Cast.Placed p : after) {
            if (!p.actor().id().equals(source.actor().id()) && p.first() <= t.index() + 8) {
                targets.add(p);
                break;
            }
        }
        Modality modality = Modality.ASSERTED;
        for (int i = Math.max(first, t.index() - 3); i < t.index(); i++) {
            String w = sentence.get(i - first).lemma().toLowerCase(Locale.ROOT);
            if (Modalities.NEGATORS.contains(w)) modality = Modality.NEGATED;
            else if (Modalities.FUTURE.contains(w) && modality == Modality.ASSERTED) modality = Modality.INTENDED;
        }
        int start = Math.min(source.span().start(), t.start());
        int stop = Math.max(t.end(), targets.isEmpty() ? t.end() : targets.get(0).span().end());
        double confidence = clamp(0.3 + 0.1 * cue.pattern().conditions());
        return new Draft(t, Recoding.forModality(cue.pattern().code(), modality, modality == Modality.INTENDED), List.of(source), targets,
                Optional.empty(), modality,
                start, stop, confidence);
    }

    private static List<Cast.Placed> cap(List<Cast.Placed> parties) {
        return parties.size() <= 4 ? parties : parties.subList(0, 4);
    }

    private static double clamp(double c) {
        return Math.max(0.1, Math.min(0.95, Math.round(c * 100) / 100.0));
    }
}
