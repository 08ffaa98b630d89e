package org.wirescope.app.eval;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wirescope.model.Span;

/**
 * Writes the lenient errors of a quote eval as JSON lines, one error a line, with the texts of the
 * gold and predicted spans and the sentence around them, for sorting misses by cause.
 */
final class QuoteErrors {

    private QuoteErrors() {
    }

    static void write(Path file, List<QuoteScorer.Case> cases) throws IOException {
        ObjectMapper json = new ObjectMapper();
        try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8)) {
            for (QuoteScorer.Case c : cases) {
                for (QuoteScorer.Finding f : QuoteScorer.findings(c)) {
                    ObjectNode n = json.createObjectNode();
                    n.put("article", c.id()).put("error", f.error().name().toLowerCase(Locale.ROOT));
                    f.gold().ifPresent(g -> {
                        n.put("gold_kind", g.kind(c.text()));
                        n.put("gold_content", join(c.text(), g.content()));
                        n.put("gold_source", g.sourceText().orElse(""));
                        n.put("gold_cue", g.cue().orElse(""));
                        n.put("context", around(c.text(), g.content().get(0)));
                        if (f.predicted().isEmpty()) closest(c, g).ifPresent(p -> {
                            n.put("closest_content", join(c.text(), p.content()));
                            n.put("closest_cover", g.overlap(p) / (double) g.contentLength());
                        });
                    });
                    f.predicted().ifPresent(p -> {
                        n.put("predicted_kind", p.kind());
                        n.put("predicted_content", join(c.text(), p.content()));
                        n.put("predicted_speaker", p.speakerName());
                        n.put("predicted_mention", p.speakerMention().map(s -> s.in(c.text())).orElse(""));
                        n.put("predicted_cue", p.cue().map(s -> s.in(c.text())).orElse(""));
                        if (f.gold().isEmpty()) n.put("context", around(c.text(), p.content().get(0)));
                    });
                    w.write(json.writeValueAsString(n));
                    w.newLine();
                }
            }
        }
    }

    /** The prediction sharing the most characters with a missed gold content, if any does. */
    private static Optional<PredictedQuote> closest(QuoteScorer.Case c, GoldQuote g) {
        return c.predicted().stream().filter(p -> g.overlap(p) > 0).max(Comparator.comparingInt(g::overlap));
    }

    private static String join(String text, List<Span> spans) {
        StringBuilder b = new StringBuilder();
        for (Span s : spans) {
            if (b.length() > 0) b.append(" | ");
            b.append(s.in(text));
        }
        return b.toString();
    }

    /** The paragraph holding {@code span}. */
    private static String around(String text, Span span) {
        int s = text.lastIndexOf("\n", Math.max(0, span.start() - 1));
        int e = text.indexOf("\n", span.end());
        return text.substring(s < 0 ? 0 : s + 1, e < 0 ? text.length() : e).strip();
    }
}
