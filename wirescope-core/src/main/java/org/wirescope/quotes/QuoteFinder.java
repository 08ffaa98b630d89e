package org.wirescope.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import org.wirescope.model.Annotated;
import org.wirescope.model.Quote.Kind;
import org.wirescope.model.Sentence;
import org.wirescope.model.Span;
import org.wirescope.model.Token;

/**
 * Finds statements and their speakers in a parsed article. A speech cue (a verb of saying, a noun
 * naming a statement, or "according to") names its speaker as subject, possessor or agent, and its
 * content as {@link Contents} reads it; quotation marks decide whether the content is direct (the
 * marks carry it), partial (a quoted fragment inside reported speech) or indirect. Participles
 * ("…, stating that …") take their clause's subject; "X quoted Y as saying" makes Y the speaker and
 * X the relay; a statement reported inside another one's content is part of it, unless a news outlet
 * relays it; a paragraph that is all quotation keeps the speaker of the quotation before it.
 */
final class QuoteFinder {

    private static final Set<String> OBJECT = Set.of("obj", "iobj");
    private static final Set<String> INHERITING = Set.of("advcl", "xcomp", "conj", "acl", "dep");
    /** Share of a content span a quotation must cover for the content to count as a direct quote. */
    private static final double DIRECT_COVER = 0.6;

    private QuoteFinder() {
    }

    /**
     * @param outlet whether a span names a news outlet or channel: an outlet that says what someone else
     *               said ("Kim pointed out …, KCNA said") relays that statement rather than making its own
     */
    static List<Attribution> find(Tree tree, Predicate<Span> outlet) {
        Annotated doc = tree.doc();
        List<QuoteMarks.Marked> marks = QuoteMarks.find(doc.text(), doc.article().paragraphs());
        List<Attribution> found = new ArrayList<>(SurfaceAttribution.transcriptTurns(doc));
        for (Sentence s : doc.sentences()) {
            if (!s.parsed() || WIRE_CREDITS.matcher(doc.text()).region(s.start(), s.end()).lookingAt()) continue;
            List<Cue> verbs = new ArrayList<>();
            List<Token> accordings = new ArrayList<>();
            for (Token t : doc.tokensOf(s)) {
                // words inside a quotation or a transcript turn are the speaker's own, not the article's attributions
                if (QuoteMarks.covers(marks, t) || found.stream().anyMatch(a -> a.content().contains(t.span()))) continue;
                if (isAccordingTo(tree, t)) accordings.add(t);
                else if (t.isNoun()) nounCue(tree, t).ifPresent(verbs::add);
                else verbCue(tree, t, marks).ifPresent(verbs::add);
            }
            // a participle deep inside another statement ("claimed that it had exercised restraint while
            // reaffirming …") is part of that statement; one hanging off the cue itself ("…, stating that") is not,
            // nor is one set off by a comma at the end of the statement ("said A, arguing B"): its speaker's own
            for (int i = 0; i < verbs.size(); i++) {
                Cue c = verbs.get(i);
                if (c.explicitSubject || Speakers.isFinite(c.verb) || headedByCue(tree, c.verb)) continue;
                Optional<Cue> outer = verbs.stream().filter(o -> o != c && tree.dominates(o.verb, c.verb)).findFirst();
                if (outer.isEmpty()) continue;
                if (setOffByComma(tree, c.verb)) verbs.set(i, c.spokenBy(outer.get()));
                else verbs.remove(i--);
            }
            List<Attribution> inSentence = new ArrayList<>();
            Set<Integer> usedMarks = usedMarks(marks, found);
            for (Cue cue : verbs) {
                List<Span> via = new ArrayList<>(cue.via);
                outerRelay(cue, verbs).flatMap(o -> o.speaker).ifPresent(via::add);
                boolean relay = cue.speaker.filter(outlet).isPresent() && relaysAnother(cue, verbs);
                addCue(tree, cue, via, marks, usedMarks, inSentence, relay, verbs);
            }
            boolean spoken = verbs.stream().anyMatch(c -> c.speaker.isPresent());
            for (Token according : accordings) {
                Optional<Cue> cue = accordingTo(tree, according, s);
                if (cue.isEmpty()) continue;
                if (spoken) {
                    // "He added: “…,” according to Tasnim": the outlet relays what the speaker said
                    for (int i = 0; i < inSentence.size(); i++) {
                        List<Span> via = new ArrayList<>(inSentence.get(i).via());
                        via.add(cue.get().speaker.orElseThrow());
                        inSentence.set(i, inSentence.get(i).withVia(via));
                    }
                } else {
                    addCue(tree, cue.get(), List.of(), marks, usedMarks, inSentence, false, verbs);
                }
            }
            found.addAll(withoutNested(tree, inSentence));
        }
        SurfaceAttribution.fromWordsAround(doc, marks, usedMarks(marks, found), found);
        SurfaceAttribution.continuations(doc, marks, usedMarks(marks, found), found);
        SurfaceAttribution.carryOver(doc, marks, usedMarks(marks, found), found);
        found.sort(Comparator.comparing(Attribution::content));
        return found;
    }

