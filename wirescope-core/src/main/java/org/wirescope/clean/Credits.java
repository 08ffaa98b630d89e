package org.wirescope.clean;

import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.wirescope.model.Caption;

/**
 * Photo credits at the end of caption lines: {@code (Photo by KCNA VIA KNS / AFP)} gives
 * {@code KCNA VIA KNS / AFP}, {@code (AFP)} gives {@code AFP}, {@code (AP Photo/Jane Roe)} is kept whole.
 * A parenthesis only counts as a credit when it reads like one (an agency, "Photo", "Images", a slash),
 * so "(IRGC)" at the end of a sentence is not mistaken for a caption.
 */
final class Credits {

    private Credits() {
    }

    private static final Pattern TRAILING_PAREN = Pattern.compile("\\s*\\(([^()]{1,120})\\)\\s*[.,;]?\\s*$");
    private static final Pattern LABELLED = Pattern.compile(
            "(?i)^(?:photo(?:graph)?s?|image|picture|file photo|credit|photo credit|pictured)\\s*(?:by|:|-)\\s*(.+)$");
    private static final Set<String> AGENCIES = Set.of(
            "afp", "ap", "reuters", "epa", "epa-efe", "efe", "getty", "getty images", "xinhua", "yonhap", "kcna",
            "ansa", "dpa", "anadolu", "anadolu agency", "bloomberg", "shutterstock", "alamy", "pa", "pa images",
            "pa media", "wana", "sputnik", "tass", "upi", "nurphoto", "sopa images", "zuma", "zuma press", "aa",
            "kyodo", "jiji", "bernama", "antara", "irna", "isna", "tasnim", "fars", "mehr", "imago", "picture alliance",
            "abaca", "sipa", "ians", "pti", "ani", "handout", "pool", "file", "courtesy", "supplied", "istock");

    /** True when the line ends in a parenthesised credit. */
    static boolean hasTrailingCredit(String line) {
        if (!endsWithParenthesis(line)) return false;
        Matcher m = TRAILING_PAREN.matcher(line);
        return m.find(Math.max(0, line.lastIndexOf('(') - 8)) && isCredit(m.group(1)) && m.start() > 0;
    }

    /** A cheap test before the regular expression: the line ends in ")" give or take a full stop. */
    private static boolean endsWithParenthesis(String line) {
        int e = line.length() - 1;
        while (e >= 0 && (Character.isWhitespace(line.charAt(e)) || line.charAt(e) == '.' || line.charAt(e) == ','
                || line.charAt(e) == ';')) {
            e--;
        }
        return e > 0 && line.charAt(e) == ')';
    }

    /** A caption from a caption line: the credit, if any, moved out of the text. */
    static Caption caption(String line) {
        Matcher m = TRAILING_PAREN.matcher(line);
        if (endsWithParenthesis(line) && m.find(Math.max(0, line.lastIndexOf('(') - 8)) && m.start() > 0 && isCredit(m.group(1))) {
            String text = line.substring(0, m.start()).strip();
            return new Caption(text, Optional.of(creditOf(m.group(1))));
        }
        return new Caption(line.strip(), Optional.empty());
    }

    /** A standalone credit line ("Photo: Jane Roe / Example Wire"), or empty. */
    static Optional<String> creditLine(String line) {
        Matcher m = LABELLED.matcher(line.strip());
        if (m.matches() && m.group(1).length() <= 80 && Texts.wordCount(m.group(1)) <= 10) {
            return Optional.of(m.group(1).strip());
        }
        return Optional.empty();
    }

    static String creditOf(String inside) {
        String s = inside.strip();
        Matcher m = LABELLED.matcher(s);
        return m.matches() ? m.group(1).strip() : s;
    }

    static boolean isCredit(String inside) {
        String s = inside.strip();
        if (s.isEmpty() || Texts.wordCount(s) > 10) return false;
        String lower = Texts.lower(s);
        if (LABELLED.matcher(s).matches()) return true;
        if (lower.contains("photo") || lower.contains("images") || lower.contains(" via ") || lower.contains("handout")) {
            return true;
        }
        for (String part : lower.split("\\s*[/,|;]\\s*")) {
            if (AGENCIES.contains(part.strip())) return true;
        }
        return false;
    }
}
