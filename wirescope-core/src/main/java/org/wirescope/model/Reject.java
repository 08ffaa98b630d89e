package org.wirescope.model;

import java.util.Objects;

/**
 * Input that could not be processed: the file (or file#part) and why. A reject never stops a run;
 * it becomes one line on stderr and one row of the store's {@code rejects} table.
 *
 * @param stage the stage that gave up ({@code ingest}, {@code clean}, …)
 */
public record Reject(String uri, String stage, String reason) {

    public Reject {
        Objects.requireNonNull(uri, "uri");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(reason, "reason");
    }

    /** The one line printed on stderr. */
    public String line() {
        return "rejected " + uri + ": " + reason;
    }
}
