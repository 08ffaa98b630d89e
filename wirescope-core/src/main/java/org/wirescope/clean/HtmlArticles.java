package org.wirescope.clean;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirescope.html.HtmlArticle;
import org.wirescope.html.HtmlExtractionException;
import org.wirescope.html.HtmlExtractor;
import org.wirescope.model.Article;
import org.wirescope.model.ArticleIds;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Span;

/**
 * The article of an HTML page: its main content, title, byline, captions, publication date (how:
 * {@code json-ld}, {@code meta}, {@code time} or {@code url}) and language as {@link HtmlExtractor} finds them.
 * A page that states no date but was fetched by a crawler (WARC) gets the fetch day as an upper bound
 * ({@code not_after}, how {@code fetched}).
 *
 * <p>The article's offset map is the identity over its clean text: offsets into markup say nothing
 * a reader could use (the text of a paragraph is assembled from many text nodes, entities decoded),
 * so {@link Article#rawOffset(int)} of an HTML article points into the clean text, not the page.
 */
final class HtmlArticles {

    private static final HtmlExtractor EXTRACTOR = HtmlExtractor.create();
    private static final ZoneOffset LATEST_OFFSET = ZoneOffset.ofHours(14);

    private HtmlArticles() {}

    /**
     * A page cannot have been published after it was fetched: the latest calendar day anywhere on Earth
     * (UTC+14) at the fetch time bounds its publication date from above.
     */
    static Published fetchedBound(Instant fetched) {
        LocalDate latestDay = fetched.atOffset(LATEST_OFFSET).toLocalDate();
        return Published.notAfter(latestDay, "fetched", "WARC-Date " + fetched);
    }

    static Article clean(RawDocument document) throws RejectedInputException {
        HtmlArticle page;
        try {
            page = EXTRACTOR.extract(document.text(), document.source().url());
        } catch (HtmlExtractionException e) {
            throw new RejectedInputException(e.getMessage());
        }
        if (page.paragraphs().isEmpty()) throw new RejectedInputException("no article body found in the HTML page");
        StringBuilder text = new StringBuilder();
        List<Span> spans = new ArrayList<>();
        for (String paragraph : page.paragraphs()) {
            if (text.length() > 0) text.append(Cleaner.PARAGRAPH_SEPARATOR);
            int start = text.length();
            text.append(paragraph);
            spans.add(Span.of(start, text.length()));
        }
        String body = text.toString();
        String title = page.title();
        Published published = document.given().published().isPresent()
                ? PublicationDater.date(document.given().published(), List.of(), List.of(), List.of())
                : page.publishedDate()
                        .map(date -> Published.on(date, page.publishedHow(), page.published().orElse(date.toString())))
                        .or(() -> document.source().fetched().map(HtmlArticles::fetchedBound))
                        .orElse(Published.UNKNOWN);
        Optional<String> language = document.given().language().or(page::language)
                .or(() -> LanguageGuesser.guess(title + "\n" + body));
        return new Article(ArticleIds.of(title, body), document.source(), title, published, language, page.byline(),
                page.captions(), body, spans, OffsetMap.identity(body.length()));
    }
}