    /** A wire service's credits, "(Reporting by A; Editing by B)": names of staff, not statements. */
    private static final Pattern WIRE_CREDITS = Pattern.compile(
            "\\(?\\s*(?:additional\\s+)?(?:reporting|writing|editing)\\s+by\\b", Pattern.CASE_INSENSITIVE);

    /**
     * "She said professors would dismiss her proposals": a reported statement inside another one's
     * content is part of what the outer speaker said, not a statement the article attributes itself.
     * One opened by a conjunction ("…, though she acknowledged …") is the article's own aside.
     */
    private static List<Attribution> withoutNested(Tree tree, List<Attribution> inSentence) {
        List<Attribution> kept = new ArrayList<>();
        for (Attribution a : inSentence) {
            boolean nested = a.kind() == Kind.INDIRECT && a.cue().isPresent() && inSentence.stream().anyMatch(o -> o != a
                    && o.speaker().isPresent() && o.content().contains(a.cue().get()))
                    && !openedByConjunction(tree, tree.token(tree.doc().tokenAt(a.cue().get().start())));
            if (!nested) kept.add(a);
        }
        return kept;
    }

    private static boolean openedByConjunction(Tree tree, Token verb) {
        return tree.child(verb, Set.of("mark")).filter(m -> Contents.CIRCUMSTANCE_MARKS.contains(m.text().toLowerCase(Locale.ROOT)))
                .isPresent();
    }

    /** Quotations already attributed: the content of a direct or partial quote, or inside a transcript turn. */
    private static Set<Integer> usedMarks(List<QuoteMarks.Marked> marks, List<Attribution> found) {
        Set<Integer> used = new HashSet<>();
        for (int m = 0; m < marks.size(); m++) {
            Span q = marks.get(m).content();
            for (Attribution a : found) {
                if (a.kind() != Kind.INDIRECT && a.content().overlaps(q)) used.add(m);
            }
        }
        return used;
    }

    /**
     * A speech cue with its speaker, content clause and relays, as read off the parse.
     *
     * @param explicitSubject whether the cue verb has its own subject (not one inherited by a participle)
     * @param rest the content's other part when the attribution stands inside it ("A, she said, B")
     */
    private record Cue(Token verb, String lemma, Span cueSpan, Optional<Token> speakerHead, Optional<Span> speaker,
                       boolean explicitSubject, Optional<Span> content, Optional<Span> rest, Token scope, List<Span> via) {

        /** This cue with the speaker of {@code other}. */
        Cue spokenBy(Cue other) {
            return new Cue(verb, lemma, cueSpan, other.speakerHead, other.speaker, false, content, rest, scope, via);
        }

        boolean finite() {
            // a finite verb with its own subject: "KCNA said", not "stating" nor "…, and suggested"
            return explicitSubject && (verb.pos().equals("VBD") || verb.pos().equals("VBZ") || verb.pos().equals("VBP")
                    || verb.pos().equals("VB") || verb.pos().equals("VBN"));
        }
    }

    /** The innermost other finite cue whose content holds this cue's verb: its speaker relays this one. */
    private static Optional<Cue> outerRelay(Cue cue, List<Cue> cues) {
        if (!cue.explicitSubject && !Speakers.isFinite(cue.verb)) return Optional.empty();
        if (!REPORTING.contains(cue.lemma)) return Optional.empty();
        return cues.stream()
                .filter(o -> o != cue && o.finite() && o.content.isPresent() && o.content.get().contains(cue.verb.span()))
                .min(Comparator.comparingInt(o -> o.content.get().length()));
    }

    /**
     * Whether this cue's content is another finite cue with its own speaker ("Kim pointed out …, KCNA
     * said"): the other cue heads the content, as its complement or as the clause this cue comments on.
     * A cue deeper inside the content ("said the campaign planned it, though she acknowledged …") is a
     * statement of its own within this one.
     */
    private static boolean relaysAnother(Cue cue, List<Cue> cues) {
        return cue.content.isPresent() && cues.stream().anyMatch(o -> o != cue && o.finite() && o.speaker.isPresent()
                && REPORTING.contains(o.lemma) && cue.content.get().contains(o.verb.span())
                && (o.verb.head() == cue.verb.index() || cue.verb.head() == o.verb.index()));
    }

