package org.wirescope.app.eval;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wirescope.model.Span;

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
            Map.entry("shown", "show"), Map.entry("understood", "understand"), Map.entry("learnt", "learn"),
            Map.entry("said", "say"), Map.entry("told", "tell"), Map.entry("wrote", "write"), Map.entry("written", "write"),
            Map.entry("spoke", "speak"), Map.entry("spoken", "speak"), Map.entry("swore", "swear"), Map.entry("sworn", "swear"),
            Map.entry("rebutted", "rebut"));
    private static final Set<String> SPEECH_ACTS = speechActs();

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

    /**
     * Whether a gold cue reports speech: a word of communication from {@code speech-acts.txt} in any
     * inflection ("said", "told reporters", "in an interview", "according to"), or a colon or dash
     * alone. Belief, knowledge and findings ("has learned", "believes", "a poll shows"), wishes and
     * plans, and acts that are not communication ("sent", "voted", "laid out") are not speech.
     */
    static boolean isSpeechCue(String cue) {
        String lower = cue.toLowerCase(Locale.ROOT);
        if (lower.codePoints().noneMatch(Character::isLetter)) return true;
        for (String w : lower.split("[^a-z'\u2019-]+")) {
            if (w.isEmpty() || AUXILIARIES.contains(w)) continue;
            if (IRREGULAR.containsKey(w) && SPEECH_ACTS.contains(IRREGULAR.get(w))) return true;
            for (String lemma : candidates(w)) {
                if (SPEECH_ACTS.contains(lemma)) return true;
            }
        }
        return false;
    }

    private static Set<String> speechActs() {
        try (InputStream in = GoldQuotes.class.getResourceAsStream("speech-acts.txt")) {
            if (in == null) throw new IllegalStateException("speech-acts.txt is missing from the build");
            Set<String> words = new HashSet<>();
            for (String line : new String(in.readAllBytes(), StandardCharsets.UTF_8).split("\n")) {
                if (line.isBlank() || line.startsWith("#")) continue;
                words.addAll(List.of(line.strip().split("\\s+")));
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
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
            undoubled(c, w.substring(0, w.length() - 2));
        }
        if (w.endsWith("ing")) {
            c.add(w.substring(0, w.length() - 3));
            c.add(w.substring(0, w.length() - 3) + "e");
            undoubled(c, w.substring(0, w.length() - 3));
        }
        return c;
    }

    /** "slammed", "quipping": the stem with its doubled last consonant single. */
    private static void undoubled(List<String> candidates, String stem) {
        int n = stem.length();
        if (n >= 3 && stem.charAt(n - 1) == stem.charAt(n - 2) && "aeiou".indexOf(stem.charAt(n - 1)) < 0) {
            candidates.add(stem.substring(0, n - 1));
        }
    }
}
