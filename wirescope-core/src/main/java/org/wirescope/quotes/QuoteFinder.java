package org.wirescope.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;
import org.wirescope.model.Annotated;
import org.wirescope.model.Quote.Kind;
import org.wirescope.model.Sentence;
import org.wirescope.model.Span;
import org.wirescope.model.Token;

/**
 * Finds statements and their speakers in a parsed article. A speech cue (a verb of saying, or
 * "according to") names its speaker as subject and its content as clausal complement; quotation
 * marks decide whether the content is direct (the marks carry it), partial (a quoted fragment
 * inside reported speech) or indirect. Participles ("…, stating that …") take their clause's
 * subject; "X quoted Y as saying" makes Y the speaker and X the relay; a cue inside another cue's
 * content makes the outer speaker a relay; a paragraph that is all quotation keeps the speaker of
 * the quotation before it.
 */
final class QuoteFinder {

    private static final Set<String> SUBJECT = Set.of("nsubj");
    private static final Set<String> CONTENT = Set.of("ccomp", "parataxis");
    private static final Set<String> OBJECT = Set.of("obj", "iobj");
    private static final Set<String> INHERITING = Set.of("advcl", "xcomp", "conj", "acl", "dep");
    private static final Set<String> NP_PARTS = Set.of("compound", "flat", "amod", "det", "nummod", "nmod:poss", "case",
            "fixed", "name");
    /** Share of a content span a quotation must cover for the content to count as a direct quote. */
    private static final double DIRECT_COVER = 0.6;

    private QuoteFinder() {
    }