    private static boolean setOffByComma(Tree tree, Token t) {
        return t.index() > 0 && tree.token(t.index() - 1).text().equals(",") && tree.token(t.index() - 1).sentence() == t.sentence();
    }

    /** Whether a cue governs {@code t} with no clause of its own subject in between. */
    private static boolean headedByCue(Tree tree, Token t) {
        Token cur = t;
        for (int up = 0; up < 6 && cur.head() >= 0; up++) {
            cur = tree.token(cur.head());
            if (Cues.isSpeechVerb(tree, cur) || cur.lemma().equalsIgnoreCase("quote")) return true;
            if (cur.isVerb() && tree.child(cur, Tree.SUBJECT).isPresent()) return false;
        }
        return false;
    }

    /** Verbs of reporting proper: nested inside another report, they make its speaker a relay. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "add", "note", "point out", "claim", "state", "stress",
            "explain", "insist", "argue", "remark", "warn", "suggest", "reiterate", "acknowledge", "admit", "deny", "confirm",
            "report", "write", "announce", "declare", "assert", "contend", "maintain", "emphasize", "emphasise");

    private static boolean isAccordingTo(Tree tree, Token t) {
        return t.text().equalsIgnoreCase("according") && t.index() + 1 < tree.doc().tokens().size()
                && tree.token(t.index() + 1).text().equalsIgnoreCase("to");
    }

    private static Optional<Cue> verbCue(Tree tree, Token t, List<QuoteMarks.Marked> marks) {
        if (!t.isVerb() || !Cues.isSpeech(tree.lemmaWithParticle(t))) return Optional.empty();
        if (tree.child(t, Set.of("nsubj:pass")).isPresent()) return passiveCue(tree, t);
        // "shortcomings observed in such areas": a past participle modifying a noun is passive, unless
        // an auxiliary or an object shows the parser misread an active clause ("Trump has vowed to …")
        if (t.pos().equals("VBN") && t.relation().equals("acl") && tree.child(t, Set.of("aux", "obj")).isEmpty()) {
            return Optional.empty();
        }
        // "the program, called EB-5": a participle of "call" after a noun names it
        if (t.pos().equals("VBN") && Tree.base(t.relation()).equals("acl") && t.lemma().equalsIgnoreCase("call")) {
            return Optional.empty();
        }
        List<Span> via = new ArrayList<>();
        Optional<Token> subject = tree.child(t, Tree.SUBJECT);
        boolean explicit = subject.isPresent();
        Span cueSpan = t.span();
        Optional<Token> parent = tree.head(t);
        if (subject.isEmpty() && parent.isPresent() && parent.get().lemma().equalsIgnoreCase("quote")) {
            // "X quoted Y as saying …": Y speaks, X relays
            subject = tree.child(parent.get(), OBJECT);
            tree.child(parent.get(), Tree.SUBJECT).map(v -> tree.nounPhrase(v)).ifPresent(via::add);
            cueSpan = new Span(parent.get().start(), t.end());
            explicit = subject.isPresent();
        }
        if (tree.child(t, OBJECT).filter(o -> o.pos().equals("WP")).isPresent()) {
            // "in what experts call an attempt": a label, not a statement
            return Optional.empty();
        }
        Token cur = t;
        while (subject.isEmpty() && INHERITING.contains(Tree.base(cur.relation())) && cur.head() >= 0) {
            cur = tree.token(cur.head());
            subject = tree.child(cur, Tree.SUBJECT);
        }
        if (subject.isEmpty() && t.pos().equals("VBG")) subject = Speakers.subjectOfGoverningClause(tree, t);
        if (subject.isPresent() && QuoteMarks.covers(marks, subject.get()) || Speakers.invertedAfterQuotation(tree, t)) {
            // "“… Full panic mode,” said Leslie Wimes": the parser took quoted words for the subject, or the
            // speaker after the cue for its object
            Optional<Token> inverted = Speakers.invertedSubject(tree, t);
            if (inverted.isPresent()) {
                subject = inverted;
                explicit = true;
            }
        }
        Optional<Token> beside = Speakers.parentheticalSubject(tree, t, marks);
        if (beside.isPresent() && subject.map(x -> x.start() < beside.get().start()).orElse(true)) {
            // "“That,” he added, “promises …”", "It was, the president said, …": the parser took words of the
            // statement for the subject; the speaker stands between commas right before the cue
            subject = beside;
            explicit = true;
        }
        Optional<Span> content = Contents.contentOf(tree, t, marks);
        Optional<Span> rest = content.filter(c -> c.end() <= t.start()).flatMap(c -> Contents.restAfterParenthetical(tree, t))
                .or(() -> content.filter(c -> c.start() >= t.end()).flatMap(c -> Contents.leadBeforeParenthetical(tree, t, marks)));
        return Optional.of(new Cue(t, tree.lemmaWithParticle(t).toLowerCase(Locale.ROOT), cueSpan, subject,
                subject.map(x -> tree.nounPhrase(x)), explicit, content, rest, t, via));
    }

    /**
     * "Trump's claim that there were thousands of shootings", "his promise to cut taxes", "the
     * ministry issued a warning about …": a noun naming a statement, with what it states as a that-clause,
     * an infinitive or a topic phrase, and its author as possessor, as agent ("a statement from the
     * ministry"), or as subject of the verb the noun is the object of.
     */
    private static Optional<Cue> nounCue(Tree tree, Token noun) {
        if (!Cues.isSpeechNoun(noun.lemma())) return Optional.empty();
        Optional<Span> content = Contents.nounContent(tree, noun);
        if (content.isEmpty()) return Optional.empty();
        Optional<Token> author = tree.child(noun, Set.of("nmod:poss"));
        if (author.isEmpty()) {
            author = tree.children(noun).stream().filter(c -> Tree.base(c.relation()).equals("nmod")
                    && tree.child(c, Set.of("case")).filter(p -> Set.of("by", "from").contains(p.text().toLowerCase(Locale.ROOT))).isPresent())
                    .findFirst();
        }
        if (author.isEmpty() && Tree.base(noun.relation()).equals("obj") && noun.head() >= 0) {
            author = tree.child(tree.token(noun.head()), Tree.SUBJECT);
        }
        if (author.isEmpty()) return Optional.empty();
        Token who = author.get();
        return Optional.of(new Cue(noun, noun.lemma().toLowerCase(Locale.ROOT), noun.span(), author,
                Optional.of(tree.nounPhrase(who)), true, content, Optional.empty(), noun, List.of()));
    }

