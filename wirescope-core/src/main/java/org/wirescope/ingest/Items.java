package org.wirescope.ingest;

import org.wirescope.model.RawDocument;
import org.wirescope.model.Reject;

/** Builds the items readers yield. */
final class Items {

    static final String STAGE = "ingest";

    private Items() {}

    static Ingested.Failed failed(String uri, String reason, long bytes) {
        return new Ingested.Failed(new Reject(uri, STAGE, reason), bytes);
    }

    static Ingested.Document document(RawDocument document, long bytes) {
        return new Ingested.Document(document, bytes);
    }
}
