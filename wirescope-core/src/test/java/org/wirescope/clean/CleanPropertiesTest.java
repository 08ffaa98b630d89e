package org.wirescope.clean;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.wirescope.config.Limits;
import org.wirescope.model.Article;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;
import org.wirescope.model.Span;

/** Invariants of the clean stage on random scrapes assembled from scrape-like pieces. */
class CleanPropertiesTest {

    private static final Cleaner CLEANER = Cleaner.create(Limits.DEFAULTS);

    @Provide
    Arbitrary<String> scrapes() {
        Arbitrary<String> sentence = Arbitraries.strings().withChars("abcdefghij klmnop,.“”’\"'").ofMinLength(0).ofMaxLength(90)
                .map(s -> "Word " + s);
        Arbitrary<String> piece = Arbitraries.oneOf(
                sentence,
                sentence.map(s -> s + "."),
                Arbitraries.of("", "", "TT", "20", "Share", "  ", "\t", "A A"),
                Arbitraries.of("Harbour Strike Ends After Nine Days", "Council Approves New Tram Line"),
                sentence.map(s -> s + " (Photo by Ana Lind / Example Wire)"),
                sentence.map(s -> s + " (AFP)."),
                Arbitraries.strings().ofMaxLength(40));
        Arbitrary<String> separator = Arbitraries.of("\n", "\n\n", "\r\n", "\n\n\n\n", "  \n");
        return Combinators.combine(piece.list().ofMaxSize(30), separator.list().ofMaxSize(30))
                .as((pieces, seps) -> {
                    StringBuilder b = new StringBuilder();
                    for (int i = 0; i < pieces.size(); i++) {
                        b.append(pieces.get(i));
                        b.append(seps.isEmpty() ? "\n" : seps.get(i % seps.size()));
                    }
                    return b.toString();
                });
    }

    private static List<Article> cleanOrEmpty(String raw) {
        try {
            return CLEANER.clean(RawDocument.of(Source.of("file:p", Source.Format.TEXT), raw));
        } catch (RejectedInputException e) {
            return List.of();
        }
    }

    @Property(tries = 300)
    void paragraphOffsetsStayInBoundsAndIncrease(@ForAll("scrapes") String raw) {
        for (Article a : cleanOrEmpty(raw)) {
            int previousEnd = -1;
            for (Span p : a.paragraphs()) {
                assertThat(p.start()).isGreaterThan(previousEnd);
                assertThat(p.end()).isLessThanOrEqualTo(a.text().length());
                assertThat(p.length()).isPositive();
                previousEnd = p.end();
            }
            assertThat(String.join("\n\n", a.paragraphs().stream().map(p -> p.in(a.text())).toList())).isEqualTo(a.text());
        }
    }

    @Property(tries = 300)
    void everyParagraphLineMapsBackToTheSameRawCharacters(@ForAll("scrapes") String raw) {
        for (Article a : cleanOrEmpty(raw)) {
            for (Span p : a.paragraphs()) {
                String clean = p.in(a.text());
                // rejoined hard-wrapped lines map piecewise; each piece is verbatim raw text
                int from = 0;
                for (String piece : clean.split(" ", -1)) {
                    int s = p.start() + from;
                    int rawStart = a.rawOffset(s);
                    assertThat(raw.substring(rawStart, rawStart + piece.length())).isEqualTo(piece);
                    from += piece.length() + 1;
                }
            }
        }
    }

    @Property(tries = 200)
    void cleaningIsDeterministic(@ForAll("scrapes") String raw) {
        assertThat(cleanOrEmpty(raw)).isEqualTo(cleanOrEmpty(raw));
    }

    @Property(tries = 200)
    void cleaningCleanOutputAgainChangesNothing(@ForAll("scrapes") String raw) {
        for (Article a : cleanOrEmpty(raw)) {
            if (a.title().isEmpty()) continue;
            List<Article> again = cleanOrEmpty(a.title() + "\n\n" + a.text() + "\n");
            assertThat(again).hasSize(1);
            assertThat(again.get(0).text()).isEqualTo(a.text());
        }
    }

    @Property(tries = 50)
    void givesTheSameOutputOnSeveralThreads(@ForAll("scrapes") String raw) throws Exception {
        List<Article> expected = cleanOrEmpty(raw);
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<Article>>> results = pool.invokeAll(java.util.Collections.nCopies(8, () -> cleanOrEmpty(raw)));
            for (Future<List<Article>> f : results) assertThat(f.get()).isEqualTo(expected);
        } finally {
            pool.shutdownNow();
        }
    }
}
