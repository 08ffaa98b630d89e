package org.wirescope.html;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Caption;

class HtmlExtractorTest {

    private static final String STORY_1 = "The harbour authority of Port Selwyn said on Tuesday that the northern quay would close "
            + "for repairs, after inspectors found cracks in the concrete, and that ferries would dock at the southern pier.";
    private static final String STORY_2 = "Local traders, who depend on the morning ferry, said the closure would cost them customers, "
            + "although the authority promised that the work would be finished before the summer season.";
    private static final String STORY_3 = "Engineers expect the repairs to take eleven weeks, the authority said, and the cost will be "
            + "shared between the port and the regional government.";

    private final HtmlExtractor extractor = HtmlExtractor.create();

    private HtmlArticle extract(String html) {
        return extractor.extract(html, Optional.empty());
    }

    @Test
    void keepsTheArticleAndDropsNavigationSharingRelatedCommentsAndCookieBanner() {
        HtmlArticle a = extract("""
                <html><head><title>Quay closes | Selwyn Post</title></head><body>
                <div class="cookie-banner">We use cookies to improve your experience. Accept all cookies?</div>
                <nav><a href="/">Home</a> <a href="/news">News</a> <a href="/sport">Sport</a></nav>
                <div id="main-menu"><ul><li><a href="/a">Politics</a></li><li><a href="/b">Business</a></li></ul></div>
                <div class="story">
                  <h1>Northern quay to close for repairs</h1>
                  <div class="share-tools">Share on Facebook, share on X, email this story.</div>
                  <p>%s</p><p>%s</p><p>%s</p>
                </div>
                <div class="related-stories"><h3>Related</h3><p>Ferry fares rise again, passengers say, and complain loudly about it.</p></div>
                <section id="comments"><p>Comment by Sam: this is a disgrace, I have said so for years, really.</p></section>
                <footer>© Selwyn Post. All rights reserved.</footer>
                </body></html>""".formatted(STORY_1, STORY_2, STORY_3));

        assertThat(a.title()).isEqualTo("Northern quay to close for repairs");
        assertThat(a.paragraphs()).contains(STORY_1, STORY_2, STORY_3);
        assertThat(a.text()).doesNotContain("cookies", "Facebook", "Politics", "Ferry fares", "disgrace", "rights reserved", "Home");
    }

    @Test
    void prefersTheJsonLdArticleBodyAndReadsHeadlineAuthorAndDate() {
        HtmlArticle a = extract("""
                <html><head><script type="application/ld+json">
                {"@context":"https://schema.org","@graph":[{"@type":"WebSite","name":"Selwyn Post"},
                 {"@type":"NewsArticle","headline":"Quay closes","datePublished":"2024-03-05T08:00:00Z",
                  "author":[{"@type":"Person","name":"Ana Ruiz"},{"@type":"Person","name":"Tom Obi"}],
                  "articleBody":"%s\\n%s"}]}
                </script></head><body><div><p>Subscribe now for only one dollar a week, and read everything we publish online.</p>
                <p>Teaser text of the page, which is short.</p></div></body></html>""".formatted(STORY_1, STORY_2));

        assertThat(a.paragraphs()).containsExactly(STORY_1, STORY_2);
        assertThat(a.title()).isEqualTo("Quay closes");
        assertThat(a.byline()).containsExactly("Ana Ruiz", "Tom Obi");
        assertThat(a.published()).contains("2024-03-05T08:00:00Z");
        assertThat(a.publishedHow()).isEqualTo("json-ld");
        assertThat(a.publishedDate()).contains(LocalDate.of(2024, 3, 5));
    }

