package org.wirescope.store.search;

import java.io.IOException;
import java.text.BreakIterator;
import java.util.Arrays;
import java.util.Locale;
import java.util.Map;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.search.IndexSearcher;
import org.apache.lucene.search.Query;
import org.apache.lucene.search.uhighlight.LengthGoalBreakIterator;
import org.apache.lucene.search.uhighlight.UnifiedHighlighter;

/**
 * Cuts the snippet of each hit: the passages of its text (else of its captions) that hold the words
 * the query matched, marked; the text's first passage when the query matched elsewhere.
 */
final class Snippets {

    private static final String[] FIELDS = {IndexFields.TEXT, IndexFields.CAPTION};
    private static final int PASSAGES = 2;
    private static final int PASSAGE_LENGTH = 160;
    /** Cloned for each use (a break iterator holds its text): cloning is much cheaper than building one. */
    private static final BreakIterator SENTENCES = BreakIterator.getSentenceInstance(Locale.ROOT);

    private Snippets() {
    }

    static String[] of(IndexSearcher searcher, Analyzer analyzer, Query query, int[] docs) throws IOException {
        UnifiedHighlighter highlighter = UnifiedHighlighter.builder(searcher, analyzer)
                .withFormatter(new MarkFormatter())
                .withFieldMatcher(IndexFields.TEXT_FIELDS::contains)
                .withBreakIterator(() -> LengthGoalBreakIterator.createClosestToLength(
                        (BreakIterator) SENTENCES.clone(), PASSAGE_LENGTH, 0.5f))
                .withMaxNoHighlightPassages(1)
                .withWeightMatches(false)
                .build();
        int[] passages = new int[FIELDS.length];
        Arrays.fill(passages, PASSAGES);
        Map<String, String[]> byField = highlighter.highlightFields(FIELDS, query, docs, passages);
        String[] text = byField.get(IndexFields.TEXT);
        String[] captions = byField.get(IndexFields.CAPTION);
        String[] snippets = new String[docs.length];
        for (int i = 0; i < docs.length; i++) {
            if (marked(text[i]) || !marked(captions[i])) {
                snippets[i] = text[i] == null ? "" : text[i];
            } else {
                snippets[i] = captions[i];
            }
        }
        return snippets;
    }

    private static boolean marked(String snippet) {
        return snippet != null && snippet.contains("<mark>");
    }
}
