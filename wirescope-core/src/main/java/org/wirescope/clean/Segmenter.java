package org.wirescope.clean;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Splits the blocks of a scrape into articles. A new article starts at a one-line, headline-like
 * block once the current article has body text, when either the blank gap before it is wider than
 * the file's usual paragraph gap, or the same headline is repeated a few blocks later, after
 * something else (scrapers copy the headline-and-caption block twice).
 */
final class Segmenter {

    private static final int REPEAT_WINDOW = 6;

    private Segmenter() {
    }

    static List<List<Block>> split(List<Block> blocks) {
        List<List<Block>> segments = new ArrayList<>();
        if (blocks.isEmpty()) return segments;
        int gapThreshold = Math.max(2, typicalGap(blocks) + 1);
        List<Block> current = new ArrayList<>();
        current.add(blocks.get(0));
        String titleKey = titleKey(blocks.get(0));
        boolean hasBody = blocks.get(0).lines().stream().skip(1).anyMatch(Segmenter::isBodyLine);
        for (int b = 1; b < blocks.size(); b++) {
            Block block = blocks.get(b);
            if (hasBody && startsArticle(blocks, b, gapThreshold, titleKey)) {
                segments.add(current);
                current = new ArrayList<>();
                titleKey = titleKey(block);
                hasBody = false;
            } else if (block.lines().stream().anyMatch(Segmenter::isBodyLine)) {
                hasBody = true;
            }
            current.add(block);
        }
        segments.add(current);
        return segments;
    }

    private static boolean startsArticle(List<Block> blocks, int b, int gapThreshold, String titleKey) {
        Block block = blocks.get(b);
        if (!block.singleLine() || !LineKinds.isHeadlineLike(block.first().text())) return false;
        String key = block.first().key();
        if (key.equals(titleKey)) return false;
        if (block.blankBefore() >= gapThreshold) return true;
        // The copy must come after at least one other block (a caption, a "TT" or a date): the
        // same line twice in a row is one block's lines that cleaning set apart as paragraphs,
        // and cleaning its output again must not cut the article there.
        for (int j = b + 2; j < blocks.size() && j <= b + REPEAT_WINDOW; j++) {
            if (blocks.get(j).first().key().equals(key)) return true;
        }
        return false;
    }

    private static String titleKey(Block block) {
        String first = block.first().text();
        return LineKinds.isHeadlineLike(first) ? block.first().key() : "";
    }

    /** A line of running prose: a sentence of some length that is not a photo caption. */
    static boolean isBodyLine(Line line) {
        String t = line.text();
        return Texts.wordCount(t) >= 6 && !Credits.hasTrailingCredit(t) && !LineKinds.isResidue(t);
    }

    private static int typicalGap(List<Block> blocks) {
        if (blocks.size() < 3) return 1;
        int[] gaps = new int[blocks.size() - 1];
        for (int i = 1; i < blocks.size(); i++) gaps[i - 1] = blocks.get(i).blankBefore();
        Arrays.sort(gaps);
        return gaps[gaps.length / 2];
    }
}
