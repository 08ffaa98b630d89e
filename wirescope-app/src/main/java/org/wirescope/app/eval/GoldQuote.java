package org.wirescope.app.eval;

import java.util.List;
import java.util.Optional;
import org.wirescope.model.Span;

/**
 * One gold attribution: content spans (in the raw text), the source span and text, and the cue text.
 * {@code speech} is false for attributions of belief, knowledge or findings ("has learned", "shows").
 */
record GoldQuote(List<Span> content, Optional<Span> source, Optional<String> sourceText, Optional<String> cue, boolean speech) {

    GoldQuote {
        content = List.copyOf(content);
    }

    /** This attribution counted as speech, whatever its cue. */
    GoldQuote asSpeech() {
        return speech ? this : new GoldQuote(content, source, sourceText, cue, true);
    }

    int contentLength() {
        int n = 0;
        for (Span s : content) n += s.length();
        return n;
    }

    /** Characters of {@code span} that fall inside this attribution's content. */
    int overlap(Span span) {
        int n = 0;
        for (Span s : content) n += Math.max(0, Math.min(s.end(), span.end()) - Math.max(s.start(), span.start()));
        return n;
    }

    /** Characters of a predicted attribution's spans (which do not overlap each other) inside this content. */
    int overlap(PredictedQuote p) {
        int n = 0;
        for (Span s : p.content()) n += overlap(s);
        return n;
    }

    /** The kind a reader would give it: wholly inside quotation marks is direct, partly is partial. */
    String kind(String text) {
        boolean any = false;
        boolean all = true;
        for (Span s : content) {
            String t = s.in(text);
            boolean marked = t.indexOf('\u201C') >= 0 || t.indexOf('\u201D') >= 0 || t.indexOf('"') >= 0
                    || isMarkedAround(text, s);
            any |= marked;
            all &= isMarkedAround(text, s);
        }
        return all ? "direct" : any ? "partial" : "indirect";
    }

    private static boolean isMarkedAround(String text, Span s) {
        int before = s.start() - 1;
        while (before >= 0 && Character.isWhitespace(text.charAt(before))) before--;
        return before >= 0 && (text.charAt(before) == '\u201C' || text.charAt(before) == '"');
    }
}
