package org.wirescope.clean;

import java.util.ArrayList;
import java.util.List;

/** A run of non-blank lines, with the number of blank lines that preceded it. */
record Block(List<Line> lines, int blankBefore) {

    Block {
        lines = List.copyOf(lines);
    }

    Line first() {
        return lines.get(0);
    }

    boolean singleLine() {
        return lines.size() == 1;
    }

    static List<Block> of(List<Line> lines) {
        List<Block> blocks = new ArrayList<>();
        List<Line> current = new ArrayList<>();
        int blanks = 0;
        int blanksBeforeCurrent = 0;
        for (Line line : lines) {
            if (line.blank()) {
                if (!current.isEmpty()) {
                    blocks.add(new Block(current, blanksBeforeCurrent));
                    current = new ArrayList<>();
                    blanks = 0;
                }
                blanks++;
            } else {
                if (current.isEmpty()) blanksBeforeCurrent = blocks.isEmpty() ? 0 : blanks;
                current.add(line);
            }
        }
        if (!current.isEmpty()) blocks.add(new Block(current, blanksBeforeCurrent));
        return blocks;
    }
}
