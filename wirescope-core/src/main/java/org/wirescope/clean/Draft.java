package org.wirescope.clean;

import java.util.List;
import org.wirescope.model.Caption;

/**
 * An article as scrape repair leaves it, before its text is assembled: the title line, captions,
 * byline, head lines that may carry a date, and body paragraphs as lists of raw lines to join.
 */
record Draft(String title, List<Caption> captions, List<String> byline, List<String> headLines,
             List<List<Line>> paragraphs) {

    Draft {
        captions = List.copyOf(captions);
        byline = List.copyOf(byline);
        headLines = List.copyOf(headLines);
        paragraphs = List.copyOf(paragraphs);
    }
}
