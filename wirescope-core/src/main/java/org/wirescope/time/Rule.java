package org.wirescope.time;

import java.util.List;

/** One family of date expressions: finds them in a text and resolves each against the anchor. */
interface Rule {

    /** Adds a candidate to {@code out} for every expression of this family in the scanned text. */
    void scan(Scan scan, Anchor anchor, List<Candidate> out);
}
