package org.wirescope.time;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the words around a candidate expression say about it: part of a name, future tense, a year cue. */
final class Context {

    /** Capitalised words that introduce a date rather than name something ("On Friday", "Since May"). */
    private static final Set<String> CUES = Set.of(
            "on", "since", "until", "till", "by", "from", "before", "after", "early", "late", "last", "next",
            "this", "the", "in", "during", "through", "and", "or", "to", "of", "at", "as", "for", "but");

    /** Words in the clause before a weekday that make it a future day ("will meet on Monday"). */
    private static final Pattern FUTURE = Pattern.compile(
            "(?i)\\b(?:will|shall|must|deadline|upcoming|ahead\\s+of|plans?\\s+to|(?:is|are)\\s+(?:due|scheduled|set|expected)\\s+to"
                    + "|(?:is|are)\\s+due|(?:is|are)\\s+scheduled)\\b|['’]ll\\b");

    private static final Pattern WEEK = Pattern.compile("(?i)\\b(last|this|next)\\s+week\\b");

    /** How far back the future-tense cue (or forward a "next week") may be. */
    private static final int CLAUSE_REACH = 80;

    /** Words right before a bare year that make it a year ("in 2023", "the 2023 budget", "mid-2023"). */
    private static final Pattern YEAR_CUE = Pattern.compile(
            "(?i)(?:\\b(?:in|since|until|till|by|from|through|throughout|during|before|after|early|late|the|fiscal|year"
                    + "|(?:end|start|beginning|middle|half|quarter|spring|summer|autumn|fall|winter)\\s+of)\\s+"
                    + "|\\bmid-|['’]s\\s+|\\b(?:1[89]|20)\\d\\d\\s*(?:and|or|to|-|–)\\s*)$");

    private static final int YEAR_CUE_REACH = 30;

    private Context() {
    }

    /** Capitalised words that make a following weekday part of a name ("Good Friday", "Super Tuesday"). */
    private static final Set<String> WEEKDAY_NAMES = Set.of(
            "Good", "Black", "Super", "Ash", "Easter", "Palm", "Holy", "Maundy", "Bloody", "Cyber", "Giving", "Shrove", "Fat");

    /**
     * Whether the word directly before {@code at} (one space away) is a capitalised word that is not
     * a date cue, so the expression at {@code at} is part of a name: "USA Today", "Russia Today".
     */
    static boolean nameBefore(String text, int at) {
        String word = capitalisedWordBefore(text, at);
        return !word.isEmpty() && !CUES.contains(word.toLowerCase(Locale.ROOT));
    }

    /** Whether the weekday at {@code at} is part of a name: "Good Friday", "Super Tuesday", "Bloody Sunday". */
    static boolean weekdayNameBefore(String text, int at) {
        return WEEKDAY_NAMES.contains(capitalisedWordBefore(text, at));
    }

    /** The capitalised word one space before {@code at}, or the empty string. */
    private static String capitalisedWordBefore(String text, int at) {
        if (at < 2 || text.charAt(at - 1) != ' ') return "";
        int end = at - 1;
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        if (start == end || !Character.isUpperCase(text.charAt(start))) return "";
        return text.substring(start, end);
    }

    /**
     * Which week the clause that starts at {@code at} puts a weekday in: -1 for "last week", 0 for
     * "this week", 1 for "next week" ("from Monday to Wednesday next week"), or empty.
     */
    static OptionalInt weekAfter(String text, int at) {
        int to = Math.min(text.length(), at + CLAUSE_REACH);
        for (int i = at; i < to; i++) {
            char c = text.charAt(i);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n') {
                to = i;
                break;
            }
        }
        Matcher m = WEEK.matcher(text).region(at, to);
        if (!m.find()) return OptionalInt.empty();
        return OptionalInt.of(switch (m.group(1).toLowerCase(Locale.ROOT)) {
            case "last" -> -1;
            case "next" -> 1;
            default -> 0;
        });
    }

    /** Whether the clause that ends at {@code at} speaks of the future ("the council will vote on Monday"). */
    static boolean futureBefore(String text, int at) {
        int from = Math.max(0, at - CLAUSE_REACH);
        for (int i = at - 1; i >= from; i--) {
            char c = text.charAt(i);
            if (c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '?' || c == '\n'
                    || c == '"' || c == '“' || c == '”') {
                from = i + 1;
                break;
            }
        }
        return FUTURE.matcher(text.substring(from, at)).find();
    }

    /** Whether the words right before {@code at} make a bare four-digit number there a year. */
    static boolean yearCueBefore(String text, int at) {
        return YEAR_CUE.matcher(text.substring(Math.max(0, at - YEAR_CUE_REACH), at)).find();
    }
}
