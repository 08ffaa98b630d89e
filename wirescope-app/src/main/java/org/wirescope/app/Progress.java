package org.wirescope.app;

import java.io.PrintWriter;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Progress of a multi-file run on stderr: files done of total, articles, rejects, megabytes read,
 * rate and time left. On a terminal the line is redrawn in place (with {@code \r}) a few times a
 * second; otherwise (a log file, a pipe) a full line is printed every few seconds.
 */
final class Progress {

    private static final long REDRAW_NANOS = 200_000_000L;
    private static final long LINE_NANOS = 5_000_000_000L;

    private final PrintWriter err;
    private final boolean terminal;
    private final boolean enabled;
    private final long totalFiles;
    private final long totalBytes;
    private final LongSupplier clock;
    private final long startNanos;

    private long filesDone;
    private String lastBase;
    private long bytes;
    private long articles;
    private long rejects;
    private long lastDrawNanos;
    private int drawnWidth;

    /**
     * @param enabled whether to draw at all (a single-file run draws nothing)
     * @param terminal whether stderr is a terminal, so the line can be redrawn in place
     */
    Progress(PrintWriter err, boolean enabled, boolean terminal, long totalFiles, long totalBytes, LongSupplier clock) {
        this.err = err;
        this.enabled = enabled;
        this.terminal = terminal;
        this.totalFiles = totalFiles;
        this.totalBytes = totalBytes;
        this.clock = clock;
        this.startNanos = clock.getAsLong();
        this.lastDrawNanos = startNanos;
    }

    /** Counts one processed input item: the input it came from, its bytes, and what it gave. */
    void advance(String uri, long itemBytes, int itemArticles, int itemRejects) {
        String base = baseOf(uri);
        if (!base.equals(lastBase)) {
            filesDone++;
            lastBase = base;
        }
        bytes += itemBytes;
        articles += itemArticles;
        rejects += itemRejects;
        long now = clock.getAsLong();
        if (enabled && now - lastDrawNanos >= (terminal ? REDRAW_NANOS : LINE_NANOS)) {
            draw(now);
        }
    }

    /** Prints a line (a reject) without garbling the progress line. */
    void message(String line) {
        if (enabled && terminal && drawnWidth > 0) {
            err.print('\r' + " ".repeat(drawnWidth) + '\r');
            drawnWidth = 0;
        }
        err.println(line);
        err.flush();
    }

    /** Ends the progress display: a last redraw and a newline on a terminal; nothing otherwise. */
    void finish() {
        if (enabled && terminal) {
            draw(clock.getAsLong());
            err.println();
            err.flush();
            drawnWidth = 0;
        }
    }

    /** Inputs finished so far (never more than the total, when the total is known). */
    long filesDone() {
        return totalFiles > 0 ? Math.min(filesDone, totalFiles) : filesDone;
    }

    long elapsedNanos() {
        return clock.getAsLong() - startNanos;
    }

    private void draw(long now) {
        lastDrawNanos = now;
        String line = line(now);
        if (terminal) {
            int pad = Math.max(0, drawnWidth - line.length());
            err.print('\r' + line + " ".repeat(pad));
            drawnWidth = line.length();
        } else {
            err.println(line);
        }
        err.flush();
    }

    /** The progress line as it would be drawn now. */
    String line(long now) {
        double seconds = Math.max(1e-9, (now - startNanos) / 1e9);
        double mbPerS = bytes / 1e6 / seconds;
        long shownFiles = filesDone();
        double fraction = totalBytes > 0 ? Math.min(1.0, (double) bytes / totalBytes)
                : totalFiles > 0 ? Math.min(1.0, (double) shownFiles / totalFiles) : 0.0;
        StringBuilder sb = new StringBuilder(96);
        sb.append(bar(fraction)).append(' ')
                .append(shownFiles).append('/').append(totalFiles).append(" files  ")
                .append(articles).append(articles == 1 ? " article  " : " articles  ")
                .append(rejects).append(rejects == 1 ? " reject  " : " rejects  ")
                .append(String.format(Locale.ROOT, "%.1f/%.1f MB  %s MB/s  %.0f articles/s",
                        bytes / 1e6, totalBytes / 1e6, rate(mbPerS), articles / seconds));
        if (fraction > 0 && fraction < 1 && seconds >= 1) {
            sb.append("  ETA ").append(clockTime((long) (seconds * (1 - fraction) / fraction)));
        }
        return sb.toString();
    }

    /** Two decimals below 10, one above: {@code 0.42}, {@code 37.5}. */
    static String rate(double value) {
        return String.format(Locale.ROOT, value < 10 ? "%.2f" : "%.1f", value);
    }

    private static String bar(double fraction) {
        int width = 20;
        int full = (int) Math.round(fraction * width);
        return "[" + "#".repeat(full) + "-".repeat(width - full) + "]";
    }

    static String clockTime(long seconds) {
        long h = seconds / 3600;
        long m = (seconds % 3600) / 60;
        long s = seconds % 60;
        return h > 0 ? String.format(Locale.ROOT, "%d:%02d:%02d", h, m, s) : String.format(Locale.ROOT, "%d:%02d", m, s);
    }

    private static String baseOf(String uri) {
        int hash = uri.indexOf('#');
        return hash < 0 ? uri : uri.substring(0, hash);
    }
}
