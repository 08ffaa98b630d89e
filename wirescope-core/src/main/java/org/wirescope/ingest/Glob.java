package org.wirescope.ingest;

import java.util.regex.Pattern;

/**
 * A shell-style glob over {@code /}-separated relative paths: {@code *} and {@code ?} stay within one
 * directory, {@code **} crosses directories, {@code **}{@code /} also matches no directory at all (so
 * {@code **}{@code /*.jsonl} finds top-level files too, as in a shell with globstar), {@code [abc]},
 * {@code [!abc]} and {@code {a,b}} as usual.
 */
final class Glob {

    private static final String SPECIAL = "*?[{";

    private final Pattern regex;
    private final boolean crossesDirectories;
    private final int depth;

    private Glob(Pattern regex, boolean crossesDirectories, int depth) {
        this.regex = regex;
        this.crossesDirectories = crossesDirectories;
        this.depth = depth;
    }

    static boolean isPattern(String text) {
        return text.chars().anyMatch(c -> SPECIAL.indexOf(c) >= 0);
    }

    static Glob compile(String glob) {
        StringBuilder out = new StringBuilder();
        int braces = 0;
        for (int i = 0; i < glob.length(); i++) {
            char c = glob.charAt(i);
            switch (c) {
                case '*' -> {
                    if (glob.startsWith("**/", i)) {
                        out.append("(?:.*/)?");
                        i += 2;
                    } else if (glob.startsWith("**", i)) {
                        out.append(".*");
                        i += 1;
                    } else {
                        out.append("[^/]*");
                    }
                }
                case '?' -> out.append("[^/]");
                case '[' -> i = appendCharacterClass(glob, i, out);
                case '{' -> {
                    braces++;
                    out.append("(?:");
                }
                case '}' -> {
                    if (braces > 0) {
                        braces--;
                        out.append(')');
                    } else {
                        out.append("\\}");
                    }
                }
                case ',' -> out.append(braces > 0 ? "|" : ",");
                default -> out.append(Pattern.quote(String.valueOf(c)));
            }
        }
        if (braces > 0) throw new IllegalArgumentException("glob has an unclosed '{': " + glob);
        boolean crosses = glob.contains("**");
        int depth = (int) glob.chars().filter(c -> c == '/').count() + 1;
        return new Glob(Pattern.compile(out.toString()), crosses, depth);
    }

    /** Appends {@code [...]} starting at {@code open} and returns the index of its closing bracket. */
    private static int appendCharacterClass(String glob, int open, StringBuilder out) {
        int close = glob.indexOf(']', open + 2);
        if (close < 0) {
            out.append("\\[");
            return open;
        }
        String body = glob.substring(open + 1, close);
        boolean negated = body.startsWith("!") || body.startsWith("^");
        if (negated) body = body.substring(1);
        out.append(negated ? "[^/" : "[");
        for (char c : body.toCharArray()) {
            if (c == '\\' || c == '[' || c == ']' || c == '&' || c == '^') out.append('\\');
            out.append(c);
        }
        out.append(']');
        return close;
    }

    boolean matches(String relativePath) {
        return regex.matcher(relativePath).matches();
    }

    /** How many directory levels below the base a match can lie; unbounded for {@code **}. */
    int maxDepth() {
        return crossesDirectories ? Integer.MAX_VALUE : depth;
    }
}