    /**
     * "Mr. Quiros was accused of fraud", "The story was first reported by the Post": a passive cue states
     * its whole clause; the agent after "by", if any, speaks.
     */
    private static Optional<Cue> passiveCue(Tree tree, Token verb) {
        // the subject of a passive "told" or "asked" is the one addressed, not what was said
        if (Contents.ADDRESSEE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) return Optional.empty();
        Optional<Token> agent = tree.children(verb).stream().filter(c -> c.relation().equals("obl:agent")
                || Tree.base(c.relation()).equals("obl") && tree.child(c, Set.of("case")).filter(p -> p.text().equalsIgnoreCase("by")).isPresent())
                .findFirst();
        Set<Integer> cut = new HashSet<>();
        agent.ifPresent(a -> cut.add(a.index()));
        for (Token c : tree.children(verb)) {
            if (Set.of("punct", "parataxis", "conj", "cc", "mark").contains(Tree.base(c.relation())) || Contents.circumstance(tree, verb, c)) {
                cut.add(c.index());
            }
        }
        Span content = Contents.trim(tree, tree.span(verb, cut));
        if (content.length() < 3) return Optional.empty();
        return Optional.of(new Cue(verb, tree.lemmaWithParticle(verb).toLowerCase(Locale.ROOT), verb.span(), agent,
                agent.map(a -> tree.nounPhrase(a)), agent.isPresent(), Optional.of(content), Optional.empty(), verb, List.of()));
    }

    /** "according to X": X speaks what the sentence says, unless another cue in it has a speaker. */
    private static Optional<Cue> accordingTo(Tree tree, Token according, Sentence sentence) {
        Optional<Token> source = tree.head(according);
        if (source.isEmpty()) return Optional.empty();
        Token x = source.get();
        Span cueSpan = new Span(according.start(), tree.token(according.index() + 1).end());
        Token root = null;
        for (Token t : tree.doc().tokensOf(sentence)) {
            if (t.head() == Token.ROOT) root = t;
        }
        if (root == null || root.index() == x.index()) return Optional.empty();
        Span content = Contents.spanWithout(tree, root, x);
        return Optional.of(new Cue(according, "according to", cueSpan, Optional.of(x), Optional.of(tree.nounPhrase(x)), true,
                Optional.of(content), Optional.empty(), root, List.of()));
    }

