package org.wirescope.clean;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirescope.model.Caption;

/**
 * Repairs one article's worth of scraped lines: finds the title, folds the repeated
 * headline-and-caption block into one copy, drops page-control residue where its position shows
 * it is debris, lifts captions and their credits out of the body, and groups the body into
 * paragraphs (blank-line or single-line separated, hard-wrapped lines rejoined).
 */
final class ScrapeRepair {

    /** How far into an article a repeated headline still counts as a scraped copy of the head. */
    private static final int HEAD_WINDOW = 8;
    /** Body lines at least this long are dropped when they repeat an earlier line verbatim. */
    private static final int MIN_DUPLICATE_CHARS = 25;

    private ScrapeRepair() {
    }

    /**
     * @param blocks the article's blocks, in order
     * @param givenTitle a title the input stated (JSONL); then the first line is a title only if it repeats it
     */
    static Draft repair(List<Block> blocks, Optional<String> givenTitle) {
        List<Line> lines = new ArrayList<>();
        List<Integer> blockOf = new ArrayList<>();
        for (int b = 0; b < blocks.size(); b++) {
            for (Line l : blocks.get(b).lines()) {
                lines.add(l);
                blockOf.add(b);
            }
        }
        String title;
        String titleKey;
        int next;
        if (givenTitle.isPresent()) {
            title = givenTitle.get().strip();
            titleKey = Texts.fold(title);
            next = !lines.isEmpty() && lines.get(0).key().equals(titleKey) ? 1 : 0;
        } else if (!lines.isEmpty() && isTitleLine(blocks.get(0))) {
            title = lines.get(0).text();
            titleKey = lines.get(0).key();
            next = 1;
        } else {
            title = "";
            titleKey = "\u0000";
            next = 0;
        }

        int headEnd = headEnd(lines, blockOf, next, titleKey);
        List<Caption> captions = new ArrayList<>();
        Set<String> captionKeys = new HashSet<>();
        List<String> byline = new ArrayList<>();
        List<String> headLines = new ArrayList<>();
        for (int i = next; i < headEnd; i++) {
            String text = lines.get(i).text();
            String key = lines.get(i).key();
            if (key.equals(titleKey) || LineKinds.isResidue(text)) continue;
            List<String> names = LineKinds.bylineNames(text);
            if (names != null) {
                addAllNew(byline, names);
                continue;
            }
            Optional<String> credit = Credits.creditLine(text);
            if (credit.isPresent()) {
                attachCredit(captions, credit.get());
                continue;
            }
            if (DateLines.isDateLine(text)) {
                headLines.add(text);
                continue;
            }
            Caption caption = Credits.caption(text);
            if (captionKeys.add(Texts.fold(caption.text()))) captions.add(caption);
            headLines.add(text);
        }

        List<List<Line>> paragraphs = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        List<Line> paragraph = new ArrayList<>();
        int paragraphBlock = -1;
        for (int i = headEnd; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            String key = line.key();
            boolean debris = key.equals(titleKey) || LineKinds.isResidue(text)
                    || captionKeys.contains(key)
                    || Credits.hasTrailingCredit(text) && captionKeys.contains(Texts.fold(Credits.caption(text).text()))
                    || (text.length() >= MIN_DUPLICATE_CHARS && !seen.add(key));
            if (debris) continue;
            if (paragraphs.isEmpty() && paragraph.isEmpty() && byline.isEmpty()) {
                List<String> names = LineKinds.bylineNames(text);
                if (names != null) {
                    byline.addAll(names);
                    continue;
                }
            }
            // before the first paragraph a credited line is a caption, as it is in the head: the
            // body then never starts with one, and cleaning the output again keeps it the same
            boolean beforeBody = paragraphs.isEmpty() && paragraph.isEmpty();
            if (isStrongCaption(text) || beforeBody && Credits.hasTrailingCredit(text)) {
                Caption caption = Credits.caption(text);
                if (captionKeys.add(Texts.fold(caption.text()))) captions.add(caption);
                continue;
            }
            boolean join = !paragraph.isEmpty() && blockOf.get(i) == paragraphBlock
                    && wrapsInto(paragraph.get(paragraph.size() - 1), line);
            if (!join && !paragraph.isEmpty()) {
                paragraphs.add(paragraph);
                paragraph = new ArrayList<>();
            }
            paragraph.add(line);
            paragraphBlock = blockOf.get(i);
        }
        if (!paragraph.isEmpty()) paragraphs.add(paragraph);
        return new Draft(title, captions, byline, headLines, paragraphs);
    }

    private static boolean isTitleLine(Block first) {
        String text = first.first().text();
        if (LineKinds.isHeadlineLike(text)) return true;
        // a short first line standing alone, as in "headline, blank line, body"
        return first.singleLine() && text.length() <= 220 && Texts.wordCount(text) <= 30
                && !Credits.hasTrailingCredit(text) && !LineKinds.isResidue(text);
    }

    /**
     * The index of the first body line. With a repeated headline the head runs through the last
     * repeat and the caption lines copied after it; otherwise through leading caption, credit,
     * byline, date and residue lines.
     */
    private static int headEnd(List<Line> lines, List<Integer> blockOf, int from, String titleKey) {
        int lastRepeat = -1;
        int limitBlock = from < lines.size() ? blockOf.get(from) + HEAD_WINDOW : 0;
        for (int i = from; i < lines.size() && blockOf.get(i) <= limitBlock; i++) {
            if (lines.get(i).key().equals(titleKey)) lastRepeat = i;
        }
        Set<String> headKeys = new HashSet<>();
        int i = from;
        if (lastRepeat >= 0) {
            for (; i <= lastRepeat; i++) headKeys.add(lines.get(i).key());
        }
        for (; i < lines.size(); i++) {
            Line line = lines.get(i);
            String text = line.text();
            boolean head = headKeys.contains(line.key()) || LineKinds.isResidue(text)
                    || Credits.hasTrailingCredit(text) || Credits.creditLine(text).isPresent()
                    || DateLines.isDateLine(text) || (LineKinds.bylineNames(text) != null && i - from < 4);
            if (!head) break;
        }
        return i;
    }

    /** A body line that is surely a photo caption: its credit says "photo", "images" or "via". */
    private static boolean isStrongCaption(String text) {
        if (!Credits.hasTrailingCredit(text)) return false;
        String lower = Texts.lower(text.substring(Math.max(0, text.lastIndexOf('('))));
        return lower.contains("photo") || lower.contains("images") || lower.contains(" via ");
    }

    /** Whether {@code next} continues {@code previous} as a hard-wrapped line of the same paragraph. */
    private static boolean wrapsInto(Line previous, Line next) {
        String p = previous.text();
        if (Texts.endsSentence(p) || p.endsWith(":")) return false;
        char first = next.text().charAt(0);
        if (Character.isLowerCase(first)) return true;
        return p.length() >= 55 && Texts.wordCount(p) >= 8;
    }

    private static void attachCredit(List<Caption> captions, String credit) {
        if (captions.isEmpty()) return;
        Caption last = captions.get(captions.size() - 1);
        if (last.credit().isEmpty()) {
            captions.set(captions.size() - 1, new Caption(last.text(), Optional.of(credit)));
        }
    }

    private static void addAllNew(List<String> into, List<String> names) {
        for (String n : names) {
            if (!into.contains(n)) into.add(n);
        }
    }
}
