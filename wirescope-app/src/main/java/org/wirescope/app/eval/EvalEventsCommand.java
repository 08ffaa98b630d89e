package org.wirescope.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wirescope.actors.gazetteer.Gazetteer;
import org.wirescope.config.Limits;
import org.wirescope.model.Event;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Record;
import org.wirescope.model.Source;
import org.wirescope.pipeline.Pipeline;
import org.wirescope.pipeline.Stages;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirescope eval events}: event coding against sentence-level PLOVER gold. */
@Command(name = "events", mixinStandardHelpOptions = true, sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Scores event coding against gold events: one sentence a line with its events' source and target "
                    + "country codes and PLOVER type.",
            "",
            "Each sentence runs through the full pipeline as a document of its own (title line 'Event', a blank "
                    + "line, the sentence). Predicted events of one sentence with the same PLOVER type are one event "
                    + "with a compound source or target (the coder writes one event per actor and per mention; the "
                    + "gold lists the actors of one event together). Type: a prediction matches a gold event of the same PLOVER type in the same "
                    + "sentence, one to one. Dyad+type: also at least one source country and, where the gold has "
                    + "targets, one target country agree (the first three letters of the actor codes; the gold's JAP, VTN "
                    + "and ITL are read as JPN, VNM and ITA). Actor "
                    + "accuracy: dyad matches over type matches.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {"  wirescope eval events", "  wirescope eval events --gold ../shared/gold/events/plover-gsr.jsonl --json"})
public final class EvalEventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Option(names = "--gold", paramLabel = "FILE", defaultValue = "../shared/gold/events/plover-gsr.jsonl",
            description = "Gold events, one sentence a line (default: ${DEFAULT-VALUE}).")
    Path gold;

    @Option(names = "--json", description = "Print the scores as one JSON object.")
    boolean json;

    @Option(names = "--errors", description = "Also list, on stderr, each sentence whose events do not all match.")
    boolean errors;

    @Option(names = "--mismatches", paramLabel = "FILE",
            description = "Write one JSON line per gold event whose dyad and type no prediction matches: why (TYPE, "
                    + "REVERSED, CONVENTION, SOURCE_MISSING, SOURCE_WRONG, TARGET_MISSING, TARGET_WRONG) and the "
                    + "predicted parties' names and codes, and one per prediction of a type the gold lacks (EXTRA); "
                    + "a count per reason goes to stderr.")
    Path mismatches;

    @Override
    public Integer call() throws IOException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.isRegularFile(gold)) {
            err.println("wirescope eval events: no gold file at " + gold + "; pass --gold FILE");
            return 2;
        }
        Pipeline pipeline = Pipeline.create(Limits.DEFAULTS, Stages.ALL);
        pipeline.process(RawDocument.of(Source.of("warm-up", Source.Format.TEXT), "Warm Up\n\nThe models load once, she said.\n"));
        ObjectMapper mapper = new ObjectMapper();
        EventScorer scorer = new EventScorer();
        int sentences = 0;
        long started = System.nanoTime();
        Mismatches misses = mismatches == null ? null : new Mismatches(mapper, Gazetteer.standard());
        try (BufferedReader in = Files.newBufferedReader(gold, StandardCharsets.UTF_8)) {
            String line;
            while ((line = in.readLine()) != null) {
                if (line.isBlank()) continue;
                JsonNode node = mapper.readTree(line);
                String text = node.path("text").asText().strip();
                List<GoldEvent> want = new ArrayList<>();
                for (JsonNode e : node.path("events")) {
                    want.add(new GoldEvent(codes(e.path("source")), codes(e.path("target")), e.path("plover").asText()));
                }
                String id = node.path("id").asText("line " + (sentences + 1));
                List<Record> records = pipeline.process(RawDocument.of(Source.of("gold:" + id, Source.Format.TEXT),
                        "Event\n\n" + text + "\n")).records();
                List<GoldEvent> got = merged(records);
                scorer.add(want, got);
                sentences++;
                if (errors && !allMatch(want, got)) err.println(id + "\n  text " + text + "\n  gold " + want + "\n  got  " + got);
                if (misses != null) misses.add(id, text, want, got, records);
            }
        }
        if (misses != null) {
            try {
                Files.write(mismatches, misses.lines(), StandardCharsets.UTF_8);
            } catch (IOException e) {
                err.println("wirescope eval events: cannot write " + mismatches + ": " + e.getMessage());
                return 2;
            }
            err.println("mismatches " + misses.counts() + " -> " + mismatches);
        }
        double seconds = (System.nanoTime() - started) / 1e9;
        if (json) {
            ObjectNode n = mapper.createObjectNode();
            n.put("gold", gold.toString()).put("sentences", sentences).put("seconds", seconds);
            tally(n.putObject("overall"), scorer.overall());
            ObjectNode types = n.putObject("by_type");
            scorer.byType().forEach((k, t) -> tally(types.putObject(k), t));
            out.println(n);
        } else {
            out.print(format(gold.toString(), sentences, seconds, scorer));
        }
        out.flush();
        err.flush();
        return 0;
    }

    private static boolean allMatch(List<GoldEvent> want, List<GoldEvent> got) {
        if (want.size() != got.size()) return false;
        EventScorer one = new EventScorer();
        one.add(want, got);
        return one.overall().dyadMatched == want.size();
    }

    /** Country codes the gold file spells its own way, read as the ISO codes the actor stage writes. */
    private static final Map<String, String> GOLD_SPELLINGS = Map.of("JAP", "JPN", "VTN", "VNM", "ITL", "ITA");

    private static Set<String> codes(JsonNode list) {
        Set<String> out = new HashSet<>();
        for (JsonNode c : list) {
            if (c.asText().length() < 3) continue;
            String code = c.asText().substring(0, 3).toUpperCase(Locale.ROOT);
            out.add(GOLD_SPELLINGS.getOrDefault(code, code));
        }
        return out;
    }

    /** The predicted events, one per PLOVER type of the sentence, with the countries of every actor they hold. */
    static List<GoldEvent> merged(List<Record> records) {
        Map<String, Set<String>[]> groups = new LinkedHashMap<>();
        for (Record r : records) {
            for (Event e : r.events()) {
                String key = e.plover().type() + "@" + r.id();
                @SuppressWarnings("unchecked")
                Set<String>[] parties = groups.computeIfAbsent(key, k -> new Set[] {new HashSet<>(), new HashSet<>()});
                e.source().code().filter(c -> c.length() >= 3).ifPresent(c -> parties[0].add(c.substring(0, 3)));
                e.target().flatMap(Event.Party::code).filter(c -> c.length() >= 3).ifPresent(c -> parties[1].add(c.substring(0, 3)));
            }
        }
        List<GoldEvent> out = new ArrayList<>();
        groups.forEach((k, v) -> out.add(new GoldEvent(v[0], v[1], k.substring(0, k.indexOf('@')))));
        return out;
    }

    static String format(String gold, int sentences, double seconds, EventScorer scorer) {
        StringBuilder b = new StringBuilder();
        b.append(String.format(Locale.ROOT, "events eval  gold=%s%n", gold));
        b.append(String.format(Locale.ROOT, "  sentences %d, gold events %d, predicted %d, %.1f s%n",
                sentences, scorer.overall().gold, scorer.overall().predicted, seconds));
        b.append(String.format(Locale.ROOT, "  %-12s %6s %6s %6s %6s   %6s %6s %6s   %6s%n",
                "", "type P", "R", "F1", "", "dyad P", "R", "F1", "actors"));
        row(b, "overall", scorer.overall());
        scorer.byType().forEach((k, t) -> row(b, k, t));
        return b.toString();
    }

    private static void row(StringBuilder b, String name, EventScorer.Tally t) {
        b.append(String.format(Locale.ROOT, "  %-12s %6.3f %6.3f %6.3f %6s   %6.3f %6.3f %6.3f   %6.3f  (gold %d, predicted %d)%n",
                name, t.typePrecision(), t.typeRecall(), t.typeF1(), "", t.dyadPrecision(), t.dyadRecall(), t.dyadF1(),
                t.actorAccuracy(), t.gold, t.predicted));
    }

    private static void tally(ObjectNode n, EventScorer.Tally t) {
        n.put("gold", t.gold).put("predicted", t.predicted)
                .put("type_precision", t.typePrecision()).put("type_recall", t.typeRecall()).put("type_f1", t.typeF1())
                .put("dyad_precision", t.dyadPrecision()).put("dyad_recall", t.dyadRecall()).put("dyad_f1", t.dyadF1())
                .put("actor_accuracy", t.actorAccuracy());
    }
}
