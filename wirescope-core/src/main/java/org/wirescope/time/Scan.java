package org.wirescope.time;

import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One text prepared for the rules: the places where a date expression can start, each with the
 * kinds of trigger word found there or within the next two words. Every expression the rules know
 * contains a trigger word (a month or weekday name, a number, "today", "this", "ago", …) and starts
 * at most two words before it ("beginning of March", "two days ago"), so a pattern is tried only
 * where the trigger it needs is near, instead of at every character. A pattern may match at several
 * starts inside one expression ("on Friday" and "Friday"); the stage keeps the longest of
 * overlapping candidates.
 */
final class Scan {

    /** Trigger kinds, as bits. */
    static final int MONTH = 1;
    static final int WEEKDAY = 2;
    static final int NUMBER = 4;
    static final int DAY_WORD = 8;
    static final int RELATIVE = 16;
    static final int AGO = 32;
    private static final int EVERY_KIND = 63;

    /** What the first character of a pattern's matches is: lets a start be skipped without trying the pattern. */
    enum First {
        DIGIT, LETTER, LETTER_OR_DIGIT;

        boolean admits(char c) {
            return switch (this) {
                case DIGIT -> c >= '0' && c <= '9';
                case LETTER -> Character.isLetter(c);
                case LETTER_OR_DIGIT -> Character.isLetterOrDigit(c);
            };
        }
    }

    /**
     * A pattern with where it can match: at a start whose first character {@code first} admits and
     * near a trigger of one of the kinds in {@code near}.
     */
    record Probe(Pattern pattern, First first, int near) {
        static Probe of(String regex, First first, int near) {
            return new Probe(Pattern.compile(regex), first, near);
        }
    }

    /** How many words before a trigger an expression may start. */
    private static final int WORDS_BEFORE = 2;
    /** How far before a trigger those words may lie. */
    private static final int REACH_BEFORE = 32;
    /** No expression is longer than this. */
    private static final int LONGEST_MATCH = 96;

    private static final Map<String, Integer> CAPITALISED = capitalised();

    private static final Map<String, Integer> ANY_CASE = Map.of(
            "today", DAY_WORD, "yesterday", DAY_WORD, "tomorrow", DAY_WORD, "tonight", DAY_WORD,
            "this", RELATIVE, "last", RELATIVE, "next", RELATIVE, "ago", AGO);

    private static final int LONGEST_TRIGGER = 9;

    private final String text;
    /** Where an expression may start, ascending, distinct. */
    private final int[] starts;
    /** The trigger kinds near each start. */
    private final int[] kinds;

    private Scan(String text, int[] starts, int[] kinds) {
        this.text = text;
        this.starts = starts;
        this.kinds = kinds;
    }

    private static Map<String, Integer> capitalised() {
        Map<String, Integer> words = new java.util.HashMap<>();
        for (String m : (Lexicon.MONTH_FULL + "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec").split("\\|")) words.put(m, MONTH);
        for (String d : Lexicon.WEEKDAY.split("\\|")) words.put(d, WEEKDAY);
        return Map.copyOf(words);
    }

    static Scan of(String text) {
        int length = text.length();
        int[] before = new int[WORDS_BEFORE];
        int words = 0;
        int[] starts = new int[16];
        int[] kinds = new int[16];
        int n = 0;
        int i = 0;
        while (i < length) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < length && Character.isLetterOrDigit(text.charAt(end))) end++;
            int kind = trigger(text, i, end);
            if (kind != 0) {
                if (n + WORDS_BEFORE + 1 > starts.length) {
                    starts = Arrays.copyOf(starts, starts.length * 2);
                    kinds = Arrays.copyOf(kinds, kinds.length * 2);
                }
                for (int back = Math.min(words, WORDS_BEFORE); back >= 0; back--) {
                    int start = back == 0 ? i : before[(words - back) % WORDS_BEFORE];
                    if (i - start > REACH_BEFORE) continue;
                    int at = n - 1;
                    while (at >= 0 && starts[at] > start) at--;
                    if (at >= 0 && starts[at] == start) {
                        kinds[at] |= kind;
                    } else {
                        starts[n] = start;   // starts only grow: the words before a later trigger come after those already added
                        kinds[n++] = kind;
                    }
                }
            }
            before[words % WORDS_BEFORE] = i;
            words++;
            i = end;
        }
        return new Scan(text, Arrays.copyOf(starts, n), Arrays.copyOf(kinds, n));
    }

    /** The kind of trigger the word {@code [start, end)} is, or 0. */
    private static int trigger(String text, int start, int end) {
        char first = text.charAt(start);
        if (first >= '0' && first <= '9') return NUMBER;
        if (end - start > LONGEST_TRIGGER) return 0;
        String word = text.substring(start, end);
        Integer kind = Character.isUpperCase(first) ? CAPITALISED.get(word) : null;
        if (kind == null) kind = ANY_CASE.get(word.toLowerCase(Locale.ROOT));
        return kind == null ? 0 : kind;
    }

    /** Every position of {@code text} as a possible start near every trigger: what {@link #of} must agree with, for tests. */
    static Scan exhaustive(String text) {
        int[] starts = new int[text.length()];
        int[] kinds = new int[text.length()];
        for (int i = 0; i < starts.length; i++) {
            starts[i] = i;
            kinds[i] = EVERY_KIND;
        }
        return new Scan(text, starts, kinds);
    }

    String text() {
        return text;
    }

    /**
     * Calls {@code action} with the matcher on each match of the probe's pattern that begins at a
     * start the probe admits, in text order. Look-behind and look-ahead see the whole text.
     */
    void forEach(Probe probe, Consumer<Matcher> action) {
        Matcher m = probe.pattern().matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int s = 0; s < starts.length; s++) {
            int start = starts[s];
            if ((kinds[s] & probe.near()) == 0 || !probe.first().admits(text.charAt(start))) continue;
            m.region(start, Math.min(text.length(), start + LONGEST_MATCH));
            if (m.lookingAt()) action.accept(m);
        }
    }
}
