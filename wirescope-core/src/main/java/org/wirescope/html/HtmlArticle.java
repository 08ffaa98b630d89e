package org.wirescope.html;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wirescope.model.Caption;

/**
 * What {@link HtmlExtractor} finds in one web page.
 *
 * @param title the headline, or empty when the page names none
 * @param paragraphs the main content, one entry per heading, paragraph, list item or quotation, in page order
 * @param byline author names, without "By"
 * @param published the publication date or timestamp as the page states it
 * @param publishedHow where {@code published} came from: {@code json-ld}, {@code meta}, {@code time}, {@code url} or {@code none}
 * @param captions photo captions of figures inside the main content, with their credits
 * @param language the page's declared language as a lower-case primary subtag ({@code en}), if declared
 */
public record HtmlArticle(
        String title,
        List<String> paragraphs,
        List<String> byline,
        Optional<String> published,
        String publishedHow,
        List<Caption> captions,
        Optional<String> language) {

    public HtmlArticle {
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(publishedHow, "publishedHow");
        Objects.requireNonNull(language, "language");
        paragraphs = List.copyOf(paragraphs);
        byline = List.copyOf(byline);
        captions = List.copyOf(captions);
    }

    /** The calendar date of {@link #published()}, when it can be read as one. */
    public Optional<LocalDate> publishedDate() {
        return published.flatMap(PageDates::parse);
    }

    /** The paragraphs joined by a blank line. */
    public String text() {
        return String.join("\n\n", paragraphs);
    }
}
