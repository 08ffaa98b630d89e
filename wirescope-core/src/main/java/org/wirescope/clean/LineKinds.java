package org.wirescope.clean;

import java.util.Set;
import java.util.regex.Pattern;

/** Classifies single lines of a scrape: headline, page-control residue, byline, bare date line. */
final class LineKinds {

    private LineKinds() {
    }

    /** Page-control words that scrapers pick up from share bars, font toggles and ad slots. */
    private static final Set<String> CONTROL_PHRASES = Set.of(
            "share", "share this", "share this article", "tweet", "print", "email", "e-mail", "comments",
            "comment", "advertisement", "advertising", "sponsored", "read more", "read next", "close", "copy link",
            "link copied", "follow", "follow us", "subscribe", "listen", "listen to this article", "save",
            "bookmark", "font size", "text size", "a a", "a+ a-", "a- a+", "aa", "whatsapp", "facebook",
            "twitter", "linkedin", "telegram", "reddit", "more", "menu", "search", "home", "back to top",
            "skip to content", "skip advertisement", "show more", "load more", "related", "related articles",
            "top stories", "trending", "most read", "next article", "previous article", "view comments");

    /** Longer lines are never page-control debris (the longest control phrase is shorter). */
    private static final int MAX_RESIDUE_CHARS = 32;
    private static final Pattern SHORT_TOKEN = Pattern.compile("[\\p{L}\\p{N}+\\-|•·/]{1,4}");
    private static final Pattern COUNTER = Pattern.compile("\\d{1,6}( (comments?|shares?|views?))?", Pattern.CASE_INSENSITIVE);
    private static final Pattern BYLINE = Pattern.compile(
            "(?i)by\\s+(\\p{Lu}[\\p{L}.'\\-]+(?:\\s+\\p{Lu}[\\p{L}.'\\-]+){0,3}"
            + "(?:\\s*(?:,|and|&)\\s*\\p{Lu}[\\p{L}.'\\-]+(?:\\s+\\p{Lu}[\\p{L}.'\\-]+){0,3})*)"
            + "(?:\\s*[,|/\\-–—]\\s*[\\p{L} .]{2,40})?");

    /** Page-control debris: a share-bar word, a font toggle such as {@code TT}, a bare counter. */
    static boolean isResidue(String text) {
        String t = text.strip();
        if (t.isEmpty() || t.length() > MAX_RESIDUE_CHARS) return false;
        String folded = Texts.fold(t);
        if (CONTROL_PHRASES.contains(folded)) return true;
        if (COUNTER.matcher(t).matches()) return true;
        // one or two very short tokens with no sentence in them ("TT", "A A", "20", "|")
        String[] tokens = t.split("\\s+");
        if (tokens.length <= 2) {
            for (String tok : tokens) {
                if (!SHORT_TOKEN.matcher(tok).matches()) return false;
            }
            return true;
        }
        return false;
    }

    /** A line that can be a headline: two words or more (of letters or digits), short, no closing full stop, starts like a title. */
    static boolean isHeadlineLike(String text) {
        if (text.isEmpty() || text.length() > 220 || isResidue(text)) return false;
        int words = Texts.wordCount(text);
        if (Texts.realWordCount(text) < 2 || words > 25) return false;
        char first = text.charAt(0);
        if (!(Character.isUpperCase(first) || Character.isDigit(first) || "\"'\u201C\u2018".indexOf(first) >= 0)) {
            return false;
        }
        char last = Texts.stripClosers(text).isEmpty() ? '.' : lastChar(Texts.stripClosers(text));
        if (last == '.' || last == ',' || last == ';' || last == ':') return false;
        return !Credits.hasTrailingCredit(text);
    }

    private static char lastChar(String s) {
        return s.charAt(s.length() - 1);
    }

    /** The author names of a byline line ("By Jane Roe and John Doe"), or null. */
    static java.util.List<String> bylineNames(String text) {
        if (text.length() > 120) return null;
        var m = BYLINE.matcher(text.strip());
        if (!m.matches()) return null;
        java.util.List<String> names = new java.util.ArrayList<>();
        for (String part : m.group(1).split("\\s*(?:,|\\band\\b|&)\\s*")) {
            if (!part.isBlank()) names.add(part.strip());
        }
        return names.isEmpty() ? null : names;
    }
}
