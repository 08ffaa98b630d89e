package org.wirescope.quotes;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wirescope.model.Annotated;
import org.wirescope.model.Sentence;
import org.wirescope.model.Span;
import org.wirescope.model.Token;

/**
 * What a cue reports: its content read off the parse (complement clause, object, topic phrase) and off
 * the surface around it (a quotation before or after it, the two parts of a statement around a
 * parenthetical attribution), cut short by misparses no more than the clause's punctuation allows.
 */
final class Contents {

    private Contents() {
    }

    static Optional<Span> contentOf(Tree tree, Token verb, List<QuoteMarks.Marked> marks) {
        Optional<Span> colon = quoteAfterCue(tree, verb, marks);
        if (colon.isPresent()) return colon;
        // "…, sources said." / "“…,” said Caddell": everything before the comma that precedes the attribution
        Optional<Span> before = contentBefore(tree, verb);
        if (before.isPresent() && (endsInQuotation(tree, before.get()) || Speakers.invertedAfterQuotation(tree, verb))) return before;
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
        Optional<Token> subject = tree.child(verb, Tree.SUBJECT);
        if (subject.isPresent() && subject.get().start() > verb.start()) i = Math.max(i, tree.nounPhrase(subject.get()).end());
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
    static final Set<String> ADDRESSEE_VERBS = Set.of("tell", "inform", "assure", "remind", "reassure", "warn",
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
                    || Cues.isSpeechVerb(tree, c) && !Set.of("ccomp", "xcomp").contains(Tree.base(rel))
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
            if (t.pos().equals("CC") || startsStatement(tree, t, i) || t.text().equalsIgnoreCase("according")) return end;
            last = t.end();
        }
        return last;
    }

    /**
     * Whether a speech verb at token {@code i} begins a statement of its own: "he says he raised" does;
     * an infinitive or a gerund after a preposition ("are to blame", "for inviting") is part of the
     * clause it stands in.
     */
    private static boolean startsStatement(Tree tree, Token t, int i) {
        if (!Cues.isSpeechVerb(tree, t)) return false;
        if (i == 0) return true;
        Token before = tree.token(i - 1);
        boolean infinitive = before.pos().equals("TO") && t.pos().equals("VB");
        boolean afterPreposition = before.pos().equals("IN") && t.pos().equals("VBG");
        return !infinitive && !afterPreposition;
    }

    static final String QUOTATION_MARKS = "\"'`\u201C\u201D\u2018\u2019";
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

    static final Set<String> CIRCUMSTANCE_MARKS = Set.of("when", "while", "after", "before", "because", "since",
            "until", "although", "though", "as", "once", "whereas");
    /** Verbs whose "as" phrase is what was said ("described it as measured"). */
    private static final Set<String> LABELLING_VERBS = Set.of("describe", "characterize", "characterise", "call", "label",
            "portray", "depict", "cast", "brand", "dismiss", "praise", "hail", "criticize", "criticise", "tout", "denounce");

    /** A clause that only says when or why the statement was made ("said Friday as he entered the talks"). */
    static boolean circumstance(Tree tree, Token verb, Token child) {
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
            // a statement of its own joins the content ("…, and warned"), as does a participle after a
            // noun ("flaws noted in the report"); one in a relative clause ("the $18 million he says he
            // raised") or a complement ("wants to tell") is part of what was said
            if (x != t && Cues.isSpeechVerb(tree, x) && !Set.of("acl:relcl", "xcomp", "csubj").contains(x.relation())) {
                out.add(x.index());
            }
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
        for (Token c : Speakers.invertedAfterQuotation(tree, verb) ? List.<Token>of() : tree.children(verb)) {
            String rel = Tree.base(c.relation());
            boolean addressee = rel.equals("obj") && (verb.lemma().equals("tell") || verb.lemma().equals("inform"));
            if (c.start() > verb.start() && (rel.equals("ccomp") || rel.equals("xcomp") || (rel.equals("obj") && !addressee))) {
                return Optional.empty();
            }
        }
        int first = verb.index();
        Optional<Token> subject = tree.child(verb, Tree.SUBJECT);
        if (subject.isPresent() && subject.get().index() < first) first = doc.tokenAt(tree.nounPhrase(subject.get()).start());
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
    static Optional<Span> restAfterParenthetical(Tree tree, Token verb) {
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

    /**
     * "The new tolls, Mayor Brill said, would pay for the repairs": when the statement goes on after the
     * cue and the speaker is set off by a comma, the words before that comma are the statement's first part.
     */
    static Optional<Span> leadBeforeParenthetical(Tree tree, Token verb, List<QuoteMarks.Marked> marks) {
        Optional<Speakers.Parenthetical> p = Speakers.parenthetical(tree, verb, marks);
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

    static boolean isGlue(Token t) {
        return t.pos().equals("RB") || t.pos().equals("MD") || t.lemma().equals("have") || t.lemma().equals("be");
    }

    /** The span of {@code root}'s subtree with the subtree of {@code cut} taken off whichever end it sits at. */
    static Span spanWithout(Tree tree, Token root, Token cut) {
        Span full = tree.span(root, Set.of());
        Span out = tree.span(cut, Set.of());
        if (out.end() >= full.end() - 2) return trim(tree, new Span(full.start(), Math.max(full.start(), out.start())));
        if (out.start() <= full.start() + 2) return trim(tree, new Span(Math.min(out.end(), full.end()), full.end()));
        return trim(tree, tree.span(root, Set.of(cut.index())));
    }

    /** Trims punctuation, quotation marks and a leading complementizer from a content span. */
    static Span trim(Tree tree, Span span) {
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

    /** What a statement noun states: a that-clause or infinitive after it, or its topic phrase. */
    static Optional<Span> nounContent(Tree tree, Token noun) {
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

    static boolean startsWithComplementizer(String text, Span content) {
        String head = text.substring(content.start(), Math.min(content.end(), content.start() + 8));
        return head.startsWith("that ") || head.startsWith("whether ");
    }

    static Span withoutComplementizer(String text, Span content) {
        for (String word : List.of("that ", "whether ")) {
            if (text.regionMatches(true, content.start(), word, 0, word.length()) && content.length() > word.length()) {
                return new Span(content.start() + word.length(), content.end());
            }
        }
        return content;
    }
}
