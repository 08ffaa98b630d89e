package org.wirescope.actors.gazetteer;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;

/**
 * One gazetteer file: tab-separated rows after a first comment line that names the table
 * ({@code # countries: code<TAB>name…}). Other lines starting with {@code #} and blank lines are
 * skipped; missing trailing cells read as empty.
 */
record TsvTable(Table table, String source, List<Row> rows) {

    TsvTable {
        Objects.requireNonNull(table, "table");
        Objects.requireNonNull(source, "source");
        rows = List.copyOf(rows);
    }

    /** One data row; cells are trimmed. */
    record Row(String source, int line, List<String> cells) {

        Row {
            cells = List.copyOf(cells);
        }

        String cell(int i) {
            return i < cells.size() ? cells.get(i) : "";
        }

        /** The cell split on {@code |}, items trimmed, empty items dropped. */
        List<String> list(int i) {
            String c = cell(i);
            if (c.isEmpty()) {
                return List.of();
            }
            return Arrays.stream(c.split("\\|")).map(String::trim).filter(s -> !s.isEmpty()).toList();
        }

        String where() {
            return source + ":" + line;
        }

        IllegalArgumentException error(String message) {
            return new IllegalArgumentException(where() + ": " + message);
        }
    }

    /** Reads a whole table from {@code reader}, which is not closed. */
    static TsvTable read(Reader reader, String source) {
        Objects.requireNonNull(reader, "reader");
        BufferedReader in = reader instanceof BufferedReader b ? b : new BufferedReader(reader);
        Table table = null;
        List<Row> rows = new ArrayList<>();
        int lineNo = 0;
        try {
            String line;
            while ((line = in.readLine()) != null) {
                lineNo++;
                if (lineNo == 1 && !line.isEmpty() && line.charAt(0) == '\uFEFF') {
                    line = line.substring(1);
                }
                if (line.isBlank()) {
                    continue;
                }
                if (table == null) {
                    table = header(line, source, lineNo);
                    continue;
                }
                if (line.startsWith("#")) {
                    continue;
                }
                List<String> cells = Arrays.stream(line.split("\t", -1)).map(String::trim).toList();
                Row row = new Row(source, lineNo, cells);
                if (cells.size() > table.columns()) {
                    throw row.error(table.label() + " rows have " + table.columns() + " tab-separated columns, this one has " + cells.size());
                }
                rows.add(row);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read gazetteer table " + source, e);
        }
        if (table == null) {
            throw new IllegalArgumentException(source + ": empty gazetteer table; the first line must name it, e.g. '# countries: …'");
        }
        return new TsvTable(table, source, rows);
    }

    private static Table header(String line, String source, int lineNo) {
        String where = source + ":" + lineNo;
        if (!line.startsWith("#")) {
            throw new IllegalArgumentException(where + ": the first line must be a comment naming the table, e.g. '# countries: …'");
        }
        String body = line.substring(1);
        int colon = body.indexOf(':');
        String label = colon < 0 ? body : body.substring(0, colon);
        return Table.named(label).orElseThrow(() -> new IllegalArgumentException(
                where + ": unknown gazetteer table '" + label.trim() + "'; expected one of countries, context_forms, regions, places, "
                        + "organizations, groups, media, media_heads, sectors, people"));
    }
}
