package org.wirescope.nlp;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirescope.model.Article;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.Source;
import org.wirescope.model.Span;

/** Clean articles made straight from a body text (paragraphs separated by a blank line). */
final class TestArticles {

    private TestArticles() {
    }

    static Article of(String text) {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        while (start <= text.length()) {
            int gap = text.indexOf("\n\n", start);
            int end = gap < 0 ? text.length() : gap;
            if (end > start) paragraphs.add(Span.of(start, end));
            if (gap < 0) break;
            start = gap + 2;
        }
        return new Article("test-" + Integer.toHexString(text.hashCode()), Source.of("test:article", Source.Format.TEXT),
                "", Published.UNKNOWN, Optional.of("en"), List.of(), List.of(), text, paragraphs,
                OffsetMap.identity(text.length()));
    }
}
