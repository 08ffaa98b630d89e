package org.wirescope.pipeline;

import java.util.List;
import org.wirescope.model.Record;
import org.wirescope.model.Reject;

/** What the pipeline made of one raw document: zero or more records, and any rejects. */
public record Outcome(List<Record> records, List<Reject> rejects) {
    public Outcome {
        records = List.copyOf(records);
        rejects = List.copyOf(rejects);
    }

    public static Outcome rejected(Reject reject) {
        return new Outcome(List.of(), List.of(reject));
    }
}
