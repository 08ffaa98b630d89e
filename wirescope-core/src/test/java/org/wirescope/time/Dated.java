package org.wirescope.time;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.wirescope.model.Article;
import org.wirescope.model.ArticleIds;
import org.wirescope.model.DateMention;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.Source;
import org.wirescope.model.Span;

/** Builds one-paragraph articles with a chosen anchor, and reads back what the stage made of them. */
final class Dated {

    static final TimeStage TIME = TimeStage.create();

    private Dated() {
    }

    static Article article(String text, Published published) {
        return new Article(ArticleIds.of("t", text), Source.of("test:article", Source.Format.TEXT), "t", published,
                Optional.of("en"), List.of(), List.of(), text, List.of(Span.of(0, text.length())), OffsetMap.identity(text.length()));
    }

    static Published on(String isoDate) {
        return Published.on(LocalDate.parse(isoDate), "given", isoDate);
    }

    static Published notBefore(String isoDate) {
        return Published.notBefore(LocalDate.parse(isoDate), "bound", isoDate);
    }

    static List<DateMention> mentions(String text, Published published) {
        return TIME.resolve(article(text, published));
    }

    /** Each mention as {@code "text=value"}, for compact assertions. */
    static List<String> read(String text, Published published) {
        return mentions(text, published).stream().map(m -> m.mention().text() + "=" + m.value()).toList();
    }
}
