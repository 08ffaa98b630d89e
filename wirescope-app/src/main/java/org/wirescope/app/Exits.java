package org.wirescope.app;

import java.io.PrintWriter;
import org.wirescope.store.StoreException;

/** The process exit codes, shared by every command (listed in {@code wirescope --help}, see {@link Main}). */
final class Exits {

    /** The run finished and produced or stored something, or had nothing to do. */
    static final int OK = 0;
    /** Every input was rejected (or the article asked for is not there). */
    static final int NOTHING = 1;
    /** The command line was wrong (picocli's own code for invalid input). */
    static final int USAGE = 2;
    /** The store could not be used: locked by another process, unreadable or corrupt. */
    static final int STORE = 3;

    private Exits() {
    }

    /** Says on {@code err} why the store could not be used, and gives {@link #STORE}. */
    static int storeError(PrintWriter err, StoreException e) {
        err.println("wirescope: store error: " + e.getMessage());
        err.flush();
        return STORE;
    }

    /** The code for a run that produced {@code produced} items and rejected {@code rejected} inputs. */
    static int of(long produced, long rejected) {
        return produced == 0 && rejected > 0 ? NOTHING : OK;
    }
}
