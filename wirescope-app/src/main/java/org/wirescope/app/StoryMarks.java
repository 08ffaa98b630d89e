package org.wirescope.app;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirescope.dedup.DedupConfig;
import org.wirescope.dedup.DedupIndex;
import org.wirescope.dedup.StorySignature;
import org.wirescope.dedup.Verdict;
import org.wirescope.model.Record;
import org.wirescope.pipeline.Outcome;
import org.wirescope.store.Store;

/**
 * Marks exact copies ({@code duplicate_of}) and near-copies ({@code cluster}) among articles in input
 * order, so that syndicated copies of a story can be counted once. Every article gets a cluster, the
 * first of a story its own id. {@link #fresh()} marks within one run ({@code extract});
 * {@link #continuing(Store)} starts from the index earlier ingests stored, so that near-copies join the
 * stories stored before them.
 */
final class StoryMarks {

    /** The marked outcome, and what the index added for its articles, to be stored with them. */
    record Marked(Outcome outcome, List<StorySignature> signatures) {
    }

    private final DedupIndex index;

    private StoryMarks(DedupIndex index) {
        this.index = index;
    }

    static StoryMarks fresh() {
        return new StoryMarks(DedupIndex.create(DedupConfig.defaults()));
    }

    static StoryMarks continuing(Store store) {
        DedupIndex index = DedupIndex.create(DedupConfig.defaults());
        store.storySignatures(index::restore);
        return new StoryMarks(index);
    }

    /** The outcome with each record marked against every article seen before it. */
    Marked mark(Outcome outcome) {
        if (outcome.records().isEmpty()) return new Marked(outcome, List.of());
        List<Record> marked = new ArrayList<>(outcome.records().size());
        List<StorySignature> signatures = new ArrayList<>();
        for (Record r : outcome.records()) {
            Verdict v = index.observe(r.article());
            marked.add(new Record(r.article(), r.actors(), r.quotes(), r.events(), r.dates(), v.duplicateOf(),
                    Optional.of(v.cluster())));
            v.signature().ifPresent(signatures::add);
        }
        return new Marked(new Outcome(marked, outcome.rejects()), List.copyOf(signatures));
    }
}
