package org.wirescope.app;

import java.util.Arrays;

/** Response times of one kind of request, in nanoseconds, with their percentiles. Not thread-safe. */
final class Latencies {

    private long[] nanos = new long[1024];
    private int count;
    private long errors;

    void add(long elapsedNanos) {
        if (count == nanos.length) nanos = Arrays.copyOf(nanos, count * 2);
        nanos[count++] = elapsedNanos;
    }

    void error() {
        errors++;
    }

    /** This and {@code other} together. */
    Latencies plus(Latencies other) {
        Latencies sum = new Latencies();
        sum.nanos = Arrays.copyOf(nanos, count + other.count);
        System.arraycopy(other.nanos, 0, sum.nanos, count, other.count);
        sum.count = count + other.count;
        sum.errors = errors + other.errors;
        return sum;
    }

    long count() {
        return count;
    }

    long errors() {
        return errors;
    }

    /** The {@code p}-th percentile (0 < p <= 100) in milliseconds, by the nearest-rank method; 0 when empty. */
    double millis(double p) {
        if (count == 0) return 0;
        long[] sorted = Arrays.copyOf(nanos, count);
        Arrays.sort(sorted);
        int rank = (int) Math.ceil(p / 100.0 * count);
        return sorted[Math.max(0, Math.min(count, rank) - 1)] / 1e6;
    }
}
