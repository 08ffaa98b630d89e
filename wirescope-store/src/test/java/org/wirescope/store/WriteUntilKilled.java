package org.wirescope.store;

import java.nio.file.Path;
import java.util.List;

/**
 * Test helper run as a separate process: writes batches of {@value #BATCH} small articles to the
 * store in {@code args[0]}, printing a line after each, until it is killed.
 */
public final class WriteUntilKilled {

    static final int BATCH = 50;

    private WriteUntilKilled() {
    }

    public static void main(String[] args) {
        try (Store store = Store.open(Path.of(args[0]))) {
            Run run = store.beginRun(List.of("ferries.txt"), "");
            for (int batch = 0; ; batch++) {
                store.write(run, Fixtures.smallRecords(batch * BATCH, BATCH), List.of());
                System.out.println("wrote batch " + batch);
                System.out.flush();
            }
        }
    }
}
