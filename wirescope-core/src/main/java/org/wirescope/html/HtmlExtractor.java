package org.wirescope.html;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;
import org.wirescope.model.Caption;

/**
 * Main-content extraction from one web page.
 *
 * <ol>
 *   <li>What the page declares: JSON-LD article objects ({@code headline}, {@code articleBody},
 *       {@code author}, {@code datePublished}), meta tags ({@code og:title}, {@code article:published_time},
 *       {@code author}, …), {@code <time datetime>}, a date in the URL; see {@link PageMeta}.</li>
 *   <li>The body with furniture left out (scripts, navigation, headers, footers, asides, forms, hidden
 *       elements, and elements whose class or id names menus, sharing, related links, comments, cookie
 *       banners, advertising, sidebars and the like), scored block by block; the best container and
 *       those of its siblings that score close to it or share its class are written out as paragraphs.
 *       When that leaves almost nothing, the pass is repeated leaving out furniture by tag only.</li>
 *   <li>A JSON-LD {@code articleBody} replaces the page text when it is substantial and not much
 *       shorter than it (a teaser of a paywalled page is not preferred).</li>
 * </ol>
 *
 * <p>Limits: pages over {@value #MAX_CHARS} characters, with more than {@code maxElements} elements in
 * the body, or taking longer than the time budget fail with {@link HtmlExtractionException} naming the
 * limit; nothing is truncated silently. The parser (jsoup) and every walk here are iterative, so deep
 * nesting costs time, not stack. Stateless and thread-safe.
 *
 * <pre>{@code
 * HtmlArticle article = HtmlExtractor.create().extract(html, Optional.of("https://example.org/story"));
 * }</pre>
 */
public final class HtmlExtractor {

    /** Largest page accepted, in characters. */
    public static final int MAX_CHARS = 16 * 1024 * 1024;

    private static final int SUBSTANTIAL = 250;

    private final int maxElements;
    private final Duration maxTime;

    private HtmlExtractor(int maxElements, Duration maxTime) {
        this.maxElements = maxElements;
        this.maxTime = maxTime;
    }

    /** An extractor with a budget of 100,000 elements and 2 seconds a page. */
    public static HtmlExtractor create() {
        return withBudget(100_000, Duration.ofSeconds(2));
    }

    public static HtmlExtractor withBudget(int maxElements, Duration maxTime) {
        if (maxElements <= 0) throw new IllegalArgumentException("maxElements must be > 0, was " + maxElements);
        if (maxTime.isNegative() || maxTime.isZero()) throw new IllegalArgumentException("maxTime must be > 0, was " + maxTime);
        return new HtmlExtractor(maxElements, maxTime);
    }

    /**
     * @param url the page's address, used to resolve nothing but a date written in its path
     * @throws HtmlExtractionException when the page exceeds a limit
     */
    public HtmlArticle extract(String html, Optional<String> url) {
        Objects.requireNonNull(html, "html");
        Objects.requireNonNull(url, "url");
        if (html.length() > MAX_CHARS) {
            throw new HtmlExtractionException("page has " + html.length() + " characters, over the limit of " + MAX_CHARS);
        }
        Budget budget = new Budget(maxElements, maxTime.toMillis());
        Document page = Jsoup.parse(html, url.orElse(""), Parser.htmlParser());
        budget.time();
        return extract(page, url, budget);
    }

    /** Extracts from a page jsoup has already parsed (which this does not modify). */
    public HtmlArticle extract(Document page, Optional<String> url) {
        return extract(page, url, new Budget(maxElements, maxTime.toMillis()));
    }

    private HtmlArticle extract(Document page, Optional<String> url, Budget budget) {
        List<String> paragraphs = new ArrayList<>();
        List<Caption> captions = new ArrayList<>();
        Element body = page.body();
        HeadScan scan = HeadScan.outside(page, body, budget);
        if (body != null) {
            body(ContentScores.strict(body, budget, scan), budget, paragraphs, captions);
            if (length(paragraphs) < SUBSTANTIAL) {
                List<String> again = new ArrayList<>();
                List<Caption> againCaptions = new ArrayList<>();
                body(ContentScores.lenient(body, budget), budget, again, againCaptions);
                if (length(again) > 2 * Math.max(length(paragraphs), 50)) {
                    paragraphs = again;
                    captions = againCaptions;
                }
            }
        }
        PageMeta meta = PageMeta.of(page, url, scan);
        Optional<List<String>> declared = meta.articleBody().map(HtmlExtractor::bodyParagraphs);
        if (declared.isPresent()) {
            int declaredLength = length(declared.get());
            if (declaredLength >= SUBSTANTIAL && declaredLength >= 0.6 * length(paragraphs) || paragraphs.isEmpty()) {
                paragraphs = declared.get();
            }
        }
        return new HtmlArticle(meta.title(), paragraphs, meta.authors(), meta.published(), meta.publishedHow(), captions,
                meta.language());
    }

    private static void body(ContentScores scores, Budget budget, List<String> paragraphs, List<Caption> captions) {
        if (scores.count == 0) return;
        int best = scores.widen(scores.best());
        List<Integer> roots = best < 0 ? List.of(0) : Siblings.of(scores, best);
        List<Element> chosen = new ArrayList<>();
        for (int root : roots) {
            chosen.add(scores.elements[root]);
            Paragraphs.write(root, scores, budget, paragraphs);
        }
        List<Element> inside = new ArrayList<>();
        for (int f = 0; f < scores.figures.size(); f++) {
            Element figure = scores.figures.get(f);
            if (!scores.dead[scores.figureParents[f]] && within(figure, chosen)) inside.add(figure);
        }
        captions.addAll(Figures.of(inside));
    }

    private static boolean within(Element e, List<Element> roots) {
        for (Element p = e.parent(); p != null; p = p.parent()) {
            for (Element root : roots) if (p == root) return true;
        }
        return false;
    }

    private static List<String> bodyParagraphs(String articleBody) {
        String text = articleBody.contains("</") || articleBody.contains("<p") ? Jsoup.parse(articleBody).wholeText() : articleBody;
        List<String> out = new ArrayList<>();
        for (int start = 0, end; start <= text.length(); start = end + 1) {
            end = text.indexOf('\n', start);
            if (end < 0) end = text.length();
            String p = Whitespace.normalise(text.substring(start, end));
            if (!p.isEmpty()) out.add(p);
        }
        return out;
    }

    private static int length(List<String> paragraphs) {
        int n = 0;
        for (String p : paragraphs) n += p.length();
        return n;
    }
}
