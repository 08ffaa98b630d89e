package org.wirescope.quotes;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirescope.model.Annotated;
import org.wirescope.model.Quote.Kind;
import org.wirescope.model.Sentence;
import org.wirescope.model.Span;
import org.wirescope.model.Token;

/**
 * Attribution of quotations that no parsed cue claimed, read from the surface around them: the words
 * after a quotation ("…,” she continued", "…” ― Jane Roe"), a colon paragraph before it, an attributed
 * quotation it continues in the same paragraph, or the quotation paragraph before it.
 */
final class SurfaceAttribution {

    private SurfaceAttribution() {
    }

    /**
     * "WALLACE: Let's start with the debate.": in a transcript, a paragraph opened by a speaker's name in
     * capitals and a colon is that speaker's turn, quoted or not.
     */
    static List<Attribution> transcriptTurns(Annotated doc) {
        String text = doc.text();
        List<Attribution> turns = new ArrayList<>();
        for (Span p : doc.article().paragraphs()) {
            int i = p.start();
            while (i < p.end() && "\"\u201C\u00AB' ".indexOf(text.charAt(i)) >= 0) i++;
            Matcher label = TURN.matcher(text).region(i, p.end());
            if (!label.lookingAt()) continue;
            int s = label.end();
            int e = p.end();
            while (e > s && "\"\u201D\u00BB' ".indexOf(text.charAt(e - 1)) >= 0) e--;
            if (e <= s) continue;
            turns.add(new Attribution(new Span(s, e), Kind.DIRECT, Optional.of(new Span(i, label.end(1))),
                    Optional.of(new Span(label.start(2), label.end(2))), List.of()));
        }
        // one labelled paragraph is a heading ("CORRECTION: …"); a transcript has turns
        return turns.size() >= 2 ? turns : List.of();
    }

    /** A speaker label: one to three words in capitals, then a colon ("PENCE:", "MS. ROE:"). */
    private static final Pattern TURN = Pattern.compile("(\\p{Lu}[\\p{Lu}.'\\-]+(?: \\p{Lu}[\\p{Lu}.'\\-]+){0,2}) ?(:) +");

    /**
     * Quotations no cue claimed, attributed from the words around them: "“…,” she continued.",
     * "“…” ― Jane Roe", or a paragraph ending in "Caddell went on:" before a quotation paragraph.
     */
    static void fromWordsAround(Annotated doc, List<QuoteMarks.Marked> marks, Set<Integer> used, List<Attribution> found) {
        String text = doc.text();
        for (int m = 0; m < marks.size(); m++) {
            if (used.contains(m)) continue;
            Span q = marks.get(m).content();
            int after = q.end();
            while (after < text.length() && ("\u201D\"'".indexOf(text.charAt(after)) >= 0 || text.charAt(after) == ' ')) after++;
            int k = doc.tokenAt(after);
            if (k < doc.tokens().size() && doc.tokens().get(k).start() >= after) {
                Optional<Attribution> a = trailing(doc, k, q);
                if (a.isPresent()) {
                    found.add(a.get());
                    used.add(m);
                    continue;
                }
            }
            Optional<Attribution> a = colonBefore(doc, q);
            if (a.isPresent()) {
                found.add(a.get());
                used.add(m);
            }
        }
    }

    /** "…,” she continued." / "…,” continued Smith." / "…” ― Jane Roe": speaker and verb right after the quotation. */
    private static Optional<Attribution> trailing(Annotated doc, int k, Span q) {
        List<Token> ts = doc.tokens();
        int i = k;
        if (i < ts.size() && (ts.get(i).text().equals("\u2015") || ts.get(i).text().equals("\u2014") || ts.get(i).text().equals("--"))) {
            int s = i + 1;
            int e = s;
            while (e < ts.size() && ts.get(e).pos().startsWith("NNP") && ts.get(e).sentence() == ts.get(s).sentence()) e++;
            if (e > s) {
                Span who = new Span(ts.get(s).start(), ts.get(e - 1).end());
                return Optional.of(new Attribution(q, Kind.DIRECT, Optional.of(who), Optional.of(ts.get(i).span()), List.of()));
            }
            return Optional.empty();
        }
        if (i < ts.size() && ts.get(i).text().equals(",")) i++;
        int npStart = i;
        while (i < ts.size() && i - npStart < 5 && (ts.get(i).pos().startsWith("NNP") || ts.get(i).pos().equals("PRP")
                || ts.get(i).pos().equals("DT") || ts.get(i).pos().startsWith("NN") || ts.get(i).pos().equals("JJ"))) {
            i++;
            if (ts.get(i - 1).pos().equals("PRP")) break;
        }
        if (i > npStart && i < ts.size() && ts.get(i).isVerb() && ends(ts, i + 1)) {
            Span who = new Span(ts.get(npStart).start(), ts.get(i - 1).end());
            return Optional.of(new Attribution(q, Kind.DIRECT, Optional.of(who), Optional.of(ts.get(i).span()), List.of()));
        }
        if (npStart < ts.size() && ts.get(npStart).isVerb()) {
            int s = npStart + 1;
            int e = s;
            while (e < ts.size() && e - s < 5 && ts.get(e).pos().startsWith("NNP")) e++;
            if (e > s && ends(ts, e)) {
                Span who = new Span(ts.get(s).start(), ts.get(e - 1).end());
                return Optional.of(new Attribution(q, Kind.DIRECT, Optional.of(who), Optional.of(ts.get(npStart).span()), List.of()));
            }
        }
        return Optional.empty();
    }

