package org.wirescope.ingest;

import java.util.Objects;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Reject;

/** One item a reader yields: a decoded document, or the reason an input could not be read. */
public sealed interface Ingested permits Ingested.Document, Ingested.Failed {

    /** The input this item came from. */
    String uri();

    /** Bytes of input this item accounts for (for progress and throughput). */
    long bytes();

    record Document(RawDocument document, long bytes) implements Ingested {
        public Document {
            Objects.requireNonNull(document, "document");
        }

        @Override
        public String uri() {
            return document.source().uri();
        }
    }

    record Failed(Reject reject, long bytes) implements Ingested {
        public Failed {
            Objects.requireNonNull(reject, "reject");
        }

        @Override
        public String uri() {
            return reject.uri();
        }
    }
}
