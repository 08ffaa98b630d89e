package org.wirescope.quotes;

import java.util.ArrayList;
import java.util.List;
import org.wirescope.model.Span;
import org.wirescope.model.Token;

/**
 * Finds quoted passages by their marks, paragraph by paragraph: curly (“…”), guillemets («…») and
 * straight ("…") double quotes; a straight and a curly mark may pair up, as careless copy mixes them. A quotation left open at the end of a paragraph runs to the
 * paragraph's end, as news style continues a long quote in the next paragraph.
 */
final class QuoteMarks {

    /** A quoted passage: {@code content} excludes the marks; {@code closed} is false for a run-on quote. */
    record Marked(Span content, boolean closed) {
    }

    private QuoteMarks() {
    }

    static List<Marked> find(String text, List<Span> paragraphs) {
        List<Marked> found = new ArrayList<>();
        for (Span p : paragraphs) {
            int open = -1;
            char closer = 0;
            // inside a straight quotation, a curly pair quotes a title or a word (“Shark Tank”) and closes nothing
            boolean innerCurly = false;
            for (int i = p.start(); i < p.end(); i++) {
                char c = text.charAt(i);
                boolean doubled = c == '\'' && i + 1 < p.end() && text.charAt(i + 1) == '\'';
                if (open < 0) {
                    if (doubled && opensStraight(text, i, p)) {
                        // '' as a double quotation mark, as some newspapers' text has it
                        open = i + 1;
                        closer = '\'';
                        i++;
                    } else if (c == '\u201C' || c == '\u00AB' || (c == '"' && opensStraight(text, i, p))
                            || c == '\u201D' && opensParagraph(text, i, p)) {
                        open = i;
                        closer = c == '\u00AB' ? '\u00BB' : c == '"' ? '"' : '\u201D';
                        innerCurly = false;
                    }
                } else if (closer == '\'') {
                    if (doubled) {
                        add(found, text, open + 1, i, true);
                        open = -1;
                        i++;
                    }
                } else if (closer == '"' && c == '\u201C') {
                    innerCurly = true;
                } else if (closer == '"' && c == '\u201D' && innerCurly) {
                    innerCurly = false;
                } else if (c == closer || (closer == '\u201D' && c == '"') || (closer == '"' && c == '\u201D')) {
                    add(found, text, open + 1, i, true);
                    open = -1;
                } else if (closer == '\u201D' && c == '\u201C') {
                    // a stray opening mark inside an open quote: restart from here
                    open = i;
                }
            }
            if (open >= 0) add(found, text, open + 1, p.end(), false);
        }
        return found;
    }

    /** Whether {@code t} lies inside one of the quoted passages. */
    static boolean covers(List<Marked> marks, Token t) {
        for (Marked m : marks) {
            if (m.content().start() <= t.start() && t.end() <= m.content().end()) return true;
        }
        return false;
    }

    /** "”Mr. Trump embodies …” ― Jane Roe": a closing mark that opens a paragraph, before a word, is a mistyped opening one. */
    private static boolean opensParagraph(String text, int i, Span p) {
        for (int j = p.start(); j < i; j++) {
            if (!Character.isWhitespace(text.charAt(j))) return false;
        }
        return i + 1 < p.end() && Character.isLetterOrDigit(text.charAt(i + 1));
    }

    private static boolean opensStraight(String text, int i, Span p) {
        // an opening straight quote is not glued to a preceding letter ("5" feet, O"Brien typos)
        return i == p.start() || !Character.isLetterOrDigit(text.charAt(i - 1));
    }

    private static void add(List<Marked> found, String text, int start, int end, boolean closed) {
        int s = start;
        int e = end;
        while (s < e && Character.isWhitespace(text.charAt(s))) s++;
        while (e > s && Character.isWhitespace(text.charAt(e - 1))) e--;
        boolean hasLetter = false;
        for (int i = s; i < e && !hasLetter; i++) hasLetter = Character.isLetterOrDigit(text.charAt(i));
        if (hasLetter) found.add(new Marked(new Span(s, e), closed));
    }
}
