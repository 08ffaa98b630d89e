package org.wirescope.html;

/** Whitespace normalisation for text taken out of markup. */
final class Whitespace {

    private Whitespace() {}

    /** Collapses runs of whitespace (including no-break spaces) to one space and trims. */
    static String normalise(String s) {
        StringBuilder out = new StringBuilder(s.length());
        boolean space = false;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (isSpace(c)) {
                space = out.length() > 0;
            } else {
                if (space) out.append(' ');
                space = false;
                out.append(c);
            }
        }
        return out.toString();
    }

    static boolean isSpace(char c) {
        if (c > ' ') return c >= '\u00a0' && (c == '\u00a0' || c == '\u2009' || c == '\u200b' || c == '\u202f' || c == '\u3000');
        return c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\f';
    }
}
