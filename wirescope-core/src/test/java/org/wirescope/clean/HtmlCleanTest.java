package org.wirescope.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.config.Limits;
import org.wirescope.model.Article;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;

class HtmlCleanTest {

    private static final String P1 = "The city council of Marrow Bay voted on Monday to rebuild the old library, "
            + "after a campaign by residents that lasted, its organisers said, for more than six years.";
    private static final String P2 = "Work is due to start in the spring, and the council said the building would reopen "
            + "in two years, with a reading room, a café and a local history archive.";

    private static List<Article> clean(String html) throws RejectedInputException {
        return Cleaner.create(Limits.DEFAULTS).clean(RawDocument.of(Source.of("file:page.html", Source.Format.HTML), html));
    }

    @Test
    void cleansAnHtmlPageIntoOneArticleWithParagraphsTitleDateAndByline() throws Exception {
        List<Article> articles = clean("""
                <html lang="en"><head><title>Library to be rebuilt | Bay News</title>
                <meta property="og:title" content="Library to be rebuilt">
                <meta property="article:published_time" content="2024-06-03T09:30:00Z">
                <meta name="author" content="Mira Holt"></head>
                <body><nav><a href="/">Home</a></nav><article><h1>Library to be rebuilt</h1><p>%s</p><p>%s</p>
                <figure><img src="l.jpg"><figcaption>The old library. (Photo by Jon Vale)</figcaption></figure></article>
                </body></html>""".formatted(P1, P2));

        assertThat(articles).singleElement().satisfies(a -> {
            assertThat(a.title()).isEqualTo("Library to be rebuilt");
            assertThat(a.text()).endsWith(P1 + "\n\n" + P2);
            assertThat(a.paragraph(a.paragraphs().size() - 1)).isEqualTo(P2);
            assertThat(a.published().date()).contains(LocalDate.of(2024, 6, 3));
            assertThat(a.published().how()).isEqualTo("meta");
            assertThat(a.byline()).containsExactly("Mira Holt");
            assertThat(a.language()).contains("en");
            assertThat(a.captions()).singleElement().satisfies(c -> assertThat(c.credit()).contains("Jon Vale"));
            assertThat(a.rawOffset(10)).as("identity map over the clean text").isEqualTo(10);
        });
    }

    @Test
    void rejectsAPageWithoutArticleText() {
        assertThatThrownBy(() -> clean("<html><body><script>render()</script></body></html>"))
                .isInstanceOf(RejectedInputException.class)
                .hasMessageContaining("no article body");
    }
}
