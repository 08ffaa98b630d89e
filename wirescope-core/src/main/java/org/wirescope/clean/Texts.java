package org.wirescope.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Small text helpers shared by the clean stage. */
final class Texts {

    private Texts() {
    }

    /** Splits {@code raw} into lines (LF, CRLF or CR), each trimmed of white space with offsets kept. */
    static List<Line> lines(String raw) {
        List<Line> lines = new ArrayList<>();
        int n = raw.length();
        int lineStart = 0;
        int number = 1;
        for (int i = 0; i <= n; i++) {
            boolean atEnd = i == n;
            char c = atEnd ? '\n' : raw.charAt(i);
            if (c == '\n' || c == '\r') {
                lines.add(trimmed(raw, lineStart, i, number++));
                if (c == '\r' && i + 1 < n && raw.charAt(i + 1) == '\n') i++;
                lineStart = i + 1;
            }
        }
        // a trailing newline leaves one empty line behind; drop it so "a\n" is one line
        if (lines.size() > 1 && lines.get(lines.size() - 1).blank() && (raw.endsWith("\n") || raw.endsWith("\r"))) {
            lines.remove(lines.size() - 1);
        }
        return lines;
    }

    private static Line trimmed(String raw, int from, int to, int number) {
        int s = from;
        int e = to;
        while (s < e && isSpace(raw.charAt(s))) s++;
        while (e > s && isSpace(raw.charAt(e - 1))) e--;
        return new Line(number, s, e, raw.substring(s, e));
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || c == '\u00A0' || c == '\u2007' || c == '\u202F' || c == '\uFEFF';
    }

    /** Lower case, typographic quotes folded to ASCII, runs of white space collapsed. */
    static String fold(String s) {
        StringBuilder b = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = b.length() > 0;
                continue;
            }
            if (space) {
                b.append(' ');
                space = false;
            }
            b.append(switch (c) {
                case '\u2018', '\u2019', '\u02BC' -> '\'';
                case '\u201C', '\u201D', '\u201E' -> '"';
                default -> Character.toLowerCase(c);
            });
        }
        return b.toString();
    }

    static int wordCount(String s) {
        int count = 0;
        boolean in = false;
        for (int i = 0; i < s.length(); i++) {
            boolean letter = !isSpace(s.charAt(i));
            if (letter && !in) count++;
            in = letter;
        }
        return count;
    }

    /** Words with a letter or digit in them: a lone quotation mark or dash is no word here. */
    static int realWordCount(String s) {
        int count = 0;
        boolean in = false;
        boolean real = false;
        for (int i = 0; i <= s.length(); i++) {
            boolean inside = i < s.length() && !isSpace(s.charAt(i));
            if (inside) {
                in = true;
                real |= Character.isLetterOrDigit(s.charAt(i));
            } else if (in) {
                if (real) count++;
                in = false;
                real = false;
            }
        }
        return count;
    }

    static boolean endsSentence(String s) {
        String t = stripClosers(s);
        if (t.isEmpty()) return false;
        char last = t.charAt(t.length() - 1);
        return last == '.' || last == '!' || last == '?' || last == '\u2026';
    }

    /** The text without trailing closing quotes and brackets. */
    static String stripClosers(String s) {
        int e = s.length();
        while (e > 0 && "\"'\u201D\u2019)]\u00BB".indexOf(s.charAt(e - 1)) >= 0) e--;
        return s.substring(0, e);
    }

    static String lower(String s) {
        return s.toLowerCase(Locale.ROOT);
    }
}
