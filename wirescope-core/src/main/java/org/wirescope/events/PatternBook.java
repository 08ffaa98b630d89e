package org.wirescope.events;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.wirescope.events.codebook.CameoCodebook;

/** The verb, noun and adjective patterns of the coder, by kind and lemma. Immutable. */
final class PatternBook {

    private static final String RESOURCE = "patterns.tsv";

    private final Map<String, List<Pattern>> byKey;
    private final int size;

    private PatternBook(Map<String, List<Pattern>> byKey, int size) {
        this.byKey = byKey;
        this.size = size;
    }

    /** The bundled patterns, checked against {@code codebook}. */
    static PatternBook standard(CameoCodebook codebook) {
        try (InputStream in = PatternBook.class.getResourceAsStream(RESOURCE)) {
            if (in == null) throw new IllegalStateException("missing resource " + RESOURCE);
            return read(new InputStreamReader(in, StandardCharsets.UTF_8), codebook);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static PatternBook read(Reader source, CameoCodebook codebook) throws IOException {
        Map<String, List<Pattern>> byKey = new HashMap<>();
        int count = 0;
        BufferedReader r = new BufferedReader(source);
        String line;
        int number = 0;
        while ((line = r.readLine()) != null) {
            number++;
            String trimmed = line.strip();
            if (trimmed.isEmpty() || trimmed.startsWith("#")) continue;
            String[] f = line.split("\t");
            if (f.length < 3) throw new IllegalArgumentException("pattern line " + number + " needs kind, lemma, code: " + line);
            Pattern.Kind kind = switch (f[0].strip()) {
                case "v" -> Pattern.Kind.VERB;
                case "n" -> Pattern.Kind.NOUN;
                case "a" -> Pattern.Kind.ADJECTIVE;
                case "m" -> Pattern.Kind.MODAL;
                default -> throw new IllegalArgumentException("pattern line " + number + ": kind must be v, n, a or m, was " + f[0]);
            };
            String code = f[2].strip();
            if (!codebook.isValid(code)) throw new IllegalArgumentException("pattern line " + number + ": unknown CAMEO code " + code);
            Set<String> particles = Set.of();
            Set<String> objects = Set.of();
            Set<String> context = Set.of();
            if (f.length > 3) {
                for (String condition : f[3].strip().split(" +")) {
                    if (condition.isEmpty()) continue;
                    int eq = condition.indexOf('=');
                    if (eq < 0) throw new IllegalArgumentException("pattern line " + number + ": condition needs name=values: " + condition);
                    Set<String> values = words(condition.substring(eq + 1));
                    switch (condition.substring(0, eq)) {
                        case "prt" -> particles = values;
                        case "obj" -> objects = values;
                        case "ctx" -> context = values;
                        default -> throw new IllegalArgumentException("pattern line " + number + ": unknown condition " + condition);
                    }
                }
            }
            String lemma = f[1].strip().toLowerCase(Locale.ROOT);
            byKey.computeIfAbsent(key(kind, lemma), k -> new ArrayList<>())
                    .add(new Pattern(kind, lemma, code, particles, objects, context, number));
            count++;
        }
        Map<String, List<Pattern>> frozen = new HashMap<>();
        byKey.forEach((k, v) -> frozen.put(k, List.copyOf(v)));
        return new PatternBook(Map.copyOf(frozen), count);
    }

    private static Set<String> words(String values) {
        Set<String> out = new HashSet<>();
        for (String v : values.split("\\|")) if (!v.isBlank()) out.add(v.strip().toLowerCase(Locale.ROOT));
        return out;
    }

    private static String key(Pattern.Kind kind, String lemma) {
        return kind.name().charAt(0) + ":" + lemma;
    }

    /** The patterns of {@code lemma} as {@code kind}, in file order; empty when it is no cue. */
    List<Pattern> of(Pattern.Kind kind, String lemma) {
        return byKey.getOrDefault(key(kind, lemma.toLowerCase(Locale.ROOT)), List.of());
    }

    /** Every distinct cue lemma of {@code kind}. */
    Set<String> lemmas(Pattern.Kind kind) {
        Set<String> out = new HashSet<>();
        String prefix = kind.name().charAt(0) + ":";
        for (String k : byKey.keySet()) if (k.startsWith(prefix)) out.add(k.substring(prefix.length()));
        return Set.copyOf(out);
    }

    int size() {
        return size;
    }
}
