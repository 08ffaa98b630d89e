package org.wirescope.clean;

import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A small function-word profile guess of an article's language (ISO 639-1). It answers only when
 * one language clearly leads; otherwise the language stays unknown.
 */
final class LanguageGuesser {

    private static final Map<String, Set<String>> FUNCTION_WORDS = Map.of(
            "en", Set.of("the", "and", "of", "to", "in", "is", "that", "for", "it", "was", "on", "with", "he", "as", "said", "by", "at", "from", "his", "has"),
            "fr", Set.of("le", "la", "les", "de", "des", "et", "est", "un", "une", "du", "que", "dans", "pour", "qui", "au", "sur", "pas", "par", "il", "sont"),
            "de", Set.of("der", "die", "das", "und", "ist", "nicht", "mit", "den", "ein", "eine", "von", "zu", "auf", "für", "sich", "dem", "auch", "es", "im", "sie"),
            "es", Set.of("el", "la", "los", "las", "de", "y", "que", "en", "un", "una", "por", "con", "para", "es", "se", "del", "al", "su", "como", "más"),
            "it", Set.of("il", "la", "di", "che", "e", "per", "un", "una", "del", "della", "non", "sono", "con", "gli", "le", "nel", "è", "da", "al", "si"),
            "pt", Set.of("o", "a", "os", "as", "de", "do", "da", "que", "em", "um", "uma", "para", "com", "não", "no", "na", "por", "se", "dos", "é"),
            "nl", Set.of("de", "het", "een", "en", "van", "is", "dat", "niet", "op", "te", "voor", "met", "zijn", "ook", "aan", "er", "maar", "als", "bij", "wordt"));

    /** Enough text for a function-word profile; more only costs time. */
    private static final int SAMPLE_CHARS = 1500;

    private LanguageGuesser() {
    }

    static Optional<String> guess(String text) {
        String sample = text.length() > SAMPLE_CHARS ? text.substring(0, SAMPLE_CHARS) : text;
        Optional<String> script = byScript(sample);
        if (script.isPresent()) return script;
        String[] words = words(Texts.lower(sample));
        if (words.length < 5) return Optional.empty();
        String best = null;
        int bestScore = 0;
        int second = 0;
        for (var e : FUNCTION_WORDS.entrySet()) {
            int score = 0;
            for (String w : words) {
                if (e.getValue().contains(w)) score++;
            }
            if (score > bestScore) {
                second = bestScore;
                bestScore = score;
                best = e.getKey();
            } else if (score > second) {
                second = score;
            }
        }
        boolean clear = bestScore >= 3 && bestScore >= words.length / 10 && bestScore > second * 3 / 2;
        return clear ? Optional.of(best) : Optional.empty();
    }

    /** The letter runs of {@code s}. */
    private static String[] words(String s) {
        java.util.List<String> out = new java.util.ArrayList<>();
        int start = -1;
        for (int i = 0; i <= s.length(); i++) {
            boolean letter = i < s.length() && Character.isLetter(s.charAt(i));
            if (letter && start < 0) start = i;
            if (!letter && start >= 0) {
                out.add(s.substring(start, i));
                start = -1;
            }
        }
        return out.toArray(new String[0]);
    }

    private static Optional<String> byScript(String s) {
        int letters = 0;
        int cyrillic = 0;
        int arabic = 0;
        int han = 0;
        int hangul = 0;
        int kana = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (!Character.isLetter(c)) continue;
            letters++;
            Character.UnicodeScript sc = Character.UnicodeScript.of(c);
            switch (sc) {
                case CYRILLIC -> cyrillic++;
                case ARABIC -> arabic++;
                case HAN -> han++;
                case HANGUL -> hangul++;
                case HIRAGANA, KATAKANA -> kana++;
                default -> { }
            }
        }
        if (letters == 0) return Optional.empty();
        if (hangul * 2 > letters) return Optional.of("ko");
        if (kana * 5 > letters) return Optional.of("ja");
        if (han * 2 > letters) return Optional.of("zh");
        if (cyrillic * 2 > letters) return Optional.of("ru");
        if (arabic * 2 > letters) return Optional.of("ar");
        return Optional.empty();
    }
}
