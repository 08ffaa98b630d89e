package org.wirescope.app;

import java.util.ArrayList;
import java.util.List;
import org.wirescope.dedup.DedupConfig;
import org.wirescope.dedup.DedupIndex;
import org.wirescope.dedup.Verdict;
import org.wirescope.model.Record;
import org.wirescope.pipeline.Outcome;

/**
 * Marks exact copies ({@code duplicate_of}) and near-copies ({@code cluster}) among the articles of
 * one run, in input order, so that syndicated copies of a story can be counted once.
 */
final class StoryMarks {

    private final DedupIndex index = DedupIndex.create(DedupConfig.defaults());

    /** The outcome with each record marked against every article seen before it in this run. */
    Outcome mark(Outcome outcome) {
        if (outcome.records().isEmpty()) return outcome;
        List<Record> marked = new ArrayList<>(outcome.records().size());
        for (Record r : outcome.records()) {
            Verdict v = index.observe(r.article());
            marked.add(new Record(r.article(), r.actors(), r.quotes(), r.events(), r.dates(), v.duplicateOf(), v.cluster()));
        }
        return new Outcome(marked, outcome.rejects());
    }
}
