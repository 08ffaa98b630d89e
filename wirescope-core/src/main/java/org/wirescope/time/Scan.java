package org.wirescope.time;

import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.function.Consumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One text prepared for the rules: the places where a date expression can start. Every expression
 * the rules know contains a trigger word (a month or weekday name, a number, "today", "this",
 * "last", "next", "ago", …) and starts at most two words before it ("beginning of March", "two
 * days ago"), so the patterns are tried only there instead of at every character. A pattern may
 * match at several of these places inside one expression ("on Friday" and "Friday"); the stage
 * keeps the longest of overlapping candidates.
 */
final class Scan {

    /** How many words before a trigger an expression may start. */
    private static final int WORDS_BEFORE = 2;
    /** How far before a trigger those words may lie. */
    private static final int REACH_BEFORE = 32;
    /** No expression is longer than this. */
    private static final int LONGEST_MATCH = 96;

    private static final Set<String> CAPITALISED = Set.of(
            "January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
            "November", "December", "Jan", "Feb", "Mar", "Apr", "Jun", "Jul", "Aug", "Sep", "Sept", "Oct", "Nov", "Dec",
            "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday");

    private static final Set<String> ANY_CASE = Set.of("today", "yesterday", "tomorrow", "tonight", "this", "last", "next", "ago");

    private static final int LONGEST_TRIGGER = 9;

    private final String text;
    /** Where an expression may start, ascending, distinct. */
    private final int[] starts;

    private Scan(String text, int[] starts) {
        this.text = text;
        this.starts = starts;
    }

    static Scan of(String text) {
        int length = text.length();
        int[] wordStarts = new int[WORDS_BEFORE];
        int words = 0;
        int[] starts = new int[16];
        int n = 0;
        int i = 0;
        while (i < length) {
            if (!Character.isLetterOrDigit(text.charAt(i))) {
                i++;
                continue;
            }
            int end = i + 1;
            while (end < length && Character.isLetterOrDigit(text.charAt(end))) end++;
            if (isTrigger(text, i, end)) {
                if (n + WORDS_BEFORE + 1 > starts.length) starts = Arrays.copyOf(starts, starts.length * 2);
                for (int back = Math.min(words, WORDS_BEFORE); back >= 1; back--) {
                    int start = wordStarts[(words - back) % WORDS_BEFORE];
                    if (i - start <= REACH_BEFORE && (n == 0 || start > starts[n - 1])) starts[n++] = start;
                }
                if (n == 0 || i > starts[n - 1]) starts[n++] = i;
            }
            wordStarts[words % WORDS_BEFORE] = i;
            words++;
            i = end;
        }
        return new Scan(text, Arrays.copyOf(starts, n));
    }

    /** Every position of {@code text} as a possible start: what {@link #of} must agree with, for tests. */
    static Scan exhaustive(String text) {
        int[] starts = new int[text.length()];
        for (int i = 0; i < starts.length; i++) starts[i] = i;
        return new Scan(text, starts);
    }

    private static boolean isTrigger(String text, int start, int end) {
        char first = text.charAt(start);
        if (Character.isDigit(first)) return true;
        if (end - start > LONGEST_TRIGGER) return false;
        String word = text.substring(start, end);
        return Character.isUpperCase(first) && CAPITALISED.contains(word) || ANY_CASE.contains(word.toLowerCase(Locale.ROOT));
    }

    String text() {
        return text;
    }

    /**
     * Calls {@code action} with the matcher on each match of {@code pattern} that begins at one of the
     * possible starts, in text order. Look-behind and look-ahead see the whole text.
     */
    void forEach(Pattern pattern, Consumer<Matcher> action) {
        Matcher m = pattern.matcher(text).useTransparentBounds(true).useAnchoringBounds(false);
        for (int start : starts) {
            m.region(start, Math.min(text.length(), start + LONGEST_MATCH));
            if (m.lookingAt()) action.accept(m);
        }
    }
}
