package org.wirescope.html;

import java.util.Arrays;
import java.util.Collection;

/**
 * Whether a class list or id names page furniture, read in place (no copies, no lower-casing of the
 * value): each whitespace-separated name is cut into runs of ASCII letters and digits, and a run counts
 * when it is one of the furniture words or starts with one of the furniture prefixes. Names that carry
 * layout values ({@code lg:mr-[--sidebar-width]}) or layout flags ({@code has-sidebar}, {@code page-news})
 * never count. Words and prefixes sit in one trie, so a run is read once whatever the number of words.
 * Immutable.
 */
final class FurnitureNames {

    private static final int SYMBOLS = 36;
    /** {@link #symbol} of each ASCII character; never written after class initialisation. */
    private static final byte[] SYMBOL_OF = symbols();
    private static final byte WORD = 1;
    private static final byte PREFIX = 2;
    private static final String[] FLAG_PREFIXES = {"has-", "with-", "no-", "is-", "page-", "layout", "single", "post-type",
        "template"};

    /** {@code next[node * SYMBOLS + symbol]}: the child node, 0 for none (the root is nobody's child). */
    private final int[] next;
    private final byte[] marks;

    private FurnitureNames(int[] next, byte[] marks) {
        this.next = next;
        this.marks = marks;
    }

    /** @param words and {@code prefixes} in lower case ASCII letters and digits */
    static FurnitureNames of(Collection<String> words, Collection<String> prefixes) {
        Builder b = new Builder();
        for (String w : words) b.add(w, WORD);
        for (String p : prefixes) b.add(p, PREFIX);
        return new FurnitureNames(Arrays.copyOf(b.next, b.nodes * SYMBOLS), Arrays.copyOf(b.marks, b.nodes));
    }

    boolean names(String value) {
        int n = value.length();
        int name = 0;
        int node = 0;
        boolean matching = true;
        for (int i = 0; i <= n; i++) {
            char c = i < n ? value.charAt(i) : ' ';
            int symbol = symbol(c);
            boolean found = false;
            if (symbol >= 0) {
                if (!matching) continue;
                found = (marks[node] & PREFIX) != 0;
                if (!found) {
                    node = next[node * SYMBOLS + symbol];
                    matching = node != 0;
                    continue;
                }
            } else {
                found = matching && marks[node] != 0;
            }
            if (found) {
                int end = i;
                while (end < n && !Character.isWhitespace(value.charAt(end))) end++;
                if (!layoutValueOrFlag(value, name, end)) return true;
                i = end;
                c = ' ';
            }
            node = 0;
            matching = true;
            if (Character.isWhitespace(c)) name = i + 1;
        }
        return false;
    }

    private static boolean layoutValueOrFlag(String value, int from, int to) {
        for (int i = from; i < to; i++) {
            char c = value.charAt(i);
            if (c >= 'a') continue;
            if (c == ':' || c == '[' || c == '(') return true;
            if (c == '-' && i + 6 <= to && value.regionMatches(true, i, "-with-", 0, 6)) return true;
        }
        // as regionMatches compares characters ignoring case
        char first = Character.toLowerCase(Character.toUpperCase(value.charAt(from)));
        for (String flag : FLAG_PREFIXES) {
            if (flag.charAt(0) == first && to - from >= flag.length() && value.regionMatches(true, from, flag, 0, flag.length())) {
                return true;
            }
        }
        return false;
    }

    /** 0–25 for a letter of either case, 26–35 for a digit, -1 for anything else. */
    private static int symbol(char c) {
        return c < SYMBOL_OF.length ? SYMBOL_OF[c] : -1;
    }

    private static byte[] symbols() {
        byte[] table = new byte[128];
        Arrays.fill(table, (byte) -1);
        for (char c = 'a'; c <= 'z'; c++) {
            table[c] = (byte) (c - 'a');
            table[Character.toUpperCase(c)] = (byte) (c - 'a');
        }
        for (char c = '0'; c <= '9'; c++) table[c] = (byte) (26 + c - '0');
        return table;
    }

    private static final class Builder {
        int[] next = new int[64 * SYMBOLS];
        byte[] marks = new byte[64];
        int nodes = 1;

        void add(String word, byte mark) {
            int node = 0;
            for (int i = 0; i < word.length(); i++) {
                int s = symbol(word.charAt(i));
                if (s < 0 || Character.isUpperCase(word.charAt(i))) {
                    throw new IllegalArgumentException("furniture word must be lower case letters and digits, was '" + word + "'");
                }
                int slot = node * SYMBOLS + s;
                if (next[slot] == 0) {
                    if (nodes == marks.length) {
                        marks = Arrays.copyOf(marks, nodes * 2);
                        next = Arrays.copyOf(next, nodes * 2 * SYMBOLS);
                    }
                    next[slot] = nodes++;
                }
                node = next[slot];
            }
            marks[node] |= mark;
        }
    }
}
