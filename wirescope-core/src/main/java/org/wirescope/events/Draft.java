package org.wirescope.events;

import java.util.List;
import org.wirescope.model.Event;
import org.wirescope.model.Token;

/**
 * One coded cue of a sentence before it becomes events: the code, who did it to whom (several of each
 * for compound actors), modality, evidence and confidence.
 */
record Draft(Token cue, String code, List<Cast.Placed> sources, List<Cast.Placed> targets, Event.Modality modality,
             int evidenceStart, int evidenceEnd, double confidence) {

    Draft {
        sources = List.copyOf(sources);
        targets = List.copyOf(targets);
    }
}
