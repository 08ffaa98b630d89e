package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirescope.store.ArticleSummary;

class ArticleTableTest {

    private static ArticleSummary summary(String id, String title, Optional<LocalDate> date, Optional<LocalDate> bound, int paras) {
        return new ArticleSummary(id, title, date, bound, date.isPresent() ? "dateline" : "none", paras, 1, 0, 0, "file:///x.txt");
    }

    @Test
    void alignsColumnsUnderTheirHeadings() {
        List<String> rows = ArticleTable.rows(List.of(
                summary("a-1111111111111111", "Short", Optional.of(LocalDate.of(2030, 1, 2)), Optional.empty(), 3),
                summary("a-2222222222222222", "A somewhat longer headline", Optional.empty(), Optional.empty(), 12)));
        assertThat(rows).hasSize(3);
        int title = rows.get(0).indexOf("TITLE");
        int paras = rows.get(0).indexOf("PARAS");
        assertThat(rows.get(1).indexOf("Short")).isEqualTo(title);
        assertThat(rows.get(2).indexOf("A somewhat")).isEqualTo(title);
        assertThat(rows.get(1).substring(paras, paras + 5)).isEqualTo("    3");
        assertThat(rows.get(2).substring(paras, paras + 5)).isEqualTo("   12");
        assertThat(rows.get(2)).contains("  -  ");
    }

    @Test
    void truncatesLongTitlesWithAnEllipsis() {
        String t = ArticleTable.truncate("Harbour " + "very ".repeat(30) + "long", ArticleTable.TITLE_WIDTH);
        assertThat(t).hasSize(ArticleTable.TITLE_WIDTH).endsWith("…");
        assertThat(ArticleTable.truncate("Line\nbreaks  collapse", 60)).isEqualTo("Line breaks collapse");
    }

    @Test
    void marksALowerBoundWithGreaterOrEqual() {
        assertThat(ArticleTable.published(Optional.empty(), Optional.of(LocalDate.of(2031, 3, 3)))).isEqualTo("≥2031-03-03");
        assertThat(ArticleTable.published(Optional.empty(), Optional.empty())).isEqualTo("-");
    }
}
