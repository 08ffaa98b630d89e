package org.wirescope.store.search;

import org.apache.lucene.search.uhighlight.Passage;
import org.apache.lucene.search.uhighlight.PassageFormatter;

/**
 * Formats highlighted passages as HTML: matched words inside {@code <mark>}…{@code </mark>}, every
 * other character escaped, runs of white space as one space, {@code …} where text was left out.
 * Matches that overlap, touch or stand only white space apart (the words of a phrase) share one
 * mark. As everything else is escaped, a snippet holds {@code <mark>} exactly when it marks a match.
 */
final class MarkFormatter extends PassageFormatter {

    static final String ELLIPSIS = "\u2026";

    @Override
    public String format(Passage[] passages, String content) {
        StringBuilder html = new StringBuilder();
        int previousEnd = 0;
        for (Passage passage : passages) {
            int start = passage.getStartOffset();
            if (start > previousEnd || (html.length() == 0 && start > 0)) {
                if (html.length() > 0) html.append(' ');
                html.append(ELLIPSIS).append(' ');
            }
            int at = start;
            int[] matchStarts = passage.getMatchStarts();
            int[] matchEnds = passage.getMatchEnds();
            for (int i = 0; i < passage.getNumMatches(); i++) {
                int matchStart = Math.max(matchStarts[i], at);
                int matchEnd = Math.min(matchEnds[i], passage.getEndOffset());
                while (i + 1 < passage.getNumMatches() && onlySpaceBetween(content, matchEnd, matchStarts[i + 1])) {
                    matchEnd = Math.max(matchEnd, Math.min(matchEnds[++i], passage.getEndOffset()));
                }
                if (matchEnd <= matchStart) continue;
                escape(html, content, at, matchStart);
                html.append("<mark>");
                escape(html, content, matchStart, matchEnd);
                html.append("</mark>");
                at = matchEnd;
            }
            escape(html, content, at, passage.getEndOffset());
            previousEnd = passage.getEndOffset();
        }
        String text = html.toString().strip();
        if (previousEnd < content.strip().length() && !text.isEmpty()) text += " " + ELLIPSIS;
        return text;
    }

    /** Whether the next match overlaps, touches or is only white space away from the end of this one. */
    private static boolean onlySpaceBetween(String content, int end, int nextStart) {
        for (int i = end; i < nextStart; i++) {
            if (!Character.isWhitespace(content.charAt(i))) return false;
        }
        return true;
    }

    /** Appends {@code content[from, to)} escaped for HTML text and attribute values. */
    static void escape(StringBuilder html, String content, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = content.charAt(i);
            switch (c) {
                case '&' -> html.append("&amp;");
                case '<' -> html.append("&lt;");
                case '>' -> html.append("&gt;");
                case '"' -> html.append("&quot;");
                case '\'' -> html.append("&#39;");
                default -> {
                    if (Character.isWhitespace(c)) {
                        if (html.length() > 0 && html.charAt(html.length() - 1) != ' ') html.append(' ');
                    } else {
                        html.append(c);
                    }
                }
            }
        }
    }
}