    /**
     * @param outlet whether a span names a news outlet or channel: an outlet that says what someone else
     *               said ("Kim pointed out …, KCNA said") relays that statement rather than making its own
     */
    static List<Attribution> find(Annotated doc, Predicate<Span> outlet) {
        Tree tree = new Tree(doc);
        List<QuoteMarks.Marked> marks = QuoteMarks.find(doc.text(), doc.article().paragraphs());
        List<Attribution> found = new ArrayList<>(SurfaceAttribution.transcriptTurns(doc));
        for (Sentence s : doc.sentences()) {
            if (!s.parsed()) continue;
            List<Cue> verbs = new ArrayList<>();
            List<Token> accordings = new ArrayList<>();
            for (Token t : doc.tokensOf(s)) {
                // words inside a quotation or a transcript turn are the speaker's own, not the article's attributions
                if (insideQuotation(marks, t) || found.stream().anyMatch(a -> a.content().contains(t.span()))) continue;
                if (isAccordingTo(tree, t)) accordings.add(t);
                else if (t.isNoun()) nounCue(tree, t).ifPresent(verbs::add);
                else verbCue(tree, t, marks).ifPresent(verbs::add);
            }
            // a participle deep inside another statement ("claimed that it had exercised restraint while
            // reaffirming …") is part of that statement; one hanging off the cue itself ("…, stating that") is not,
            // nor is one set off by a comma at the end of the statement ("said A, arguing B"): its speaker's own
            for (int i = 0; i < verbs.size(); i++) {
                Cue c = verbs.get(i);
                if (c.explicitSubject || isFinite(c.verb) || headedByCue(tree, c.verb)) continue;
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
        return tree.child(verb, Set.of("mark")).filter(m -> CIRCUMSTANCE_MARKS.contains(m.text().toLowerCase(Locale.ROOT)))
                .isPresent();
    }

    private static boolean insideQuotation(List<QuoteMarks.Marked> marks, Token t) {
        for (QuoteMarks.Marked m : marks) {
            if (m.content().start() <= t.start() && t.end() <= m.content().end()) return true;
        }
        return false;
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
        if (!cue.explicitSubject && !isFinite(cue.verb)) return Optional.empty();
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
            if (isCueVerb(tree, cur) || cur.lemma().equalsIgnoreCase("quote")) return true;
            if (cur.isVerb() && tree.child(cur, SUBJECT).isPresent()) return false;
        }
        return false;
    }

    /**
     * "…,” said the harbour master.": a finite cue right after a closing quotation mark with no subject
     * before it has its speaker after it, whatever relation the parser gave that noun phrase.
     */
    private static boolean invertedAfterQuotation(Tree tree, Token verb) {
        return isFinite(verb) && followsQuotation(tree, verb)
                && tree.child(verb, SUBJECT).map(x -> x.start() > verb.start()).orElse(true)
                && invertedSubject(tree, verb).isPresent();
    }

    /**
     * "Trump unleashed a series of tweets criticizing Machado", "spoke about the death in Tulsa,
     * arguing that …": a participle hanging off a noun speaks for the subject of the clause that noun is in.
     */
    private static Optional<Token> subjectOfGoverningClause(Tree tree, Token participle) {
        Token cur = participle;
        for (int up = 0; up < 6 && cur.head() >= 0; up++) {
            if (CLAUSE_BOUNDARIES.contains(Tree.base(cur.relation()))) return Optional.empty();
            cur = tree.token(cur.head());
            Optional<Token> subject = tree.child(cur, SUBJECT);
            if (subject.isPresent()) return tree.dominates(participle, subject.get()) ? Optional.empty() : subject;
        }
        return Optional.empty();
    }

    /** Relations past which a participle no longer belongs to the clause above. */
    private static final Set<String> CLAUSE_BOUNDARIES = Set.of("ccomp", "csubj", "parataxis", "acl:relcl", "advcl:relcl");

    /**
     * The noun phrase set off right before a cue, as in "“That,” he added, “…”" or "It was, the president
     * said, …": a pronoun or noun phrase between a comma or closing quotation mark and the verb (adverbs
     * and auxiliaries aside), outside any quotation; empty when the cue does not stand parenthetically.
     */
    private static Optional<Token> parentheticalSubject(Tree tree, Token verb, List<QuoteMarks.Marked> marks) {
        return parenthetical(tree, verb, marks).map(Parenthetical::speaker);
    }

    /** A speaker set off before a cue, and the comma or quotation mark that sets it off. */
    private record Parenthetical(Token speaker, Token boundary) {
    }

    private static Optional<Parenthetical> parenthetical(Tree tree, Token verb, List<QuoteMarks.Marked> marks) {
        Sentence s = tree.doc().sentences().get(verb.sentence());
        int i = verb.index() - 1;
        while (i >= s.firstToken() && isGlue(tree.token(i))) i--;
        Token head = null;
        int words = 0;
        for (; i >= s.firstToken() && words < 6; i--, words++) {
            Token t = tree.token(i);
            if (insideQuotation(marks, t)) return Optional.empty();
            if (t.isPronoun() || t.isNoun()) {
                if (head == null) head = t;
            } else if (!INVERTED_NP_TAGS.contains(t.pos())) {
                break;
            }
        }
        if (head == null || i < s.firstToken() || head.relation().contains("tmod") || Set.of("DATE", "TIME").contains(head.ner())) {
            return Optional.empty();
        }
        Token boundary = tree.token(i);
        boolean setOff = boundary.text().equals(",") || QUOTATION_MARKS.indexOf(boundary.text().charAt(0)) >= 0 && i > s.firstToken();
        return setOff ? Optional.of(new Parenthetical(head, boundary)) : Optional.empty();
    }

    /**
     * "The new tolls, Mayor Brill said, would pay for the repairs": when the statement goes on after the
     * cue and the speaker is set off by a comma, the words before that comma are the statement's first part.
     */
    private static Optional<Span> leadBeforeParenthetical(Tree tree, Token verb, List<QuoteMarks.Marked> marks) {
        Optional<Parenthetical> p = parenthetical(tree, verb, marks);
        if (p.isEmpty() || !p.get().boundary().text().equals(",")) return Optional.empty();
        Token comma = p.get().boundary();
        Sentence s = tree.doc().sentences().get(verb.sentence());
        if (comma.index() == s.firstToken() || QUOTATION_MARKS.indexOf(tree.token(comma.index() - 1).text().charAt(0)) >= 0) {
            return Optional.empty();
        }
        // the first part is the subject of what follows, not a scene-setting phrase ("In 2014,", "However,")
        boolean nominal = false;
        for (int i = s.firstToken(); i < comma.index(); i++) {
            Token t = tree.token(i);
            if (t.isVerb() || i == s.firstToken() && Set.of("IN", "RB", "CC", "WRB", "TO").contains(t.pos())) return Optional.empty();
            nominal |= t.isNoun() || t.isPronoun();
        }
        Span lead = trim(tree, new Span(tree.token(s.firstToken()).start(), comma.start()));
        return nominal && lead.length() > 0 ? Optional.of(lead) : Optional.empty();
    }

    /** Whether the cue comes right after a closing quotation mark ("…,” said Roe"; "…” he said"). */
    private static boolean followsQuotation(Tree tree, Token verb) {
        int i = verb.index() - 1;
        Sentence s = tree.doc().sentences().get(verb.sentence());
        if (i >= s.firstToken() && tree.token(i).text().equals(",")) i--;
        if (i < s.firstToken()) return false;
        String t = tree.token(i).text();
        return t.equals("\u201D") || t.equals("''") || t.equals("\"") && tree.token(i).pos().equals("''");
    }

    /**
     * The head of the noun phrase right after the verb, as in "said Leslie Wimes", "said 9/11 widow
     * Terry Strada" or "said the ruling": the last noun before anything that is not part of a name.
     */
    private static Optional<Token> invertedSubject(Tree tree, Token verb) {
        List<Token> ts = tree.doc().tokens();
        Token head = null;
        for (int i = verb.index() + 1; i < ts.size() && i <= verb.index() + 8; i++) {
            Token t = ts.get(i);
            if (t.sentence() != verb.sentence()) break;
            if (t.pos().equals("PRP")) return head == null ? Optional.of(t) : Optional.of(head);
            if (t.isNoun()) head = t;
            else if (!INVERTED_NP_TAGS.contains(t.pos())) break;
        }
        return Optional.ofNullable(head);
    }

    private static final Set<String> INVERTED_NP_TAGS = Set.of("DT", "PRP$", "JJ", "CD", "POS", "HYPH", "NNP", "NNPS");

    /** Verbs of reporting proper: nested inside another report, they make its speaker a relay. */
    private static final Set<String> REPORTING = Set.of("say", "tell", "add", "note", "point out", "claim", "state", "stress",
            "explain", "insist", "argue", "remark", "warn", "suggest", "reiterate", "acknowledge", "admit", "deny", "confirm",
            "report", "write", "announce", "declare", "assert", "contend", "maintain", "emphasize", "emphasise");

    private static boolean isFinite(Token verb) {
        return verb.pos().equals("VBD") || verb.pos().equals("VBZ") || verb.pos().equals("VBP");
    }

    private static boolean isAccordingTo(Tree tree, Token t) {
        return t.text().equalsIgnoreCase("according") && t.index() + 1 < tree.doc().tokens().size()
                && tree.token(t.index() + 1).text().equalsIgnoreCase("to");
    }

    private static Optional<Cue> verbCue(Tree tree, Token t, List<QuoteMarks.Marked> marks) {
        if (!t.isVerb() || !Cues.isSpeech(cueLemma(tree, t))) return Optional.empty();
        if (tree.child(t, Set.of("nsubj:pass")).isPresent()) return passiveCue(tree, t);
        // "shortcomings observed in such areas": a past participle modifying a noun is passive, unless
        // an auxiliary or an object shows the parser misread an active clause ("Trump has vowed to …")
        if (t.pos().equals("VBN") && t.relation().equals("acl") && tree.child(t, Set.of("aux", "obj")).isEmpty()) {
            return Optional.empty();
        }
        List<Span> via = new ArrayList<>();
        Optional<Token> subject = tree.child(t, SUBJECT);
        boolean explicit = subject.isPresent();
        Span cueSpan = t.span();
        Optional<Token> parent = tree.head(t);
        if (subject.isEmpty() && parent.isPresent() && parent.get().lemma().equalsIgnoreCase("quote")) {
            // "X quoted Y as saying …": Y speaks, X relays
            subject = tree.child(parent.get(), OBJECT);
            tree.child(parent.get(), SUBJECT).map(v -> nounPhrase(tree, v)).ifPresent(via::add);
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
            subject = tree.child(cur, SUBJECT);
        }
        if (subject.isEmpty() && t.pos().equals("VBG")) subject = subjectOfGoverningClause(tree, t);
        if (subject.isPresent() && insideQuotation(marks, subject.get()) || invertedAfterQuotation(tree, t)) {
            // "“… Full panic mode,” said Leslie Wimes": the parser took quoted words for the subject, or the
            // speaker after the cue for its object
            Optional<Token> inverted = invertedSubject(tree, t);
            if (inverted.isPresent()) {
                subject = inverted;
                explicit = true;
            }
        }
        Optional<Token> beside = parentheticalSubject(tree, t, marks);
        if (beside.isPresent() && subject.map(x -> x.start() < beside.get().start()).orElse(true)) {
            // "“That,” he added, “promises …”", "It was, the president said, …": the parser took words of the
            // statement for the subject; the speaker stands between commas right before the cue
            subject = beside;
            explicit = true;
        }
        Optional<Span> content = contentOf(tree, t, marks);
        Optional<Span> rest = content.filter(c -> c.end() <= t.start()).flatMap(c -> restAfterParenthetical(tree, t))
                .or(() -> content.filter(c -> c.start() >= t.end()).flatMap(c -> leadBeforeParenthetical(tree, t, marks)));
        return Optional.of(new Cue(t, cueLemma(tree, t).toLowerCase(Locale.ROOT), cueSpan, subject,
                subject.map(x -> nounPhrase(tree, x)), explicit, content, rest, t, via));
    }

    /**
     * "Trump's claim that there were thousands of shootings", "his promise to cut taxes", "the
     * ministry issued a warning about …": a noun naming a statement, with what it states as a that-clause,
     * an infinitive or a topic phrase, and its author as possessor, as agent ("a statement from the
     * ministry"), or as subject of the verb the noun is the object of.
     */
    private static Optional<Cue> nounCue(Tree tree, Token noun) {
        if (!Cues.isSpeechNoun(noun.lemma())) return Optional.empty();
        Optional<Span> content = nounContent(tree, noun);
        if (content.isEmpty()) return Optional.empty();
        Optional<Token> author = tree.child(noun, Set.of("nmod:poss"));
        if (author.isEmpty()) {
            author = tree.children(noun).stream().filter(c -> Tree.base(c.relation()).equals("nmod")
                    && tree.child(c, Set.of("case")).filter(p -> Set.of("by", "from").contains(p.text().toLowerCase(Locale.ROOT))).isPresent())
                    .findFirst();
        }
        if (author.isEmpty() && Tree.base(noun.relation()).equals("obj") && noun.head() >= 0) {
            author = tree.child(tree.token(noun.head()), SUBJECT);
        }
        if (author.isEmpty()) return Optional.empty();
        Token who = author.get();
        return Optional.of(new Cue(noun, noun.lemma().toLowerCase(Locale.ROOT), noun.span(), author,
                Optional.of(nounPhrase(tree, who)), true, content, Optional.empty(), noun, List.of()));
    }

    /** What a statement noun states: a that-clause or infinitive after it, or its topic phrase. */
    private static Optional<Span> nounContent(Tree tree, Token noun) {
        for (Token c : tree.children(noun)) {
            if (c.start() < noun.end()) continue;
            String rel = c.relation();
            Optional<Token> mark = tree.child(c, Set.of("mark"));
            boolean clause = Set.of("acl", "ccomp", "dep").contains(rel) && c.isVerb()
                    || Set.of("acl", "ccomp", "dep").contains(rel) && mark.isPresent();
            if (clause && mark.map(m -> Set.of("that", "whether", "to").contains(m.text().toLowerCase(Locale.ROOT))).orElse(false)) {
                return Optional.of(trim(tree, tree.span(c, Set.of())));
            }
            if (Tree.base(rel).equals("nmod")) {
                Optional<Token> prep = tree.child(c, Set.of("case"));
                if (prep.isPresent() && TOPIC_PREPOSITIONS.contains(prep.get().text().toLowerCase(Locale.ROOT))) {
                    return Optional.of(trim(tree, tree.span(c, caseMarkers(tree, c))));
                }
            }
        }
        return Optional.empty();
    }

    /**
     * "Mr. Quiros was accused of fraud", "The story was first reported by the Post": a passive cue states
     * its whole clause; the agent after "by", if any, speaks.
     */
    private static Optional<Cue> passiveCue(Tree tree, Token verb) {
        // the subject of a passive "told" or "asked" is the one addressed, not what was said
        if (ADDRESSEE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) return Optional.empty();
        Optional<Token> agent = tree.children(verb).stream().filter(c -> c.relation().equals("obl:agent")
                || Tree.base(c.relation()).equals("obl") && tree.child(c, Set.of("case")).filter(p -> p.text().equalsIgnoreCase("by")).isPresent())
                .findFirst();
        Set<Integer> cut = new HashSet<>();
        agent.ifPresent(a -> cut.add(a.index()));
        for (Token c : tree.children(verb)) {
            if (Set.of("punct", "parataxis", "conj", "cc", "mark").contains(Tree.base(c.relation())) || circumstance(tree, verb, c)) {
                cut.add(c.index());
            }
        }
        Span content = trim(tree, tree.span(verb, cut));
        if (content.length() < 3) return Optional.empty();
        return Optional.of(new Cue(verb, cueLemma(tree, verb).toLowerCase(Locale.ROOT), verb.span(), agent,
                agent.map(a -> nounPhrase(tree, a)), agent.isPresent(), Optional.of(content), Optional.empty(), verb, List.of()));
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
        Span content = spanWithout(tree, root, x);
        return Optional.of(new Cue(according, "according to", cueSpan, Optional.of(x), Optional.of(nounPhrase(tree, x)), true,
                Optional.of(content), Optional.empty(), root, List.of()));
    }

    /** The lemma, with a particle when the verb has one ("point out"). */
    private static String cueLemma(Tree tree, Token t) {
        for (Token c : tree.children(t)) {
            if (c.relation().equals("compound:prt")) return t.lemma() + " " + c.text().toLowerCase(Locale.ROOT);
        }
        return t.lemma();
    }

    private static boolean isCueVerb(Tree tree, Token t) {
        return t.isVerb() && Cues.isSpeech(cueLemma(tree, t));
    }

    private static Optional<Span> contentOf(Tree tree, Token verb, List<QuoteMarks.Marked> marks) {
        Optional<Span> colon = quoteAfterCue(tree, verb, marks);
        if (colon.isPresent()) return colon;
        // "…, sources said." / "“…,” said Caddell": everything before the comma that precedes the attribution
        Optional<Span> before = contentBefore(tree, verb);
        if (before.isPresent() && (endsInQuotation(tree, before.get()) || invertedAfterQuotation(tree, verb))) return before;
        Optional<Span> after = contentAfter(tree, verb, false);
        if (after.isPresent()) return after;
        if (before.isPresent()) return before;
        // "…, X said" parsed with the content as head and the cue as parataxis
        if (Tree.base(verb.relation()).equals("parataxis") && verb.head() >= 0) {
            Token head = tree.token(verb.head());
            Span clause = tree.span(head, Set.of());
            if (clause.start() < verb.start()) {
                // the part before the cue; a part after it is the content's rest
                Span part = trim(tree, new Span(clause.start(), tree.span(verb, Set.of()).start()));
                return Optional.of(part.length() > 0 ? part : spanWithout(tree, head, verb));
            }
        }
        return contentAfter(tree, verb, true);
    }

    /** "He added: “…”" or "Said Ellis: “…”": a quotation opening right after the cue (and an inverted subject). */
    private static Optional<Span> quoteAfterCue(Tree tree, Token verb, List<QuoteMarks.Marked> marks) {
        String text = tree.doc().text();
        int i = verb.end();
        Optional<Token> subject = tree.child(verb, SUBJECT);
        if (subject.isPresent() && subject.get().start() > verb.start()) i = Math.max(i, nounPhrase(tree, subject.get()).end());
        while (i < text.length() && (Character.isWhitespace(text.charAt(i)) || text.charAt(i) == ':' || text.charAt(i) == ',')) i++;
        for (QuoteMarks.Marked m : marks) {
            if (m.content().start() == i + 1 || m.content().start() == i + 2) return Optional.of(m.content());
        }
        return Optional.empty();
    }

    private static boolean endsInQuotation(Tree tree, Span content) {
        String text = tree.doc().text();
        int e = Math.min(text.length(), content.end() + 2);
        for (int i = content.end(); i < e; i++) {
            char c = text.charAt(i);
            if (c == '\u201D' || c == '"' || c == '\'') return true;
        }
        return false;
    }

    /** Relations that may stand between a cue and its content without being part of it. */
    private static final Set<String> LEADING_NOISE = Set.of("punct", "advmod", "obl", "obl:tmod", "obl:npmod", "nmod:tmod",
            "iobj", "compound:prt", "aux", "cc", "mark", "discourse");
    /** Verbs whose object is the addressee, not the content ("told reporters that …"). */
    private static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "inform", "assure", "remind", "reassure", "warn",
            "brief", "urge", "ask", "advise", "promise", "thank");

