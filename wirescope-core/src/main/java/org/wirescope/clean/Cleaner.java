package org.wirescope.clean;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.wirescope.config.Limits;
import org.wirescope.model.Article;
import org.wirescope.model.ArticleIds;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;
import org.wirescope.model.Span;

/**
 * The clean stage: turns one raw document into clean articles. A plain-text scrape may hold
 * several articles; each comes out with its title, captions and credits, byline, publication date
 * with provenance, and a body of paragraphs joined by blank lines whose offsets map back to the
 * raw input. An HTML page ({@link Source.Format#HTML}) gives one article through
 * {@link org.wirescope.html.HtmlExtractor}; see {@link HtmlArticles}. Stateless and thread-safe.
 *
 * <pre>{@code
 * Cleaner cleaner = Cleaner.create(Limits.DEFAULTS);
 * for (Article a : cleaner.clean(RawDocument.of(Source.of("file:story.txt", Source.Format.TEXT), text))) {
 *     System.out.println(a.title() + " — " + a.paragraphs().size() + " paragraphs");
 * }
 * }</pre>
 */
public final class Cleaner {

    static final String PARAGRAPH_SEPARATOR = "\n\n";

    private final Limits limits;

    private Cleaner(Limits limits) {
        this.limits = limits;
    }

    public static Cleaner create(Limits limits) {
        return new Cleaner(Objects.requireNonNull(limits, "limits"));
    }

    /**
     * @return the articles of {@code document}, in input order; never empty
     * @throws RejectedInputException when no article can be made of it, with the reason
     */
    public List<Article> clean(RawDocument document) throws RejectedInputException {
        Objects.requireNonNull(document, "document");
        if (document.source().format() == Source.Format.HTML) return List.of(HtmlArticles.clean(document));
        String raw = document.text();
        List<Line> lines = Texts.lines(raw);
        for (Line line : lines) {
            if (line.end() - line.start() > limits.maxLineChars()) {
                throw new RejectedInputException("line " + line.number() + " is longer than the "
                        + limits.maxLineChars() + "-character line limit (--max-line-chars)");
            }
        }
        List<Block> blocks = Block.of(lines);
        if (blocks.isEmpty()) throw new RejectedInputException("no text");

        boolean structured = document.given().title().isPresent() || document.source().format() == Source.Format.JSONL;
        List<List<Block>> segments = structured ? List.of(blocks) : Segmenter.split(blocks);
        if (segments.size() > limits.maxArticlesPerFile()) {
            throw new RejectedInputException("holds " + segments.size() + " articles, over the limit of "
                    + limits.maxArticlesPerFile() + " per file (--max-articles-per-file)");
        }
        List<Article> articles = new ArrayList<>();
        for (int i = 0; i < segments.size(); i++) {
            Draft draft = ScrapeRepair.repair(segments.get(i), document.given().title());
            if (draft.paragraphs().isEmpty()) continue;
            Source source = segments.size() > 1 ? document.source().part(i + 1) : document.source();
            articles.add(assemble(draft, source, document, raw));
        }
        if (articles.isEmpty()) throw new RejectedInputException("no article body found (only headline, caption or page-control lines)");
        return articles;
    }

    private static Article assemble(Draft draft, Source source, RawDocument document, String raw) {
        StringBuilder text = new StringBuilder();
        List<Span> paragraphs = new ArrayList<>();
        OffsetMap.Builder map = new OffsetMap.Builder();
        List<String> lead = new ArrayList<>();
        for (List<Line> paragraph : draft.paragraphs()) {
            if (text.length() > 0) {
                text.append(PARAGRAPH_SEPARATOR);
                map.inserted(PARAGRAPH_SEPARATOR.length());
            }
            int start = text.length();
            for (int j = 0; j < paragraph.size(); j++) {
                Line line = paragraph.get(j);
                if (j > 0) {
                    text.append(' ');
                    map.inserted(1);
                }
                text.append(raw, line.start(), line.end());
                map.copied(line.start(), line.end() - line.start());
            }
            paragraphs.add(Span.of(start, text.length()));
            if (lead.size() < 3) lead.add(text.substring(start));
        }
        String body = text.toString();
        String title = draft.title();
        Optional<String> language = document.given().language().or(() -> LanguageGuesser.guess(title + "\n" + body));
        return new Article(
                ArticleIds.of(title, body),
                source,
                title,
                PublicationDater.date(document.given().published(), draft.headLines(), draft.captions(), lead),
                language,
                draft.byline(),
                draft.captions(),
                body,
                paragraphs,
                map.build());
    }
}
