package org.wirescope.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of one growing count on stderr ({@code indexed 120000 documents  40000/s}): on a terminal
 * redrawn in place a few times a second, otherwise a full line every few seconds.
 */
final class CountProgress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LINE_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final String verb;
    private final String unit;
    private final LongSupplier clock;
    private final long startNanos;
    private long lastDrawNanos;
    private long count;
    private int drawnWidth;

    /**
     * @param verb what is done to the counted things ({@code indexed})
     * @param unit what is counted, plural ({@code documents})
     */
    CountProgress(PrintWriter err, boolean terminal, String verb, String unit, LongSupplier clock) {
        this.err = err;
        this.terminal = terminal;
        this.verb = verb;
        this.unit = unit;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.lastDrawNanos = startNanos;
    }

    static CountProgress onStderr(PrintWriter err, String verb, String unit) {
        return new CountProgress(err, System.console() != null, verb, unit, System::nanoTime);
    }

    /** The count is now {@code count}; draws when the last drawing is old enough. */
    void update(long count) {
        this.count = count;
        long now = clock.getAsLong();
        if (now - lastDrawNanos >= (terminal ? REDRAW_NANOS : LINE_NANOS)) draw(now);
    }

    /** Ends the display: on a terminal the last count and a newline; nothing otherwise. */
    void finish() {
        if (terminal && drawnWidth > 0) {
            draw(clock.getAsLong());
            err.println();
            err.flush();
        }
    }

    double elapsedSeconds() {
        return (clock.getAsLong() - startNanos) / 1e9;
    }

    String line(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        return String.format(Locale.ROOT, "%s %d %s  %.0f/s", verb, count, unit, count / seconds);
    }

    private void draw(long now) {
        lastDrawNanos = now;
        String line = line(now);
        if (terminal) {
            err.print('\r' + line + " ".repeat(Math.max(0, drawnWidth - line.length())));
            drawnWidth = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }
}
