package org.wirescope.dedup;

import java.util.Arrays;

/** Open-addressing map from {@code long} to non-negative {@code int}; {@code -1} means absent. Not thread-safe. */
final class LongIntTable {

    private long[] keys;
    private int[] values;
    private int size;

    LongIntTable(int capacity) {
        int n = Integer.highestOneBit(Math.max(16, capacity * 2 - 1)) << 1;
        keys = new long[n];
        values = new int[n];
        Arrays.fill(values, -1);
    }

    int get(long key) {
        int mask = keys.length - 1;
        for (int i = (int) Hashing.mix(key) & mask; ; i = (i + 1) & mask) {
            if (values[i] < 0) return -1;
            if (keys[i] == key) return values[i];
        }
    }

    /** Sets {@code key} to {@code value} and answers the previous value, or {@code -1}. */
    int put(long key, int value) {
        if ((size + 1) * 2 > keys.length) grow();
        int mask = keys.length - 1;
        for (int i = (int) Hashing.mix(key) & mask; ; i = (i + 1) & mask) {
            if (values[i] < 0) {
                keys[i] = key;
                values[i] = value;
                size++;
                return -1;
            }
            if (keys[i] == key) {
                int old = values[i];
                values[i] = value;
                return old;
            }
        }
    }

    long bytes() {
        return 8L * keys.length + 4L * values.length;
    }

    private void grow() {
        long[] oldKeys = keys;
        int[] oldValues = values;
        keys = new long[oldKeys.length * 2];
        values = new int[oldKeys.length * 2];
        Arrays.fill(values, -1);
        size = 0;
        for (int i = 0; i < oldKeys.length; i++) {
            if (oldValues[i] >= 0) put(oldKeys[i], oldValues[i]);
        }
    }
}
