package org.wirescope.actors.gazetteer;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.Locale;

/**
 * A text cut into the tokens the gazetteer matches on: runs of letters and digits, and single
 * punctuation characters. Each token keeps its character offsets, its <em>shape</em> (accents folded,
 * curly apostrophes and dashes made plain, case kept) and its <em>key</em> (the shape in lower case),
 * and whether whitespace separates it from the token before. Forms and texts are tokenised the same
 * way, so "North&nbsp;&nbsp;Korea" and "North\nKorea" both match "North Korea", "U.S." matches only
 * "U.S." and "Iran's" yields the token "Iran". No form spans a paragraph break (a blank line).
 */
final class Tokens {

    private static final String[] NONE = new String[0];

    private final int size;
    private final int[] starts;
    private final int[] ends;
    private final String[] shapes;
    private final String[] keys;
    private final boolean[] spaced;
    private final boolean[] broken;

    private Tokens(int size, int[] starts, int[] ends, String[] shapes, String[] keys, boolean[] spaced, boolean[] broken) {
        this.size = size;
        this.starts = starts;
        this.ends = ends;
        this.shapes = shapes;
        this.keys = keys;
        this.spaced = spaced;
        this.broken = broken;
    }

    static Tokens of(CharSequence text) {
        int n = text.length();
        int capacity = Math.max(4, n / 4);
        int[] starts = new int[capacity];
        int[] ends = new int[capacity];
        String[] shapes = new String[capacity];
        boolean[] spaced = new boolean[capacity];
        boolean[] broken = new boolean[capacity];
        int count = 0;
        boolean gap = false;
        int newlines = 0;
        int i = 0;
        while (i < n) {
            char c = text.charAt(i);
            if (isSpace(c)) {
                gap = true;
                if (c == '\n') {
                    newlines++;
                } else if (c == '\u2029') {
                    newlines += 2;
                }
                i++;
                continue;
            }
            if (isIgnorable(c)) {
                i++;
                continue;
            }
            int j;
            String shape;
            if (isWordChar(c)) {
                j = i + 1;
                boolean plain = c < 128;
                while (j < n) {
                    char d = text.charAt(j);
                    if (isWordChar(d)) {
                        plain &= d < 128;
                        j++;
                    } else if (isIgnorable(d) && j + 1 < n && isWordChar(text.charAt(j + 1))) {
                        plain = false;
                        j++;
                    } else {
                        break;
                    }
                }
                String raw = text.subSequence(i, j).toString();
                shape = plain ? raw : foldWord(raw);
            } else {
                j = i + 1;
                if (Character.isHighSurrogate(c) && j < n && Character.isLowSurrogate(text.charAt(j))) {
                    j++;
                }
                shape = foldPunctuation(text.subSequence(i, j).toString());
            }
            if (count == starts.length) {
                int grown = count * 2;
                starts = Arrays.copyOf(starts, grown);
                ends = Arrays.copyOf(ends, grown);
                shapes = Arrays.copyOf(shapes, grown);
                spaced = Arrays.copyOf(spaced, grown);
                broken = Arrays.copyOf(broken, grown);
            }
            starts[count] = i;
            ends[count] = j;
            shapes[count] = shape;
            spaced[count] = gap && count > 0;
            broken[count] = newlines > 1 && count > 0;
            count++;
            gap = false;
            newlines = 0;
            i = j;
        }
        String[] keys = count == 0 ? NONE : new String[count];
        for (int k = 0; k < count; k++) {
            keys[k] = shapes[k].toLowerCase(Locale.ROOT);
        }
        return new Tokens(count, starts, ends, shapes, keys, spaced, broken);
    }

    int size() {
        return size;
    }

    int start(int i) {
        return starts[i];
    }

    int end(int i) {
        return ends[i];
    }

    /** The token with accents folded and case kept. */
    String shape(int i) {
        return shapes[i];
    }

    /** The shape in lower case. */
    String key(int i) {
        return keys[i];
    }

    /** Whether whitespace separates token {@code i} from token {@code i - 1}. */
    boolean spaceBefore(int i) {
        return spaced[i];
    }

    /** Whether a paragraph break (two or more line breaks) separates token {@code i} from the one before; no form spans one. */
    boolean breakBefore(int i) {
        return broken[i];
    }

    /** Shapes from {@code from} (inclusive) to {@code to} (exclusive), joined as written. */
    String shapes(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && spaced[k]) {
                sb.append(' ');
            }
            sb.append(shapes[k]);
        }
        return sb.toString();
    }

    /** Keys from {@code from} (inclusive) to {@code to} (exclusive), joined as written. */
    String keys(int from, int to) {
        StringBuilder sb = new StringBuilder();
        for (int k = from; k < to; k++) {
            if (k > from && spaced[k]) {
                sb.append(' ');
            }
            sb.append(keys[k]);
        }
        return sb.toString();
    }

    static boolean isSpace(char c) {
        return Character.isWhitespace(c) || Character.isSpaceChar(c);
    }

    private static boolean isIgnorable(char c) {
        return c == '\u00AD' || (c >= '\u200B' && c <= '\u200D') || c == '\u2060' || c == '\uFEFF';
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019' || c == '\u2018' || c == '\u02BC' || c == '\u02BB' || c == '`' || c == '\u00B4' || c == '\u2032';
    }

    private static boolean isWordChar(char c) {
        if (c < 128) {
            return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9');
        }
        if (isApostrophe(c)) {
            return false;
        }
        if (Character.isLetterOrDigit(c) || Character.isSurrogate(c)) {
            return true;
        }
        int type = Character.getType(c);
        return type == Character.NON_SPACING_MARK || type == Character.COMBINING_SPACING_MARK || type == Character.ENCLOSING_MARK;
    }

    private static String foldPunctuation(String p) {
        char c = p.charAt(0);
        if (isApostrophe(c)) {
            return "'";
        }
        if (c == '\u2010' || c == '\u2011' || c == '\u2012' || c == '\u2013' || c == '\u2212') {
            return "-";
        }
        return p;
    }

    /** Folds accents and a few letters that do not decompose; drops ignorable characters. */
    static String foldWord(String word) {
        StringBuilder sb = new StringBuilder(word.length() + 2);
        for (int k = 0; k < word.length(); k++) {
            char c = word.charAt(k);
            switch (c) {
                case 'ø' -> sb.append('o');
                case 'Ø' -> sb.append('O');
                case 'æ' -> sb.append("ae");
                case 'Æ' -> sb.append("AE");
                case 'œ' -> sb.append("oe");
                case 'Œ' -> sb.append("OE");
                case 'ß' -> sb.append("ss");
                case 'ł' -> sb.append('l');
                case 'Ł' -> sb.append('L');
                case 'đ' -> sb.append('d');
                case 'Đ' -> sb.append('D');
                case 'ı' -> sb.append('i');
                case 'þ' -> sb.append("th");
                case 'Þ' -> sb.append("Th");
                case 'ð' -> sb.append('d');
                case 'Ð' -> sb.append('D');
                default -> {
                    if (!isIgnorable(c)) {
                        sb.append(c);
                    }
                }
            }
        }
        String decomposed = Normalizer.normalize(sb, Normalizer.Form.NFD);
        StringBuilder out = new StringBuilder(decomposed.length());
        for (int k = 0; k < decomposed.length(); k++) {
            char c = decomposed.charAt(k);
            int type = Character.getType(c);
            if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK && type != Character.ENCLOSING_MARK) {
                out.append(c);
            }
        }
        return Normalizer.normalize(out, Normalizer.Form.NFC);
    }
}
