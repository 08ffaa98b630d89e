package org.wirescope.ingest;

import java.util.Iterator;
import java.util.NoSuchElementException;

/** The items of one input, read lazily; closing releases the input's stream. */
interface ItemReader extends Iterator<Ingested>, AutoCloseable {

    @Override
    void close();

    /** A reader of one item that is already known (a reject, or a document read in one go). */
    static ItemReader of(Ingested item) {
        return new ItemReader() {
            private boolean taken;

            @Override
            public boolean hasNext() {
                return !taken;
            }

            @Override
            public Ingested next() {
                if (taken) throw new NoSuchElementException();
                taken = true;
                return item;
            }

            @Override
            public void close() {
                taken = true;
            }
        };
    }
}