    @Test
    void readsTitleDateAuthorAndLanguageFromMetaTags() {
        HtmlArticle a = extract("""
                <html lang="en-GB"><head><title>Quay closes for repairs - Selwyn Post</title>
                <meta property="og:title" content="Quay closes for repairs">
                <meta property="article:published_time" content="2023-11-30T17:45:00+01:00">
                <meta name="author" content="Ana Ruiz">
                </head><body><article><p>%s</p><p>%s</p></article></body></html>""".formatted(STORY_1, STORY_2));

        assertThat(a.title()).isEqualTo("Quay closes for repairs");
        assertThat(a.publishedDate()).contains(LocalDate.of(2023, 11, 30));
        assertThat(a.publishedHow()).isEqualTo("meta");
        assertThat(a.byline()).containsExactly("Ana Ruiz");
        assertThat(a.language()).contains("en");
    }

    @Test
    void takesTheDateFromATimeElementWhenNothingElseStatesIt() {
        HtmlArticle a = extract("""
                <html><body><article><h1>Quay closes</h1><p class="by">By Tom Obi</p>
                <time datetime="2022-07-14">14 July 2022</time><p>%s</p><p>%s</p></article></body></html>"""
                .formatted(STORY_1, STORY_2));

        assertThat(a.publishedHow()).isEqualTo("time");
        assertThat(a.publishedDate()).contains(LocalDate.of(2022, 7, 14));
    }

    @Test
    void takesADateFromTheUrlAsALastResort() {
        HtmlArticle a = extractor.extract("<html><body><article><p>" + STORY_1 + "</p></article></body></html>",
                Optional.of("https://selwyn.example/news/2021/02/09/quay-closes/"));

        assertThat(a.publishedHow()).isEqualTo("url");
        assertThat(a.publishedDate()).contains(LocalDate.of(2021, 2, 9));
    }

    @Test
    void readsAVisibleDateInAnElementMarkedAsOneAsADatelineButNotAnUpdate() {
        HtmlArticle a = extract("""
                <html><body><article><h1>Quay closes</h1><span class="post-date">Updated March 9, 2023</span>
                <span class="entry-date">Posted on March 4, 2023</span><p>%s</p><p>%s</p></article></body></html>"""
                .formatted(STORY_1, STORY_2));

        assertThat(a.publishedHow()).isEqualTo("dateline");
        assertThat(a.publishedDate()).contains(LocalDate.of(2023, 3, 4));
        assertThat(a.published()).as("the words as they stand, the contract's evidence").contains("Posted on March 4, 2023");
        assertThat(extract(("<html><body><article><p class=\"date-modified\">March 9, 2023</p><p>%s</p><p>%s</p>"
                + "<span class=\"comment-date\">March 12, 2023</span></article></body></html>")
                .formatted(STORY_1, STORY_2)).publishedHow()).isEqualTo("none");
    }

    @Test
    void readsJsonLdAuthorsWithEntitiesDecodedAndNoTemplatePlaceholders() {
        HtmlArticle a = extract("""
                <html><head><script type="application/ld+json">{"@type": "NewsArticle", "headline": "Quay closes",
                "author": [{"@type": "Person", "name": "Ana Ruiz &amp; Tom Obi"}, {"@type": "Person", "name": "Author"}]}</script>
                </head><body><article><p>%s</p><p>%s</p></article></body></html>""".formatted(STORY_1, STORY_2));

        assertThat(a.byline()).containsExactly("Ana Ruiz & Tom Obi");
    }

    @Test
    void turnsFiguresIntoCaptionsWithTheirCredits() {
        HtmlArticle a = extract("""
                <html><body><article><p>%s</p>
                <figure><img src="q.jpg"><figcaption>Cracks in the northern quay. <span class="credit">Lena Berg / Port Photo</span></figcaption></figure>
                <p>%s</p>
                <figure><img src="f.jpg"><figcaption>A ferry at the southern pier (Photo: Ivo Marr)</figcaption></figure>
                <p>%s</p></article></body></html>""".formatted(STORY_1, STORY_2, STORY_3));

        assertThat(a.captions()).containsExactly(
                new Caption("Cracks in the northern quay.", Optional.of("Lena Berg / Port Photo")),
                new Caption("A ferry at the southern pier", Optional.of("Ivo Marr")));
        assertThat(a.text()).doesNotContain("Cracks in the northern quay");
    }

