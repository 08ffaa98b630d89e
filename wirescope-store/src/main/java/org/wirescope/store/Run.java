package org.wirescope.store;

import java.util.Objects;

/**
 * One ingest run as the store knows it: its id (a hash of the inputs and options, so the same
 * ingest always gets the same run) and which attempt at it this is (1 for a fresh run, 2 and up
 * for resumed ones).
 */
public record Run(String id, int attempt) {
    public Run {
        Objects.requireNonNull(id, "id");
        if (attempt < 1) throw new IllegalArgumentException("attempt must be >= 1, was " + attempt);
    }
}
