package org.wirescope.app;

import org.wirescope.ingest.Ingested;
import org.wirescope.model.Reject;
import org.wirescope.pipeline.Outcome;
import org.wirescope.pipeline.Pipeline;

/** One input item after the pipeline: where it came from, how many bytes it was, what it gave. */
record Processed(String uri, long bytes, Outcome outcome) {

    /**
     * Runs one item through the pipeline. A reader's failure passes through as a reject; so does
     * any exception the pipeline throws, so that a bad document never stops a run.
     */
    static Processed of(Pipeline pipeline, Ingested item) {
        if (item instanceof Ingested.Failed failed) {
            return new Processed(item.uri(), item.bytes(), Outcome.rejected(failed.reject()));
        }
        Ingested.Document doc = (Ingested.Document) item;
        Outcome outcome;
        try {
            outcome = pipeline.process(doc.document());
        } catch (RuntimeException | StackOverflowError e) {
            outcome = Outcome.rejected(new Reject(item.uri(), "clean", "internal error: " + e));
        }
        return new Processed(item.uri(), item.bytes(), outcome);
    }
}
