package org.wirescope.events.dictionary;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Line-by-line reading shared by the dictionary loaders: UTF-8 with bad bytes replaced, CR/LF and a
 * leading byte-order mark tolerated, over-long lines cut, comments stripped, and warnings collected
 * with the source name and line number. One instance reads one source.
 */
final class DictionaryText {

    /** Longer lines are cut and reported; no dictionary line in practice comes near this. */
    static final int MAX_LINE_CHARS = 10_000;
    /** At most this many warnings are kept per source; the rest are counted. */
    static final int MAX_WARNINGS = 1_000;

    /** Receives the lines of a source. */
    interface LineHandler {
        void line(int number, String text);
    }

    /** Loads a dictionary from a reader named {@code source}. */
    interface Loader<T> {
        T load(Reader reader, String source) throws IOException;
    }

    private final String source;
    private final List<DictionaryWarning> warnings = new ArrayList<>();
    private int suppressed;
    private int usable;
    private int malformed;

    DictionaryText(String source) {
        this.source = Objects.requireNonNull(source, "source");
    }

    /** Opens {@code path} and hands its reader to {@code loader}; a file that cannot be read is an IOException naming it. */
    static <T> T fromPath(Path path, String kind, Loader<T> loader) throws IOException {
        Objects.requireNonNull(path, "path");
        Reader reader;
        try {
            var decoder = StandardCharsets.UTF_8.newDecoder()
                    .onMalformedInput(CodingErrorAction.REPLACE)
                    .onUnmappableCharacter(CodingErrorAction.REPLACE);
            reader = new InputStreamReader(Files.newInputStream(path), decoder);
        } catch (IOException e) {
            throw new IOException("cannot read " + kind + " dictionary " + path + ": " + e, e);
        }
        try (reader) {
            return loader.load(reader, path.toString());
        }
    }

    String source() {
        return source;
    }

    /** Feeds every line to {@code handler}; a failing read is an IOException naming the source. */
    void read(Reader reader, LineHandler handler) throws IOException {
        Objects.requireNonNull(reader, "reader");
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        StringBuilder line = new StringBuilder(128);
        int number = 0;
        boolean cut = false;
        try {
            int c;
            while (true) {
                c = in.read();
                if (c == -1 || c == '\n') {
                    if (c == -1 && line.length() == 0 && !cut) break;
                    number++;
                    deliver(number, line, cut, handler);
                    line.setLength(0);
                    cut = false;
                    if (c == -1) break;
                } else if (line.length() < MAX_LINE_CHARS) {
                    line.append((char) c);
                } else {
                    cut = true;
                }
            }
        } catch (IOException e) {
            throw new IOException("cannot read dictionary " + source + " (at line " + (number + 1) + "): " + e, e);
        }
    }

    private void deliver(int number, StringBuilder line, boolean cut, LineHandler handler) {
        int end = line.length();
        if (end > 0 && line.charAt(end - 1) == '\r') end--;
        int start = number == 1 && end > 0 && line.charAt(0) == '\uFEFF' ? 1 : 0;
        if (cut) {
            warn(number, "line longer than " + MAX_LINE_CHARS + " characters; skipped");
            return;
        }
        handler.line(number, line.substring(start, end));
    }

    /** Records a malformed line. */
    void warn(int line, String message) {
        malformed++;
        if (warnings.size() < MAX_WARNINGS) {
            warnings.add(new DictionaryWarning(source, line, message));
        } else {
            suppressed++;
        }
    }

    /** Records that a line was understood, for the "nothing readable" check. */
    void used() {
        usable++;
    }

    /**
     * The collected warnings, closed with a count of suppressed ones.
     *
     * @throws IOException when lines were malformed and none was usable: the file is not a dictionary of this kind
     */
    List<DictionaryWarning> finish(String kind) throws IOException {
        if (usable == 0 && malformed > 0) {
            throw new IOException("no " + kind + " dictionary entry could be read from " + source
                    + " (" + malformed + " malformed lines, first: " + warnings.get(0) + ")");
        }
        List<DictionaryWarning> out = new ArrayList<>(warnings);
        out.sort(java.util.Comparator.comparingInt(DictionaryWarning::line));
        if (suppressed > 0) out.add(new DictionaryWarning(source, 0, suppressed + " more warnings not kept"));
        return List.copyOf(out);
    }

    /** The line without its comment: everything from the first {@code #} or {@code ;} on. */
    static String stripComment(String line) {
        int cut = line.length();
        int hash = line.indexOf('#');
        if (hash >= 0) cut = hash;
        int semi = line.indexOf(';');
        if (semi >= 0 && semi < cut) cut = semi;
        return line.substring(0, cut);
    }

    /** Whether the line carries nothing: blank, a comment, or an XML-style {@code <!...>} remark. */
    static boolean isIgnorable(String stripped) {
        String t = stripped.strip();
        return t.isEmpty() || t.startsWith("<!");
    }
}
