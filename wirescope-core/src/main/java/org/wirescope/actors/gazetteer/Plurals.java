package org.wirescope.actors.gazetteer;

import java.util.List;
import java.util.Locale;
import java.util.Set;

/** English plural forms for role terms and media heads, and a rough singular for words not listed. */
final class Plurals {

    private static final Set<String> UNCOUNTABLE = Set.of(
            "media", "press", "police", "personnel", "staff", "clergy", "intelligence", "security", "leadership",
            "infantry", "artillery", "cavalry", "public", "people", "opposition", "officialdom", "aid", "news",
            "television", "radio", "tv", "enforcement", "forces", "troops", "authorities", "marines", "armed");

    private static final Set<String> NOT_MAN = Set.of("german", "human", "roman", "shaman", "ottoman", "caiman", "talisman");

    private Plurals() {
    }

    /**
     * The plural of a term: its head word (the last, or the one before " of ") made plural.
     * Empty when the head is uncountable or already plural.
     */
    static List<String> of(String term) {
        String[] words = term.split(" ");
        int head = headIndex(words);
        String word = words[head];
        List<String> plurals = pluralWord(word);
        if (plurals.isEmpty()) {
            return List.of();
        }
        return plurals.stream().map(p -> {
            String[] copy = words.clone();
            copy[head] = p;
            return String.join(" ", copy);
        }).toList();
    }

    private static int headIndex(String[] words) {
        for (int k = 1; k < words.length; k++) {
            if (words[k].equals("of")) {
                return k - 1;
            }
        }
        return words.length - 1;
    }

    private static List<String> pluralWord(String word) {
        String lower = word.toLowerCase(Locale.ROOT);
        if (word.isEmpty() || !Character.isLetter(word.charAt(word.length() - 1)) || UNCOUNTABLE.contains(lower)) {
            return List.of();
        }
        boolean upper = word.equals(word.toUpperCase(Locale.ROOT)) && word.length() > 1;
        if (upper) {
            return List.of(word + "s");
        }
        if (lower.endsWith("person")) {
            String stem = word.substring(0, word.length() - "person".length());
            return List.of(stem + "people", stem + "persons");
        }
        if (lower.endsWith("man") && !NOT_MAN.contains(lower)) {
            return List.of(word.substring(0, word.length() - 3) + "men");
        }
        if (lower.equals("child")) {
            return List.of(word + "ren");
        }
        if (lower.endsWith("y") && lower.length() > 1 && !isVowel(lower.charAt(lower.length() - 2))) {
            return List.of(word.substring(0, word.length() - 1) + "ies");
        }
        if (lower.endsWith("arch")) {
            return List.of(word + "s");
        }
        if (lower.endsWith("s") || lower.endsWith("x") || lower.endsWith("z") || lower.endsWith("ch") || lower.endsWith("sh")) {
            return List.of(word + "es");
        }
        return List.of(word + "s");
    }

    /** A rough singular of an English plural; the word itself when it does not look plural. */
    static String singular(String word) {
        String w = word.toLowerCase(Locale.ROOT);
        if (w.length() < 4) {
            return w;
        }
        if (w.endsWith("people")) {
            return w.substring(0, w.length() - 6) + "person";
        }
        if (w.endsWith("men") && !w.endsWith("omen") || w.endsWith("women")) {
            return w.substring(0, w.length() - 3) + "man";
        }
        if (w.endsWith("children")) {
            return w.substring(0, w.length() - 3);
        }
        if (w.endsWith("ies")) {
            return w.substring(0, w.length() - 3) + "y";
        }
        if (w.endsWith("sses") || w.endsWith("xes") || w.endsWith("zes") || w.endsWith("ches") || w.endsWith("shes")) {
            return w.substring(0, w.length() - 2);
        }
        if (w.endsWith("s") && !w.endsWith("ss") && !w.endsWith("us") && !w.endsWith("is")) {
            return w.substring(0, w.length() - 1);
        }
        return w;
    }

    private static boolean isVowel(char c) {
        return "aeiou".indexOf(c) >= 0;
    }
}