    private static void addCue(Tree tree, Cue cue, List<Span> via, List<QuoteMarks.Marked> marks, Set<Integer> usedMarks,
                               List<Attribution> found, boolean relaysAnother, List<Cue> all) {
        if (cue.content.isPresent()) {
            addContent(tree, cue, cue.content.get(), via, marks, usedMarks, found, relaysAnother);
            cue.rest.ifPresent(r -> addContent(tree, cue, r, via, marks, usedMarks, found, relaysAnother));
            return;
        }
        quotedInCuePhrase(tree, cue, via, marks, usedMarks, found, all);
    }

    /** The statements of one stretch of content: a quotation that carries it, quoted fragments inside it, or the clause itself. */
    private static void addContent(Tree tree, Cue cue, Span content, List<Span> via, List<QuoteMarks.Marked> marks,
                                   Set<Integer> usedMarks, List<Attribution> found, boolean relaysAnother) {
        Optional<Span> cueSpan = Optional.of(cue.cueSpan);
        String text = tree.doc().text();
        for (int m = 0; m < marks.size(); m++) {
            Span q = marks.get(m).content();
            if (!q.overlaps(content) || usedMarks.contains(m)) continue;
            boolean startsEarlier = q.start() < content.start() - 2;
            boolean covers = covered(q, content) >= DIRECT_COVER && !Contents.startsWithComplementizer(text, content)
                    && readsAsStatement(tree, q);
            if (startsEarlier || covers || (q.end() > content.end() + 2 && covered(q, content) >= 0.3)) {
                usedMarks.add(m);
                found.add(new Attribution(q, Kind.DIRECT, cue.speaker, cueSpan, via));
                return;
            }
        }
        boolean mostlyQuoted = false;
        for (int m = 0; m < marks.size(); m++) {
            Span q = marks.get(m).content();
            if (!within(q, content) || usedMarks.contains(m) || relaysAnother) continue;
            usedMarks.add(m);
            found.add(new Attribution(q, Kind.PARTIAL, cue.speaker, cueSpan, via));
            mostlyQuoted |= covered(q, content) >= 0.5;
        }
        if (!relaysAnother && !mostlyQuoted) {
            found.add(new Attribution(Contents.withoutComplementizer(text, content), Kind.INDIRECT, cue.speaker, cueSpan, via));
        }
    }

    /** No clausal content: quoted words inside the cue's own phrase ("described it as “measured”"). */
    private static void quotedInCuePhrase(Tree tree, Cue cue, List<Span> via, List<QuoteMarks.Marked> marks,
                                          Set<Integer> usedMarks, List<Attribution> found, List<Cue> all) {
        Optional<Span> cueSpan = Optional.of(cue.cueSpan);
        Set<Integer> excluded = new HashSet<>();
        cue.speakerHead.ifPresent(h -> excluded.add(h.index()));
        for (Cue other : all) {
            if (other != cue) excluded.add(other.verb.index());
        }
        Span scope = tree.span(cue.scope, excluded);
        int nextCue = all.stream().mapToInt(o -> o.verb.start()).filter(st -> st > cue.verb.start()).min().orElse(Integer.MAX_VALUE);
        for (int m = 0; m < marks.size(); m++) {
            Span q = marks.get(m).content();
            if (usedMarks.contains(m) || !within(q, scope) || q.start() < cue.verb.start() || q.start() > nextCue) continue;
            usedMarks.add(m);
            found.add(new Attribution(q, Kind.PARTIAL, cue.speaker, cueSpan, via));
        }
    }

    /** Whether quoted span {@code q} lies in {@code span}, allowing a closing punctuation mark past its end. */
    private static boolean within(Span q, Span span) {
        return q.start() >= span.start() - 1 && q.end() <= span.end() + 2;
    }

    /** A quotation that can stand as a statement: it starts with a capital or holds a verb ("a series of shortcomings" does not). */
    private static boolean readsAsStatement(Tree tree, Span q) {
        String text = tree.doc().text();
        if (Character.isUpperCase(text.charAt(q.start()))) return true;
        for (int i = tree.doc().tokenAt(q.start()); i < tree.doc().tokens().size() && tree.token(i).start() < q.end(); i++) {
            Token t = tree.token(i);
            if (t.isVerb() && !t.relation().startsWith("aux") && !t.relation().equals("cop") && !t.relation().equals("amod")) {
                return true;
            }
        }
        return false;
    }

    private static double covered(Span q, Span content) {
        int overlap = Math.min(q.end(), content.end()) - Math.max(q.start(), content.start());
        return content.length() == 0 ? 0 : Math.max(0, overlap) / (double) content.length();
    }
}