    /** Whether the attribution clause ends at token {@code i} (a full stop, a comma, or the end). */
    private static boolean ends(List<Token> ts, int i) {
        if (i >= ts.size()) return true;
        String t = ts.get(i).text();
        return t.equals(".") || t.equals(",") || t.equals(";") || ts.get(i).sentence() != ts.get(i - 1).sentence();
    }

    /** A quotation paragraph after a paragraph ending "Caddell went on:": the subject before the colon speaks. */
    private static Optional<Attribution> colonBefore(Annotated doc, Span q) {
        String text = doc.text();
        int b = q.start() - 1;
        while (b >= 0 && (Character.isWhitespace(text.charAt(b)) || "\u201C\"'".indexOf(text.charAt(b)) >= 0)) b--;
        if (b < 0 || text.charAt(b) != ':') return Optional.empty();
        Sentence s = doc.sentenceAt(b);
        for (Token t : doc.tokensOf(s)) {
            if (t.end() > b) break;
            if (t.relation().equals("nsubj") && t.head() >= 0) {
                Token verb = doc.tokens().get(t.head());
                return Optional.of(new Attribution(q, Kind.DIRECT, Optional.of(new Tree(doc).nounPhrase(t)), Optional.of(verb.span()), List.of()));
            }
        }
        return Optional.empty();
    }

    /**
     * "“A,” he said. “B.”": a quotation that follows an attributed one (whole or a fragment) in the same
     * paragraph, with no other statement between them, continues it (same speaker, same cue).
     */
    static void continuations(Annotated doc, List<QuoteMarks.Marked> marks, Set<Integer> used, List<Attribution> found) {
        for (int m = 0; m < marks.size(); m++) {
            if (used.contains(m)) continue;
            Span q = marks.get(m).content();
            Span paragraph = paragraphOf(doc, q.start());
            if (paragraph == null) continue;
            Optional<Attribution> previous = found.stream()
                    .filter(a -> a.content().end() <= q.start() && a.content().start() >= paragraph.start())
                    .max(Comparator.comparingInt(a -> a.content().end()));
            // a quoted fragment ("… are “not meeting the demand,” says Roe. “We often …”") is continued as a whole quotation is
            if (previous.isEmpty() || previous.get().kind() == Kind.INDIRECT || previous.get().speaker().isEmpty()) continue;
            Attribution p = previous.get();
            int between = p.cue().map(c -> Math.max(c.end(), p.content().end())).orElse(p.content().end());
            // the rest of the attribution's own sentence ("…,” said Roe, a lawyer who has fought the mine for years.)
            // describes the speaker; a statement begun after it is another one
            Sentence attributing = doc.sentenceAt(between);
            boolean otherStatement = found.stream().anyMatch(a -> a != p && a.content().start() > between
                    && a.content().start() < q.start() && a.cue().map(c -> c.start() >= attributing.end()).orElse(true));
            boolean nextSentence = doc.sentenceAt(q.start()).index() <= attributing.index() + 1;
            if (otherStatement || q.start() - between > 120 && !nextSentence) continue;
            used.add(m);
            found.add(new Attribution(q, Kind.DIRECT, p.speaker(), p.cue(), p.via()));
        }
    }

    /** A paragraph that is all quotation keeps the speaker of the most recent quotation before it. */
    static void carryOver(Annotated doc, List<QuoteMarks.Marked> marks, Set<Integer> usedMarks, List<Attribution> found) {
        for (int m = 0; m < marks.size(); m++) {
            if (usedMarks.contains(m)) continue;
            Span q = marks.get(m).content();
            Span paragraph = paragraphOf(doc, q.start());
            if (paragraph == null || q.length() < 0.8 * paragraph.length() - 4 || isStageDirection(doc.text(), q)) continue;
            Optional<Attribution> previous = found.stream()
                    .filter(a -> a.content().end() <= paragraph.start() && a.speaker().isPresent())
                    .max(Comparator.comparingInt(a -> a.content().end()));
            if (previous.isEmpty()) continue;
            Span prevParagraph = paragraphOf(doc, previous.get().content().start());
            if (prevParagraph == null || !adjacent(doc, prevParagraph, paragraph)) continue;
            usedMarks.add(m);
            found.add(new Attribution(q, Kind.DIRECT, previous.get().speaker(), Optional.empty(), previous.get().via()));
        }
    }

    /** "(CROSSTALK)", "(APPLAUSE.)": words in parentheses describe the scene; nobody says them. */
    private static boolean isStageDirection(String text, Span q) {
        return text.charAt(q.start()) == '(' && text.substring(q.start(), q.end()).strip().replaceAll("[.\\s]+$", "").endsWith(")");
    }

    private static boolean adjacent(Annotated doc, Span first, Span second) {
        List<Span> ps = doc.article().paragraphs();
        for (int i = 0; i + 1 < ps.size(); i++) {
            if (ps.get(i).equals(first)) return ps.get(i + 1).equals(second);
        }
        return false;
    }

    private static Span paragraphOf(Annotated doc, int offset) {
        for (Span p : doc.article().paragraphs()) {
            if (p.start() <= offset && offset < p.end()) return p;
        }
        return null;
    }

}
