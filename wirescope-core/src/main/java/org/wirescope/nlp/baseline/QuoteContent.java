package org.wirescope.nlp.baseline;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.wirescope.model.Span;

/**
 * Turns the character range CoreNLP reports for a quotation (marks included) into the range of its
 * words: one opening and one closing mark are removed, then surrounding white space. Marks are the
 * straight, curly, low-9 and angle quotation marks, and the two-character LaTeX-style {@code ``} and
 * {@code ''} that CoreNLP's ASCII mode recognises.
 */
final class QuoteContent {

    private static final String MARKS = "\"'\u201C\u201D\u2018\u2019\u201E\u201A\u201F\u201B\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F";

    private QuoteContent() {
    }

    /**
     * The words inside the quotation that covers {@code [start, end)} of {@code text}; empty when the
     * range is out of bounds or holds nothing but marks and white space.
     */
    static Optional<Span> inner(String text, int start, int end) {
        if (start < 0 || end > text.length() || end < start) return Optional.empty();
        int s = start + openingMarkLength(text, start, end);
        int e = end - closingMarkLength(text, s, end);
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        return s < e ? Optional.of(new Span(s, e)) : Optional.empty();
    }

    /** The spans not contained in another one of {@code spans}, in text order, without duplicates. */
    static List<Span> outermost(List<Span> spans) {
        List<Span> sorted = new ArrayList<>(spans);
        sorted.sort(Comparator.comparingInt(Span::start).thenComparing(Comparator.comparingInt(Span::end).reversed()));
        List<Span> kept = new ArrayList<>();
        for (Span span : sorted) {
            if (kept.isEmpty() || !kept.get(kept.size() - 1).contains(span)) kept.add(span);
        }
        return kept;
    }

    private static int openingMarkLength(String text, int start, int end) {
        if (end - start >= 2 && (text.startsWith("``", start) || text.startsWith("''", start))) return 2;
        return end > start && isMark(text.charAt(start)) ? 1 : 0;
    }

    private static int closingMarkLength(String text, int start, int end) {
        if (end - start >= 2 && (text.startsWith("''", end - 2) || text.startsWith("``", end - 2))) return 2;
        return end > start && isMark(text.charAt(end - 1)) ? 1 : 0;
    }

    private static boolean isMark(char c) {
        return MARKS.indexOf(c) >= 0;
    }
}
