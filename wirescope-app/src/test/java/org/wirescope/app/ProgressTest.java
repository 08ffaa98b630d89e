package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ProgressTest {

    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong now = new AtomicLong(0);
    private final StringWriter sink = new StringWriter();

    private Progress progress(boolean terminal, long files, long bytes) {
        return new Progress(new PrintWriter(sink), true, terminal, files, bytes, now::get);
    }

    @Test
    void showsFilesArticlesRejectsMegabytesRateAndEta() {
        Progress p = progress(false, 4, 4_000_000);
        p.advance("file:///a.txt", 1_000_000, 3, 0);
        p.advance("file:///b.txt#1", 1_000_000, 1, 1);
        p.advance("file:///b.txt#2", 0, 1, 0);
        String line = p.line(2 * SECOND);
        assertThat(line).contains("2/4 files").contains("5 articles").contains("1 reject ")
                .contains("2.0/4.0 MB").contains("1.00 MB/s").contains("3 articles/s").contains("ETA 0:02").startsWith("[##########----------]");
    }

    @Test
    void printsAFullLineEveryFewSecondsWhenStderrIsNotATerminal() {
        Progress p = progress(false, 100, 100);
        for (int i = 0; i < 100; i++) {
            now.addAndGet(SECOND / 10);
            p.advance("file:///f" + i, 1, 1, 0);
        }
        p.finish();
        String out = sink.toString();
        assertThat(out).doesNotContain("\r");
        assertThat(out.lines().count()).isBetween(1L, 3L);
    }

    @Test
    void redrawsInPlaceOnATerminal() {
        Progress p = progress(true, 10, 10);
        for (int i = 0; i < 10; i++) {
            now.addAndGet(SECOND);
            p.advance("file:///f" + i, 1, 1, 0);
        }
        p.finish();
        String out = sink.toString();
        assertThat(out).contains("\r").endsWith(System.lineSeparator());
        assertThat(out.split("\n", -1)).hasSize(2);
        assertThat(out).contains("10/10 files");
    }

    @Test
    void clearsTheBarBeforePrintingAMessageOnATerminal() {
        Progress p = progress(true, 10, 10);
        now.addAndGet(SECOND);
        p.advance("file:///f1", 1, 1, 0);
        p.message("rejected file:///f2: empty file");
        assertThat(sink.toString()).contains("\rrejected file:///f2: empty file");
    }

    @Test
    void drawsNothingWhenDisabled() {
        Progress p = new Progress(new PrintWriter(sink), false, true, 1, 10, now::get);
        now.addAndGet(10 * SECOND);
        p.advance("file:///only", 10, 1, 0);
        p.finish();
        assertThat(sink.toString()).isEmpty();
    }

    @Test
    void formatsTimeLeftAsClockTime() {
        assertThat(Progress.clockTime(7)).isEqualTo("0:07");
        assertThat(Progress.clockTime(3725)).isEqualTo("1:02:05");
    }
}
