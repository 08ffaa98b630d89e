package org.wirescope.store;

import java.io.IOException;
import java.nio.file.Path;

/** Test helper run as a separate process: opens the store in {@code args[0]} and holds it until stdin closes. */
public final class HoldStore {

    private HoldStore() {
    }

    public static void main(String[] args) throws IOException {
        try (Store store = Store.open(Path.of(args[0]))) {
            System.out.println("holding " + store.articleCount());
            System.out.flush();
            while (System.in.read() >= 0) {
                // wait for the parent to close our stdin
            }
        }
    }
}