    /**
     * "X said (on Friday) (that) CONTENT": what the cue's own dependents after it cover, from the first
     * that carries content to the last, skipping adverbials, the addressee of "tell", the subject and
     * other cues' clauses. Parser mistakes such as a complement clause attached as {@code dep} or
     * {@code obj} still give the right span, as the surface order is what counts. With {@code topics},
     * the content is instead the topic phrase of a cue that reports nothing else ("warned against …").
     */
    private static Optional<Span> contentAfter(Tree tree, Token verb, boolean topics) {
        List<Token> after = new ArrayList<>();
        for (Token c : tree.children(verb)) {
            if (c.start() < verb.end()) continue;
            String rel = c.relation();
            if (Tree.base(rel).equals("punct")) continue;
            boolean foreign = Tree.base(rel).equals("nsubj") || circumstance(tree, verb, c)
                    || isCueVerb(tree, c) && !Set.of("ccomp", "xcomp").contains(Tree.base(rel))
                    || Tree.base(rel).equals("conj") && c.isVerb() || introducedByAccordingTo(tree, c);
            // the content is one stretch of text: it ends where another statement or a circumstance begins
            if (foreign) {
                if (after.isEmpty()) continue;
                break;
            }
            after.add(c);
        }
        boolean addressee = ADDRESSEE_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT));
        if (topics) {
            Optional<Token> topic = topicOf(tree, after);
            if (topic.isEmpty()) return Optional.empty();
            // "complained about his microphone", "called for a repeal": what the statement was about
            after = after.subList(after.indexOf(topic.get()), after.size());
            Span content = trim(tree, new Span(tree.span(topic.get(), caseMarkers(tree, topic.get())).start(),
                    toClauseEnd(tree, verb, tree.span(after.get(after.size() - 1), Set.of()).end())));
            return content.length() >= 3 ? Optional.of(content) : Optional.empty();
        }
        while (after.size() > 1 && (LEADING_NOISE.contains(after.get(0).relation())
                || LEADING_NOISE.contains(Tree.base(after.get(0).relation()))
                || addressee && Tree.base(after.get(0).relation()).equals("obj") && !urgedToAct(after))) {
            after.remove(0);
        }
        if (after.isEmpty()) return Optional.empty();
        Token first = after.get(0);
        String rel = Tree.base(first.relation());
        if (after.size() == 1 && (LEADING_NOISE.contains(first.relation()) || LEADING_NOISE.contains(rel))) return Optional.empty();
        if (addressee && after.size() == 1 && rel.equals("obj")) return Optional.empty();
        int start = Integer.MAX_VALUE;
        int end = -1;
        for (Token c : after) {
            Span sub = tree.span(c, cueChildren(tree, c));
            start = Math.min(start, sub.start());
            end = Math.max(end, sub.end());
        }
        Span content = trim(tree, new Span(start, toClauseEnd(tree, verb, end)));
        return content.length() >= 3 ? Optional.of(content) : Optional.empty();
    }

    /**
     * Where content ending at {@code end} really ends: a misparse often cuts the reported clause short
     * ("said they hoped the move | will spur investment"); the words after it up to the next punctuation
     * belong to it, quoted words included. A conjunction or another cue starts a statement of its own
     * ("… but has said she will").
     */
    private static int toClauseEnd(Tree tree, Token verb, int end) {
        Sentence s = tree.doc().sentences().get(verb.sentence());
        int last = end;
        for (int i = tree.doc().tokenAt(end); i < s.endToken(); i++) {
            Token t = tree.token(i);
            if (t.start() < end || QUOTATION_MARKS.indexOf(t.text().charAt(0)) >= 0) continue;
            if (t.pos().equals("-LRB-") || CLAUSE_PUNCTUATION.indexOf(t.text().charAt(0)) >= 0) return last;
            if (t.pos().equals("CC") || isCueVerb(tree, t) || t.text().equalsIgnoreCase("according")) return end;
            last = t.end();
        }
        return last;
    }

    private static final String QUOTATION_MARKS = "\"'`\u201C\u201D\u2018\u2019";
    private static final String CLAUSE_PUNCTUATION = ".,:;!?\u2014\u2013-";

    /**
     * "urged supporters to monitor polling places": the addressee is the one asked to act, and part of what
     * is asked, when an infinitive follows; "told reporters that …" reports to them instead.
     */
    private static boolean urgedToAct(List<Token> after) {
        return after.size() > 1 && Tree.base(after.get(1).relation()).equals("xcomp");
    }

    /** Prepositions that introduce what a statement is about or asks for ("warned against", "called for"). */
    private static final Set<String> TOPIC_PREPOSITIONS = Set.of("about", "of", "against", "for", "over", "regarding",
            "concerning");

    /**
     * The prepositional phrase a cue takes as its topic, when the cue has no clause or object to report:
     * the first oblique introduced by a topic preposition.
     */
    private static Optional<Token> topicOf(Tree tree, List<Token> after) {
        for (Token c : after) {
            if (Set.of("ccomp", "xcomp", "obj", "dep", "parataxis", "iobj").contains(Tree.base(c.relation()))) return Optional.empty();
        }
        for (Token c : after) {
            if (!Tree.base(c.relation()).equals("obl")) continue;
            Optional<Token> prep = tree.child(c, Set.of("case"));
            if (prep.isPresent() && TOPIC_PREPOSITIONS.contains(prep.get().text().toLowerCase(Locale.ROOT))) return Optional.of(c);
        }
        return Optional.empty();
    }

    private static Set<Integer> caseMarkers(Tree tree, Token t) {
        Set<Integer> out = new HashSet<>();
        for (Token c : tree.children(t)) {
            if (Tree.base(c.relation()).equals("case")) out.add(c.index());
        }
        return out;
    }

    private static boolean introducedByAccordingTo(Tree tree, Token t) {
        for (Token c : tree.children(t)) {
            if (c.text().equalsIgnoreCase("according")) return true;
        }
        return false;
    }

    private static final Set<String> CIRCUMSTANCE_MARKS = Set.of("when", "while", "after", "before", "because", "since",
            "until", "although", "though", "as", "once", "whereas");
    /** Verbs whose "as" phrase is what was said ("described it as measured"). */
    private static final Set<String> LABELLING_VERBS = Set.of("describe", "characterize", "characterise", "call", "label",
            "portray", "depict", "cast", "brand", "dismiss", "praise", "hail", "criticize", "criticise", "tout", "denounce");

    /** A clause that only says when or why the statement was made ("said Friday as he entered the talks"). */
    private static boolean circumstance(Tree tree, Token verb, Token child) {
        if (!Tree.base(child.relation()).equals("advcl")) return false;
        if (child.pos().equals("VBG") && tree.child(child, Set.of("mark")).isEmpty()) return true;
        Optional<Token> mark = tree.child(child, Set.of("mark"));
        if (mark.isEmpty()) return false;
        String m = mark.get().text().toLowerCase(Locale.ROOT);
        if (m.equals("as") && LABELLING_VERBS.contains(verb.lemma().toLowerCase(Locale.ROOT))) return false;
        return CIRCUMSTANCE_MARKS.contains(m);
    }

    /** Indexes of speech-cue verbs under {@code t}, whose clauses are their own statements. */
    private static Set<Integer> cueChildren(Tree tree, Token t) {
        Set<Integer> out = new HashSet<>();
        List<Token> sub = new ArrayList<>();
        tree.collect(t, Set.of(), sub);
        for (Token x : sub) {
            if (x != t && isCueVerb(tree, x)) out.add(x.index());
        }
        return out;
    }

    /**
     * The inverted attribution "CONTENT, X said" or "CONTENT, said X": when the cue and its subject
     * follow a comma (or a closing quotation mark) late in the sentence, the content is the part before.
     */
    private static Optional<Span> contentBefore(Tree tree, Token verb) {
        Annotated doc = tree.doc();
        Sentence sentence = doc.sentences().get(verb.sentence());
        for (Token c : invertedAfterQuotation(tree, verb) ? List.<Token>of() : tree.children(verb)) {
            String rel = Tree.base(c.relation());
            boolean addressee = rel.equals("obj") && (verb.lemma().equals("tell") || verb.lemma().equals("inform"));
            if (c.start() > verb.start() && (rel.equals("ccomp") || rel.equals("xcomp") || (rel.equals("obj") && !addressee))) {
                return Optional.empty();
            }
        }
        int first = verb.index();
        Optional<Token> subject = tree.child(verb, SUBJECT);
        if (subject.isPresent() && subject.get().index() < first) first = doc.tokenAt(nounPhrase(tree, subject.get()).start());
        // an adverb or auxiliary may stand between the subject and the cue ("he also said", "officials have said")
        int i = first - 1;
        while (i >= sentence.firstToken() && isGlue(tree.token(i))) i--;
        if (i <= sentence.firstToken() + 2) return Optional.empty();
        String c = tree.token(i).text();
        if (!(c.equals(",") || c.equals("\u201D") || c.equals("\"") || c.equals("''") || c.equals("\u2014") || c.equals("--"))) {
            return Optional.empty();
        }
        // the words before must be a statement: a clause, or what the parser hangs off the cue as its complement
        boolean clause = !c.equals(",") || reportsClauseBefore(tree, verb);
        for (int k = sentence.firstToken(); k < i && !clause; k++) clause = tree.token(k).isVerb();
        if (!clause) return Optional.empty();
        Span content = trim(tree, new Span(doc.tokens().get(sentence.firstToken()).start(), tree.token(i).end()));
        return content.length() > 0 ? Optional.of(content) : Optional.empty();
    }

    /**
     * "Acts of protest, Mr. Obama said, are acts of patriotism": when the attribution stands between
     * commas inside the clause it reports, the words after it, up to the end of that clause, are the
     * content's second part. Words the cue governs itself ("said on Friday") are not.
     */
    private static Optional<Span> restAfterParenthetical(Tree tree, Token verb) {
        if (verb.head() < 0) return Optional.empty();
        Token head = tree.token(verb.head());
        Set<Integer> marks = new HashSet<>();
        for (Token c : tree.children(head)) {
            if (Tree.base(c.relation()).equals("punct")) marks.add(c.index());
        }
        Span clause = tree.span(head, marks);
        if (clause.start() > verb.start()) return Optional.empty();
        List<Token> cueWords = new ArrayList<>();
        tree.collect(verb, Set.of(), cueWords);
        int last = cueWords.stream().filter(w -> !Tree.base(w.relation()).equals("punct")).mapToInt(Token::index).max().orElse(verb.index());
        if (last + 1 >= tree.doc().tokens().size() || !isCommaOrDash(tree.token(last + 1))) return Optional.empty();
        int from = tree.token(last + 1).end();
        Span rest = trim(tree, new Span(from, Math.max(from, clause.end())));
        if (rest.length() == 0) return Optional.empty();
        Token first = tree.token(tree.doc().tokenAt(rest.start()));
        int words = 0;
        for (int i = first.index(); i < tree.doc().tokens().size() && tree.token(i).end() <= rest.end(); i++) {
            if (Character.isLetterOrDigit(tree.token(i).text().charAt(0))) words++;
        }
        return words >= 2 && !tree.dominates(verb, first) ? Optional.of(rest) : Optional.empty();
    }

    private static boolean isCommaOrDash(Token t) {
        return t.text().equals(",") || t.text().equals("\u2014") || t.text().equals("--");
    }

    /** Whether the parse attaches the cue to a clause before it, or a complement clause before it to the cue. */
    private static boolean reportsClauseBefore(Tree tree, Token verb) {
        for (Token c : tree.children(verb)) {
            if (c.start() < verb.start() && Set.of("ccomp", "parataxis").contains(Tree.base(c.relation()))) return true;
        }
        return Tree.base(verb.relation()).equals("parataxis") && verb.head() >= 0
                && tree.span(tree.token(verb.head()), Set.of()).start() < verb.start();
    }

    private static boolean isGlue(Token t) {
        return t.pos().equals("RB") || t.pos().equals("MD") || t.lemma().equals("have") || t.lemma().equals("be");
    }

    /** The span of {@code root}'s subtree with the subtree of {@code cut} taken off whichever end it sits at. */
    private static Span spanWithout(Tree tree, Token root, Token cut) {
        Span full = tree.span(root, Set.of());
        Span out = tree.span(cut, Set.of());
        if (out.end() >= full.end() - 2) return trim(tree, new Span(full.start(), Math.max(full.start(), out.start())));
        if (out.start() <= full.start() + 2) return trim(tree, new Span(Math.min(out.end(), full.end()), full.end()));
        return trim(tree, tree.span(root, Set.of(cut.index())));
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
            boolean covers = covered(q, content) >= DIRECT_COVER && !startsWithComplementizer(text, content)
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
            found.add(new Attribution(withoutComplementizer(text, content), Kind.INDIRECT, cue.speaker, cueSpan, via));
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

    /** The words naming a participant: the head noun with its compounds, modifiers and name parts. */
    static Span nounPhrase(Tree tree, Token head) {
        int s = head.start();
        int e = head.end();
        List<Token> stack = new ArrayList<>(List.of(head));
        while (!stack.isEmpty()) {
            Token t = stack.remove(stack.size() - 1);
            for (Token c : tree.children(t)) {
                if (NP_PARTS.contains(c.relation()) || NP_PARTS.contains(Tree.base(c.relation()))) {
                    if (c.relation().equals("case") && t == head) continue;
                    s = Math.min(s, c.start());
                    e = Math.max(e, c.end());
                    stack.add(c);
                }
            }
        }
        return new Span(s, e);
    }

    /** Trims punctuation, quotation marks and a leading complementizer from a content span. */
    private static Span trim(Tree tree, Span span) {
        String text = tree.doc().text();
        int s = span.start();
        int e = span.end();
        while (s < e && isTrimmable(text.charAt(s))) s++;
        while (e > s && isTrimmable(text.charAt(e - 1))) e--;
        return new Span(s, Math.max(s, e));
    }

    private static boolean isTrimmable(char c) {
        return Character.isWhitespace(c) || ",;:\u2014\u2013-\"\u201C\u201D\u00AB\u00BB".indexOf(c) >= 0;
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

    private static boolean startsWithComplementizer(String text, Span content) {
        String head = text.substring(content.start(), Math.min(content.end(), content.start() + 8));
        return head.startsWith("that ") || head.startsWith("whether ");
    }

    private static Span withoutComplementizer(String text, Span content) {
        for (String word : List.of("that ", "whether ")) {
            if (text.regionMatches(true, content.start(), word, 0, word.length()) && content.length() > word.length()) {
                return new Span(content.start() + word.length(), content.end());
            }
        }
        return content;
    }

    private static double covered(Span q, Span content) {
        int overlap = Math.min(q.end(), content.end()) - Math.max(q.start(), content.start());
        return content.length() == 0 ? 0 : Math.max(0, overlap) / (double) content.length();
    }
}
