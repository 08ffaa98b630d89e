package org.wirescope.clean;

import java.util.List;
import org.wirescope.config.Limits;
import org.wirescope.model.Article;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;

/** Helpers for clean-stage tests: short made-up scrapes, cleaned. */
final class CleanFixtures {

    private CleanFixtures() {
    }

    static List<Article> clean(String raw) {
        try {
            return Cleaner.create(Limits.DEFAULTS).clean(RawDocument.of(Source.of("file:fixture.txt", Source.Format.TEXT), raw));
        } catch (RejectedInputException e) {
            throw new AssertionError("fixture rejected: " + e.getMessage(), e);
        }
    }

    static Article cleanOne(String raw) {
        List<Article> articles = clean(raw);
        if (articles.size() != 1) throw new AssertionError("expected one article, got " + articles.size());
        return articles.get(0);
    }

    static String lines(String... lines) {
        return String.join("\n", lines) + "\n";
    }
}
