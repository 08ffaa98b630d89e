package org.wirescope.quotes;

import java.util.List;
import java.util.Optional;
import org.wirescope.model.Quote;
import org.wirescope.model.Span;

/**
 * A statement found in the text before speakers are resolved to actors: what was said, how it is
 * reported, the words naming the speaker, the cue and any relays.
 */
record Attribution(Span content, Quote.Kind kind, Optional<Span> speaker, Optional<Span> cue, List<Span> via) {

    Attribution {
        via = List.copyOf(via);
    }

    Attribution withVia(List<Span> relays) {
        return new Attribution(content, kind, speaker, cue, relays);
    }
}
