package org.wirescope.app;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** What {@code wirescope bench serve} measured, as a table or as JSON. */
record BenchServeReport(int clients, List<Phase> phases) {

    /**
     * One phase: the response times of each kind of request, over {@code seconds}, the ingest beside
     * them, if any, and how many dyad and network answers the server reused or computed.
     */
    record Phase(String name, Map<ServeLoad.Kind, Latencies> latencies, double seconds, Optional<IngestLoop> ingest,
                 long cacheHits, long cacheMisses) {
    }

    long errors() {
        return phases.stream().mapToLong(p -> p.latencies().values().stream().mapToLong(Latencies::errors).sum()
                + p.ingest().map(i -> i.latencies().errors()).orElse(0L)).sum();
    }

    String text() {
        List<String> lines = new ArrayList<>();
        for (Phase phase : phases) {
            lines.add(phase.name() + " (" + clients + " clients, " + format(phase.seconds(), 0) + " s):");
            lines.add(String.format(Locale.ROOT, "  %-14s %9s %9s %9s %9s %8s %7s", "request", "p50 ms", "p95 ms", "p99 ms",
                    "max ms", "req/s", "errors"));
            phase.latencies().forEach((kind, l) -> lines.add(String.format(Locale.ROOT, "  %-14s %9.1f %9.1f %9.1f %9.1f %8.1f %7d",
                    kind.label(), l.millis(50), l.millis(95), l.millis(99), l.millis(100), l.count() / phase.seconds(), l.errors())));
            phase.ingest().ifPresent(ingest -> lines.add(String.format(Locale.ROOT,
                    "  ingest beside: %d requests (p50 %.0f ms), %d articles added, %d rounds, %d errors",
                    ingest.latencies().count(), ingest.latencies().millis(50), ingest.articlesAdded(), ingest.rounds(),
                    ingest.latencies().errors())));
            lines.add("  dyad and network answers: " + phase.cacheHits() + " reused, " + phase.cacheMisses()
                    + " computed (reused until a batch with events is written)");
        }
        return String.join(System.lineSeparator(), lines);
    }

    String json() {
        ObjectMapper mapper = new ObjectMapper();
        ObjectNode root = mapper.createObjectNode();
        root.put("clients", clients);
        for (Phase phase : phases) {
            ObjectNode node = root.withArray("phases").addObject();
            node.put("name", phase.name());
            node.put("seconds", phase.seconds());
            node.put("answers_reused", phase.cacheHits());
            node.put("answers_computed", phase.cacheMisses());
            phase.latencies().forEach((kind, l) -> {
                ObjectNode k = node.putObject(kind.name().toLowerCase(Locale.ROOT));
                k.put("requests", l.count());
                k.put("errors", l.errors());
                k.put("p50_ms", round(l.millis(50)));
                k.put("p95_ms", round(l.millis(95)));
                k.put("p99_ms", round(l.millis(99)));
                k.put("max_ms", round(l.millis(100)));
            });
            phase.ingest().ifPresent(ingest -> {
                ObjectNode i = node.putObject("ingest");
                i.put("requests", ingest.latencies().count());
                i.put("errors", ingest.latencies().errors());
                i.put("articles_added", ingest.articlesAdded());
                i.put("p50_ms", round(ingest.latencies().millis(50)));
            });
        }
        try {
            return mapper.writeValueAsString(root);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    private static double round(double millis) {
        return Math.round(millis * 100) / 100.0;
    }

    private static String format(double value, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", value);
    }
}
