package org.wirescope.html;

/** The element and time budget of one extraction; exceeding either fails the page with the limit named. */
final class Budget {

    private final int maxElements;
    private final long deadline;
    private final long maxMillis;
    private int elements;

    Budget(int maxElements, long maxMillis) {
        this.maxElements = maxElements;
        this.maxMillis = maxMillis;
        this.deadline = System.nanoTime() + maxMillis * 1_000_000L;
    }

    /** Counts one element visited. */
    void element() {
        if (++elements > maxElements) {
            throw new HtmlExtractionException("page has more than " + maxElements + " elements (the per-page element budget)");
        }
        if ((elements & 1023) == 0) time();
    }

    void time() {
        if (System.nanoTime() > deadline) {
            throw new HtmlExtractionException("extraction took longer than the " + maxMillis + " ms per-page time budget");
        }
    }
}
