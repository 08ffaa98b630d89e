package org.wirescope.app.eval;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Scores of one extracted page against its gold: precision, recall and F1 over bags of lower-cased
 * word tokens (runs of letters and digits); title exact match after whitespace normalisation; same
 * calendar date; author match when either name contains the other, ignoring case, or both name the same people however joined ("A, B, and C" and "A, B, C").
 */
final class ExtractionScorer {

    private static final Pattern TOKEN = Pattern.compile("[\\p{L}\\p{N}]+");
    private static final Pattern ISO_DATE = Pattern.compile("(\\d{4})-(\\d{2})-(\\d{2})");

    private ExtractionScorer() {}

    /** Precision, recall, F1 of the predicted text's tokens against the gold text's. */
    record Overlap(double precision, double recall, double f1) {}

    static Overlap overlap(String predicted, String gold) {
        Map<String, Integer> p = bag(predicted);
        Map<String, Integer> g = bag(gold);
        int pn = p.values().stream().mapToInt(Integer::intValue).sum();
        int gn = g.values().stream().mapToInt(Integer::intValue).sum();
        if (pn == 0 && gn == 0) return new Overlap(1, 1, 1);
        int common = 0;
        for (Map.Entry<String, Integer> e : p.entrySet()) common += Math.min(e.getValue(), g.getOrDefault(e.getKey(), 0));
        double precision = pn == 0 ? 0 : (double) common / pn;
        double recall = gn == 0 ? 0 : (double) common / gn;
        double f1 = precision + recall == 0 ? 0 : 2 * precision * recall / (precision + recall);
        return new Overlap(precision, recall, f1);
    }

    static Map<String, Integer> bag(String text) {
        Map<String, Integer> bag = new HashMap<>();
        Matcher m = TOKEN.matcher(text.toLowerCase(Locale.ROOT));
        while (m.find()) bag.merge(m.group(), 1, Integer::sum);
        return bag;
    }

    static boolean titleMatches(String predicted, String gold) {
        return normalise(predicted).equals(normalise(gold));
    }

    static boolean authorMatches(List<String> predicted, String gold) {
        String g = normalise(gold).toLowerCase(Locale.ROOT);
        String p = normalise(String.join(", ", predicted)).toLowerCase(Locale.ROOT);
        if (g.isEmpty() || p.isEmpty()) return false;
        return p.contains(g) || g.contains(p) || names(g).equals(names(p));
    }

    /** "A, B, and C" and "A, B, C" name the same people: the names, whatever joins them. */
    private static Set<String> names(String authors) {
        Set<String> names = new HashSet<>();
        for (String name : NAME_JOINS.split(authors)) {
            if (!name.isBlank()) names.add(name.strip());
        }
        return names;
    }

    private static final Pattern NAME_JOINS = Pattern.compile("\\s*(?:,|;|&|\\band\\b)\\s*(?:and\\s+)?");

    static boolean sameDate(Optional<LocalDate> predicted, String gold) {
        return predicted.isPresent() && isoDate(gold).map(predicted.get()::equals).orElse(false);
    }

    static Optional<LocalDate> isoDate(String s) {
        Matcher m = ISO_DATE.matcher(s);
        if (!m.find()) return Optional.empty();
        try {
            return Optional.of(LocalDate.of(Integer.parseInt(m.group(1)), Integer.parseInt(m.group(2)), Integer.parseInt(m.group(3))));
        } catch (java.time.DateTimeException e) {
            return Optional.empty();
        }
    }

    static String normalise(String s) {
        return s.replaceAll("[\\s\\u00a0]+", " ").strip();
    }
}
