package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Article;
import org.wirescope.model.Caption;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.Record;
import org.wirescope.model.Source;
import org.wirescope.model.Span;

class ArticleViewTest {

    @Test
    void laysOutTitleDateSourceCaptionsAndNumberedParagraphs() {
        String text = "Lamps were lit along the Kessmoor quay on Friday.\n\nThe mayor said the lamps would stay on.";
        Article a = new Article("a-00aa11bb22cc33dd", Source.of("file:///in/lamps.txt#2", Source.Format.TEXT),
                "Quay lamps return", Published.on(LocalDate.of(2030, 11, 8), "dateline", "KESSMOOR, Nov. 8, 2030"),
                Optional.of("en"), List.of(), List.of(new Caption("Lamps on the quay.", Optional.of("Ola Brenn / Example Wire"))),
                text, List.of(new Span(0, 49), new Span(51, text.length())), OffsetMap.identity(text.length()));

        List<String> lines = ArticleView.lines(Record.of(a));

        assertThat(lines.get(0)).isEqualTo("Quay lamps return");
        assertThat(lines).contains(
                "published  2030-11-08 (dateline): \u201CKESSMOOR, Nov. 8, 2030\u201D",
                "source     file:///in/lamps.txt#2 (text)",
                "  1. Lamps on the quay.",
                "     credit: Ola Brenn / Example Wire",
                "Text (2 paragraphs)",
                " [1] Lamps were lit along the Kessmoor quay on Friday.",
                " [2] The mayor said the lamps would stay on.");
    }

    @Test
    void showsTheFetchTimeTheUpperBoundAndTheStoryOfACrawledCopy() {
        String text = "Lamps were lit along the Kessmoor quay on Friday.";
        Source crawled = new Source("file:///in/crawl.warc#0", Source.Format.HTML, Optional.of("https://news.example/lamps"),
                Optional.empty(), Optional.of(Instant.parse("2030-11-08T20:00:00Z")));
        Article a = new Article("a-00aa11bb22cc33dd", crawled, "Quay lamps return",
                Published.notAfter(LocalDate.of(2030, 11, 9), "fetched", "WARC-Date 2030-11-08T20:00:00Z"), Optional.of("en"),
                List.of(), List.of(), text, List.of(new Span(0, text.length())), OffsetMap.identity(text.length()));
        Record copy = new Record(a, List.of(), List.of(), List.of(), List.of(), Optional.empty(), Optional.of("a-99ff88ee77dd66cc"));

        assertThat(ArticleView.lines(copy)).contains(
                "published  not after 2030-11-09 (fetched): \u201CWARC-Date 2030-11-08T20:00:00Z\u201D",
                "url        https://news.example/lamps",
                "fetched    2030-11-08T20:00:00Z",
                "story of   a-99ff88ee77dd66cc");
        assertThat(ArticleView.lines(new Record(a, List.of(), List.of(), List.of(), List.of(), Optional.empty(),
                Optional.of(a.id())))).noneMatch(line -> line.startsWith("story of"));
    }

    @Test
    void saysUnknownWhenThereIsNoDate() {
        assertThat(ArticleView.published(Published.UNKNOWN)).isEqualTo("unknown");
    }

    @Test
    void wrapsLongParagraphsUnderTheirNumber() {
        String para = "word ".repeat(60).strip();
        List<String> lines = ArticleView.wrap(para, " [1] ", "     ");
        assertThat(lines).hasSizeGreaterThan(2).allSatisfy(l -> assertThat(l.length()).isLessThanOrEqualTo(ArticleView.WIDTH + 5));
        assertThat(lines.get(1)).startsWith("     word");
        assertThat(String.join(" ", lines).replaceAll("\\s+", " ").strip()).isEqualTo("[1] " + para);
    }
}
