package org.wirescope.app.eval;

import java.util.List;
import java.util.Optional;
import org.wirescope.model.Span;

/**
 * A predicted attribution mapped to raw-text offsets, for scoring against gold: the content spans
 * of every quote that shares one cue (a partial quote and the indirect statement around it, or the
 * two halves of a quotation split by "he said") count as one attribution, as in the gold.
 */
record PredictedQuote(List<Span> content, String kind, Optional<Span> speakerMention, String speakerName, Optional<Span> cue) {

    PredictedQuote {
        content = List.copyOf(content);
    }

    PredictedQuote(Span content, String kind, Optional<Span> speakerMention, String speakerName) {
        this(List.of(content), kind, speakerMention, speakerName, Optional.empty());
    }

    int length() {
        int n = 0;
        for (Span s : content) n += s.length();
        return n;
    }
}
