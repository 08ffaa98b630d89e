package org.wirescope.actors.gazetteer;

/**
 * A surface form compiled for matching, with its case rule.
 *
 * <p>A form written in lower case matches in any case ("troops", "Troops", "TROOPS"). A form with
 * capitals matches as written, with its first letter capitalised ("mainland China" → "Mainland
 * China"), or, if it has lower-case letters, in all capitals ("IRAN"); so "US" matches neither "us"
 * nor "Us". A leading "the" matches in any case ("The Hill", "the Hill").
 */
final class Form {

    private final String text;
    private final String[] keys;
    private final String[] shapes;
    private final boolean[] spaced;
    private final boolean caseSensitive;
    private final boolean hasLower;
    private final boolean leadingArticle;

    private Form(String text, Tokens t) {
        int n = t.size();
        this.text = text;
        this.keys = new String[n];
        this.shapes = new String[n];
        this.spaced = new boolean[n];
        for (int k = 0; k < n; k++) {
            keys[k] = t.key(k);
            shapes[k] = t.shape(k);
            spaced[k] = k > 0 && t.spaceBefore(k);
        }
        this.leadingArticle = n > 1 && keys[0].equals("the");
        boolean upper = false;
        boolean lower = false;
        for (int k = leadingArticle ? 1 : 0; k < n; k++) {
            String s = shapes[k];
            for (int c = 0; c < s.length(); c++) {
                char ch = s.charAt(c);
                upper |= Character.isUpperCase(ch);
                lower |= Character.isLowerCase(ch);
            }
        }
        this.caseSensitive = upper;
        this.hasLower = lower;
    }

    /** Compiles {@code text}; throws if it holds no token. */
    static Form of(String text) {
        Tokens t = Tokens.of(text);
        if (t.size() == 0) {
            throw new IllegalArgumentException("form must contain a word, was '" + text + "'");
        }
        return new Form(text, t);
    }

    /** The form as written in its source. */
    String text() {
        return text;
    }

    int size() {
        return keys.length;
    }

    /** The key of token {@code k}. */
    String key(int k) {
        return keys[k];
    }

    /** Whether whitespace precedes token {@code k} (never for the first). */
    boolean spaceBefore(int k) {
        return spaced[k];
    }

    boolean caseSensitive() {
        return caseSensitive;
    }

    /** The form with accents folded and spacing normalised, case kept: the identity used for conflicts. */
    String canonical() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < shapes.length; k++) {
            if (spaced[k]) {
                sb.append(' ');
            }
            sb.append(shapes[k]);
        }
        return sb.toString();
    }

    /** The canonical form in lower case. */
    String key() {
        StringBuilder sb = new StringBuilder();
        for (int k = 0; k < keys.length; k++) {
            if (spaced[k]) {
                sb.append(' ');
            }
            sb.append(keys[k]);
        }
        return sb.toString();
    }

    /**
     * Whether the tokens of {@code t} from {@code from}, whose keys are already known to equal this
     * form's keys, also satisfy its case rule.
     */
    boolean matchesCase(Tokens t, int from) {
        if (!caseSensitive) {
            return true;
        }
        int first = leadingArticle ? 1 : 0;
        if (sameShapes(t, from, first)) {
            return true;
        }
        if (first == 0 && capitalised(shapes[0]).equals(t.shape(from)) && sameShapes(t, from, 1)) {
            return true;
        }
        return hasLower && allUpper(t, from, first);
    }

    private boolean sameShapes(Tokens t, int from, int first) {
        for (int k = first; k < shapes.length; k++) {
            if (!shapes[k].equals(t.shape(from + k))) {
                return false;
            }
        }
        return true;
    }

    private boolean allUpper(Tokens t, int from, int first) {
        for (int k = first; k < shapes.length; k++) {
            String s = t.shape(from + k);
            for (int c = 0; c < s.length(); c++) {
                if (Character.isLowerCase(s.charAt(c))) {
                    return false;
                }
            }
        }
        return true;
    }

    private static String capitalised(String s) {
        if (s.isEmpty() || !Character.isLowerCase(s.charAt(0))) {
            return s;
        }
        return Character.toUpperCase(s.charAt(0)) + s.substring(1);
    }

    @Override
    public String toString() {
        return text;
    }
}
