package org.wirescope.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wirescope.model.Span;
import org.wirescope.quotes.Cues;

/**
 * Reads quote gold in the PolNeAR-derived JSONL layout: one article a line with {@code id},
 * {@code text} and {@code quotes: [{content: [{start,end,text}], source, cue}]}, offsets into {@code text}.
 */
final class GoldQuotes {

    /** One gold article. */
    record Article(String id, String text, List<GoldQuote> quotes) {
    }

    private static final Set<String> AUXILIARIES = Set.of("has", "have", "had", "is", "was", "were", "are", "been", "be",
            "will", "would", "also", "not", "n't", "did", "does", "do", "reportedly", "later", "previously", "then");
    private static final Map<String, String> IRREGULAR = Map.ofEntries(
            Map.entry("found", "find"), Map.entry("thought", "think"), Map.entry("knew", "know"), Map.entry("known", "know"),
            Map.entry("felt", "feel"), Map.entry("saw", "see"), Map.entry("seen", "see"), Map.entry("heard", "hear"),
            Map.entry("shown", "show"), Map.entry("understood", "understand"), Map.entry("learnt", "learn"));

    private GoldQuotes() {
    }

    static List<Article> read(Path file) throws IOException {
        ObjectMapper json = new ObjectMapper();
        List<Article> out = new ArrayList<>();
        try (BufferedReader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
            int lineNo = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                lineNo++;
                if (line.isBlank()) continue;
                JsonNode n = json.readTree(line);
                if (!n.hasNonNull("text")) throw new IOException(file + ":" + lineNo + ": no 'text'");
                List<GoldQuote> quotes = new ArrayList<>();
                for (JsonNode q : n.path("quotes")) {
                    List<Span> content = new ArrayList<>();
                    for (JsonNode c : q.path("content")) {
                        // a few gold spans are empty with end before start; they hold no text to find
                        if (c.get("end").asInt() > c.get("start").asInt()) content.add(Span.of(c.get("start").asInt(), c.get("end").asInt()));
                    }
                    if (content.isEmpty()) continue;
                    JsonNode src = q.get("source");
                    JsonNode cue = q.get("cue");
                    boolean hasSource = src != null && !src.isNull() && src.get("end").asInt() > src.get("start").asInt();
                    Optional<Span> source = !hasSource ? Optional.empty()
                            : Optional.of(Span.of(src.get("start").asInt(), src.get("end").asInt()));
                    Optional<String> sourceText = !hasSource ? Optional.empty() : Optional.of(src.get("text").asText());
                    Optional<String> cueText = cue == null || cue.isNull() ? Optional.empty() : Optional.of(cue.get("text").asText());
                    quotes.add(new GoldQuote(content, source, sourceText, cueText, cueText.map(GoldQuotes::isSpeechCue).orElse(true)));
                }
                out.add(new Article(n.path("id").asText("line-" + lineNo), n.get("text").asText(), quotes));
            }
        }
        return out;
    }

    /** Whether a gold cue ("has learned", "believes", "said") reports speech rather than belief or findings. */
    static boolean isSpeechCue(String cue) {
        for (String w : cue.toLowerCase(Locale.ROOT).split("[^a-z']+")) {
            if (w.isEmpty() || AUXILIARIES.contains(w)) continue;
            if (w.equals("according")) return true;
            return !isBeliefWord(w);
        }
        return true;
    }

    private static boolean isBeliefWord(String w) {
        if (IRREGULAR.containsKey(w)) return Cues.isBelief(IRREGULAR.get(w));
        for (String lemma : candidates(w)) {
            if (Cues.isBelief(lemma)) return true;
        }
        return false;
    }

    private static List<String> candidates(String w) {
        List<String> c = new ArrayList<>(List.of(w));
        if (w.endsWith("ies")) c.add(w.substring(0, w.length() - 3) + "y");
        if (w.endsWith("ied")) c.add(w.substring(0, w.length() - 3) + "y");
        if (w.endsWith("es")) c.add(w.substring(0, w.length() - 2));
        if (w.endsWith("s")) c.add(w.substring(0, w.length() - 1));
        if (w.endsWith("ed")) {
            c.add(w.substring(0, w.length() - 2));
            c.add(w.substring(0, w.length() - 1));
        }
        if (w.endsWith("ing")) {
            c.add(w.substring(0, w.length() - 3));
            c.add(w.substring(0, w.length() - 3) + "e");
        }
        return c;
    }
}