    @Test
    void keepsHeadingsListItemsAndQuotationsOfTheArticle() {
        HtmlArticle a = extract("""
                <html><body><div class="post-body"><p>%s</p><h2>What changes for passengers</h2>
                <ul><li>Ferries dock at the southern pier until the summer.</li><li>Timetables stay as they are.</li></ul>
                <blockquote>We will finish on time, the harbour master said.</blockquote><p>%s</p></div></body></html>"""
                .formatted(STORY_1, STORY_2));

        assertThat(a.paragraphs()).containsExactly(STORY_1, "What changes for passengers",
                "Ferries dock at the southern pier until the summer.", "Timetables stay as they are.",
                "We will finish on time, the harbour master said.", STORY_2);
    }

    @Test
    void extractsFromTenThousandLevelsOfNestingWithinTheTimeBudget() {
        String html = "<html><body>" + "<div>".repeat(10_000) + "<p>" + STORY_1 + "</p>" + "</div>".repeat(10_000) + "</body></html>";

        long start = System.nanoTime();
        HtmlArticle a = extract(html);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(a.paragraphs()).containsExactly(STORY_1);
    }

    @Test
    void returnsNoParagraphsForAScriptOnlyPageWithinTheTimeBudget() {
        String html = "<html><head><script>var x = 1;</script></head><body>"
                + "<script>document.write('hello world, this is all generated by script');</script>".repeat(2000)
                + "</body></html>";

        long start = System.nanoTime();
        HtmlArticle a = extract(html);

        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
        assertThat(a.paragraphs()).isEmpty();
    }

    @Test
    void failsNamingTheLimitWhenAPageHasMoreElementsThanItsBudget() {
        HtmlExtractor small = HtmlExtractor.withBudget(500, Duration.ofSeconds(2));
        String html = "<html><body>" + "<p>word</p>".repeat(1000) + "</body></html>";

        assertThatThrownBy(() -> small.extract(html, Optional.empty()))
                .isInstanceOf(HtmlExtractionException.class)
                .hasMessageContaining("more than 500 elements");
    }

    @Test
    void failsNamingTheLimitWhenAPageIsLargerThanTheCharacterLimit() {
        String html = "<p>" + "x".repeat(HtmlExtractor.MAX_CHARS) + "</p>";

        assertThatThrownBy(() -> extract(html))
                .isInstanceOf(HtmlExtractionException.class)
                .hasMessageContaining("over the limit of " + HtmlExtractor.MAX_CHARS);
    }

    @Test
    void rejectsAFiftyMegabytePageNamingTheLimitWithinTheTimeBudget() {
        String paragraph = "<p>" + STORY_1 + "</p>\n";
        String html = "<html><body><article>" + paragraph.repeat(50 * 1024 * 1024 / paragraph.length()) + "</article></body></html>";

        long start = System.nanoTime();
        assertThatThrownBy(() -> extract(html))
                .isInstanceOf(HtmlExtractionException.class)
                .hasMessageContaining("page has " + html.length() + " characters, over the limit of " + HtmlExtractor.MAX_CHARS);
        assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(2));
    }

    @Test
    void readsTheTextOfAPageWhoseDeclaredCharsetIsWrong() {
        HtmlArticle a = extract("<html><head><meta charset=\"windows-1251\"></head><body><article><p>Café owners in Zürich"
                + " said, on Monday, that the new rules would hurt trade — and they would appeal.</p></article></body></html>");

        assertThat(a.paragraphs()).containsExactly(
                "Café owners in Zürich said, on Monday, that the new rules would hurt trade — and they would appeal.");
    }

    @Test
    void dropsATeaserArticleBodyWhenThePageHoldsMuchMoreText() {
        HtmlArticle a = extract("""
                <html><head><script type="application/ld+json">{"@type":"NewsArticle","articleBody":"Short teaser only."}</script>
                </head><body><article><p>%s</p><p>%s</p></article></body></html>""".formatted(STORY_1, STORY_2));

        assertThat(a.paragraphs()).containsExactly(STORY_1, STORY_2);
    }
}
