package org.wirescope.store;

import java.sql.SQLException;

/**
 * Called by the batch writer after each step inside the batch transaction. Production code
 * uses {@link #NONE}; tests throw from a step to check that a failed batch leaves nothing behind.
 */
@FunctionalInterface
interface WriteProbe {

    WriteProbe NONE = step -> { };

    void reached(String step) throws SQLException;
}
