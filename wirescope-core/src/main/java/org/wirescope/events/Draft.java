package org.wirescope.events;

import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wirescope.model.Event;
import org.wirescope.model.Token;

/**
 * One coded cue of a sentence before it becomes events: the code, who did it to whom (several of each
 * for compound actors) and through whom, modality, evidence and confidence.
 */
record Draft(Token cue, String code, List<Cast.Placed> sources, List<Cast.Placed> targets, Optional<Cast.Placed> mediator,
             Event.Modality modality, int evidenceStart, int evidenceEnd, double confidence) {

    Draft {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
        Objects.requireNonNull(mediator, "mediator");
    }
}
