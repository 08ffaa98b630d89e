package org.wirescope.store.search;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class HighlightingTest {

    @TempDir
    Path dir;

    private SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(dir.resolve("index"));
        index.addNew(Dispatches.all());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void marksTheMatchedWordsInTheSnippet() throws IOException {
        String snippet = snippet("harbour", SearchKind.QUOTE);

        assertThat(snippet).isEqualTo("We will close the <mark>harbour</mark> to French boats,");
    }

    @Test
    void marksEveryWordOfAPhraseAndOfSeveralClauses() throws IOException {
        String snippet = snippet("\"port director\" OR Radio", SearchKind.ARTICLE);

        assertThat(snippet).contains("<mark>port director</mark>", "<mark>Radio</mark>");
    }

    @Test
    void escapesMarkupInTheTextAndMarksOnlyTheMatch() throws IOException {
        String snippet = snippet("timetable", SearchKind.ARTICLE);

        assertThat(snippet).isEqualTo("Vandals posted &lt;script&gt;alert(&#39;ferry&#39;)&lt;/script&gt; and "
                + "&lt;img src=x onerror=alert(2)&gt; on the ferry <mark>timetable</mark> page &amp; left.");
    }

    @Test
    void neverLetsATagThroughOtherThanMark() throws IOException {
        for (String query : List.of("script", "alert", "ferry", "onerror", "img", "timetable page", "\"src x\"")) {
            String snippet = snippet(query, SearchKind.ARTICLE);
            String withoutMarks = snippet.replace("<mark>", "").replace("</mark>", "");

            assertThat(withoutMarks).as(query).doesNotContain("<", ">", "\"", "'");
        }
    }

    @Test
    void marksAWordInsideEscapedMarkupWithoutBreakingTheEscape() throws IOException {
        assertThat(snippet("script", SearchKind.ARTICLE))
                .contains("&lt;<mark>script</mark>&gt;alert(&#39;ferry&#39;)&lt;/<mark>script</mark>&gt;");
    }

    @Test
    void takesTheSnippetFromACaptionWhenOnlyTheCaptionMatches() throws IOException {
        assertThat(snippet("screenshot", SearchKind.ARTICLE)).isEqualTo("<mark>Screenshot</mark> of &lt;b&gt;the&lt;/b&gt; page");
    }

    @Test
    void startsWithTheTextWhenTheQueryMatchedOnlyOtherFields() throws IOException {
        String snippet = snippet("speaker:Drouet", SearchKind.QUOTE);

        assertThat(snippet).isEqualTo("la France voulait parler avec la Norv\u00e8ge");
    }

    @Test
    void marksActorNamesInTheText() throws IOException {
        assertThat(snippet("actor:Marren", SearchKind.ARTICLE)).contains("<mark>Marren</mark>");
    }

    @Test
    void doesNotMarkWordsThatOnlyMatchKeywordFields() throws IOException {
        String snippet = snippet("kind:article AND language:en AND port", SearchKind.ARTICLE);

        assertThat(snippet).doesNotContain("<mark>en</mark>", "<mark>article</mark>").contains("<mark>port</mark>");
    }

    @Test
    void cutsLongTextsToPassagesAroundTheMatchWithEllipses() throws IOException {
        String filler = "The tide came in and went out again without anyone noticing the change. ".repeat(20);
        index.addNew(List.of(Dispatches.record("Long log", null, "en", filler + "A seal climbed the jetty. " + filler,
                List.of(), List.of(), List.of(), List.of())));

        String snippet = snippet("seal", SearchKind.ARTICLE);

        assertThat(snippet).contains("<mark>seal</mark>").startsWith("\u2026 ").endsWith(" \u2026");
        assertThat(snippet.length()).isLessThan(600);
    }

    private String snippet(String query, SearchKind kind) throws IOException {
        SearchPage page = index.search(new SearchRequest(query, Set.of(kind), 10, null));
        assertThat(page.hits()).as(query).isNotEmpty();
        return page.hits().get(0).snippet();
    }
}
