package org.wirescope.time;

import java.util.Locale;
import java.util.OptionalInt;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** What the words around a candidate expression say about it: part of a name, future tense, the week meant, a year cue. */
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

    /** Words right before a bare year that make it a year ("in 2023", "the 2023 budget", "fiscal 2023"). */
    private static final Set<String> YEAR_CUES = Set.of(
            "in", "since", "until", "till", "by", "from", "through", "throughout", "during", "before", "after", "early",
            "late", "the", "fiscal", "year");

    /** Words that, followed by "of", make a year after them a year ("end of 2023"). */
    private static final Set<String> PART_OF_YEAR = Set.of(
            "end", "start", "beginning", "middle", "half", "quarter", "spring", "summer", "autumn", "fall", "winter");

    /** Words that join a year to the one before it ("in 2022 and 2023", "2019 to 2021"). */
    private static final Set<String> YEAR_JOINS = Set.of("and", "or", "to");

    /** Capitalised words that make a following weekday part of a name ("Good Friday", "Super Tuesday"). */
    private static final Set<String> WEEKDAY_NAMES = Set.of(
            "Good", "Black", "Super", "Ash", "Easter", "Palm", "Holy", "Maundy", "Bloody", "Cyber", "Giving", "Shrove", "Fat");

    private Context() {
    }

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

    /**
     * Whether the words right before {@code at} make a bare four-digit number there a year: a cue word
     * ("in", "since", "the", "fiscal", …), "end of", "mid-", a possessive ("Kim’s 2023 goals") or a
     * year it is joined to ("2022 and 2023", "2022-2023").
     */
    static boolean yearCueBefore(String text, int at) {
        if (at >= 4 && text.regionMatches(true, at - 4, "mid-", 0, 4) && (at == 4 || !Character.isLetter(text.charAt(at - 5)))) {
            return true;
        }
        int end = at;
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        if (end > 0 && (text.charAt(end - 1) == '-' || text.charAt(end - 1) == '–')) {
            return yearEndsAt(text, skipSpaces(text, end - 1));
        }
        if (end == at) return false;
        int start = wordStart(text, end);
        if (start == end) return false;
        String word = text.substring(start, end).toLowerCase(Locale.ROOT);
        if (YEAR_CUES.contains(word)) return true;
        if (word.equals("s")) return start >= 2 && (text.charAt(start - 1) == '\'' || text.charAt(start - 1) == '’')
                && Character.isLetter(text.charAt(start - 2));
        int before = skipSpaces(text, start);
        if (word.equals("of")) {
            int from = wordStart(text, before);
            return from < before && PART_OF_YEAR.contains(text.substring(from, before).toLowerCase(Locale.ROOT));
        }
        return YEAR_JOINS.contains(word) && yearEndsAt(text, before);
    }

    private static int skipSpaces(String text, int end) {
        while (end > 0 && Character.isWhitespace(text.charAt(end - 1))) end--;
        return end;
    }

    private static int wordStart(String text, int end) {
        int start = end;
        while (start > 0 && Character.isLetter(text.charAt(start - 1))) start--;
        return start;
    }

    /** Whether a year (18xx to 20xx, standing alone) ends at {@code end}. */
    private static boolean yearEndsAt(String text, int end) {
        int start = end - 4;
        if (start < 0 || (start > 0 && Character.isLetterOrDigit(text.charAt(start - 1)))) return false;
        for (int i = start; i < end; i++) {
            if (!Character.isDigit(text.charAt(i))) return false;
        }
        int year = Integer.parseInt(text, start, end, 10);
        return year >= 1800 && year <= 2099;
    }
}
