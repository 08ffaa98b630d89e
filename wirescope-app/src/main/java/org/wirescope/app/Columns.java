package org.wirescope.app;

import java.util.ArrayList;
import java.util.List;

/** Aligns rows of cells into columns two spaces apart, each as wide as its widest cell (in code points). */
final class Columns {

    private Columns() {
    }

    /**
     * One line per row; column {@code i} is right-aligned when {@code rightAligned[i]}, else
     * left-aligned. Trailing spaces are dropped.
     */
    static List<String> align(List<String[]> rows, boolean... rightAligned) {
        int[] width = new int[rightAligned.length];
        for (String[] row : rows) {
            for (int i = 0; i < row.length; i++) width[i] = Math.max(width[i], length(row[i]));
        }
        List<String> lines = new ArrayList<>(rows.size());
        for (String[] row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length; i++) {
                if (i > 0) line.append("  ");
                String padding = " ".repeat(width[i] - length(row[i]));
                line.append(rightAligned[i] ? padding + row[i] : row[i] + padding);
            }
            lines.add(line.toString().stripTrailing());
        }
        return lines;
    }

    private static int length(String s) {
        return s.codePointCount(0, s.length());
    }
}
