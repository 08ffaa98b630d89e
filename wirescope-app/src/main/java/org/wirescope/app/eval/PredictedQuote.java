package org.wirescope.app.eval;

import java.util.Optional;
import org.wirescope.model.Span;

/** A predicted quote mapped to raw-text offsets, for scoring against gold. */
record PredictedQuote(Span content, String kind, Optional<Span> speakerMention, String speakerName) {
}
