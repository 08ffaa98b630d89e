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

class QueryLanguageTest {

    @TempDir
    Path dir;

    private SearchIndex index;

    @BeforeEach
    void indexTheDispatches() throws IOException {
        index = SearchIndex.open(dir.resolve("news.duckdb.index"));
        index.addNew(Dispatches.all());
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void findsArticlesQuotesAndEventsByFreeText() throws IOException {
        assertThat(hits("harbour")).containsExactlyInAnyOrder(
                "article " + Dispatches.threat().id(), "quote " + Dispatches.threat().id() + "/q1");
    }

    @Test
    void requiresEveryFreeWordSomewhereInTheDocument() throws IOException {
        assertThat(hits("ferries Calais", SearchKind.ARTICLE)).containsExactly("article " + Dispatches.threat().id());
        assertThat(hits("ferries Calais Wednesday", SearchKind.ARTICLE)).isEmpty();
    }

    @Test
    void findsAnArticleByItsTitleAndByItsCaption() throws IOException {
        assertThat(hits("title:threatens")).containsExactly("article " + Dispatches.threat().id());
        assertThat(hits("Bergen")).containsExactly("article " + Dispatches.threat().id());
        assertThat(hits("caption:screenshot")).containsExactly("article " + Dispatches.markup().id());
    }

    @Test
    void findsQuotesBySpeakerAlsoWhenTheTextNamesThemWithAPronoun() throws IOException {
        assertThat(hits("speaker:Marren")).containsExactlyInAnyOrder(
                "quote " + Dispatches.threat().id() + "/q1", "quote " + Dispatches.followUp().id() + "/q1");
        assertThat(hits("speaker:Drouet")).containsExactly("quote " + Dispatches.reply().id() + "/q1");
        assertThat(hits("speaker:il")).containsExactly("quote " + Dispatches.reply().id() + "/q1");
    }

    @Test
    void findsQuotesByTheOutletThatRelayedThem() throws IOException {
        assertThat(hits("via:\"Radio Tessel\"")).containsExactly("quote " + Dispatches.threat().id() + "/q1");
        assertThat(hits("via:tessel AND speaker:drouet")).isEmpty();
    }

    @Test
    void findsQuotesByRoleTakingTheResolvedActorsRoleWhenTheQuoteGivesNone() throws IOException {
        assertThat(hits("role:director")).containsExactlyInAnyOrder(
                "quote " + Dispatches.threat().id() + "/q1", "quote " + Dispatches.followUp().id() + "/q1");
    }

    @Test
    void findsEveryKindByActorName() throws IOException {
        String follow = Dispatches.followUp().id();
        assertThat(hits("actor:Marren")).containsExactlyInAnyOrder(
                "article " + Dispatches.threat().id(), "quote " + Dispatches.threat().id() + "/q1",
                "article " + follow, "quote " + follow + "/q1");
        assertThat(hits("actor:\"port workers\"")).containsExactly("event " + follow + "/e1");
    }

    @Test
    void findsEventsBySourceAndTargetNameOrCode() throws IOException {
        assertThat(hits("source:NORGOV")).containsExactly("event " + Dispatches.threat().id() + "/e1");
        assertThat(hits("source:france AND target:norway")).containsExactly("event " + Dispatches.reply().id() + "/e1");
    }

    @Test
    void findsByCountryOfActorsOrOfAnUnresolvedPartysCode() throws IOException {
        assertThat(hits("country:fra", SearchKind.EVENT)).containsExactlyInAnyOrder(
                "event " + Dispatches.threat().id() + "/e1", "event " + Dispatches.reply().id() + "/e1");
        assertThat(hits("country:NOR", SearchKind.QUOTE)).containsExactlyInAnyOrder(
                "quote " + Dispatches.threat().id() + "/q1", "quote " + Dispatches.followUp().id() + "/q1");
        assertThat(hits("country:NOR", SearchKind.EVENT)).contains("event " + Dispatches.followUp().id() + "/e1");
    }

    @Test
    void matchesCameoCodesByPrefix() throws IOException {
        assertThat(hits("cameo:13", SearchKind.EVENT)).containsExactly("event " + Dispatches.threat().id() + "/e1");
        assertThat(hits("cameo:138", SearchKind.EVENT)).containsExactly("event " + Dispatches.threat().id() + "/e1");
        assertThat(hits("cameo:1", SearchKind.EVENT)).hasSize(2);
        assertThat(hits("cameo:0", SearchKind.EVENT)).containsExactly("event " + Dispatches.reply().id() + "/e1");
        assertThat(hits("cameo:14")).isEmpty();
    }

    @Test
    void findsArticlesByTheCodesOfTheirEvents() throws IOException {
        assertThat(hits("cameo:19", SearchKind.ARTICLE)).containsExactly("article " + Dispatches.followUp().id());
    }

    @Test
    void matchesPloverTypeLanguageAndKindInAnyCase() throws IOException {
        assertThat(hits("plover:threaten kind:event")).containsExactly("event " + Dispatches.threat().id() + "/e1");
        assertThat(hits("language:FR kind:Quote")).containsExactly("quote " + Dispatches.reply().id() + "/q1");
    }

    @Test
    void foldsAccentsSoPlainLettersFindAccentedWords() throws IOException {
        assertThat(hits("reunion", SearchKind.ARTICLE)).containsExactly("article " + Dispatches.reply().id());
        assertThat(hits("Norv\u00e8ge", SearchKind.QUOTE)).containsExactly("quote " + Dispatches.reply().id() + "/q1");
    }

    @Test
    void publishedRangeIncludesBothEndDays() throws IOException {
        assertThat(hits("published:[2025-01-01 TO 2025-03-31]", SearchKind.ARTICLE)).containsExactlyInAnyOrder(
                "article " + Dispatches.threat().id(), "article " + Dispatches.reply().id());
    }

    @Test
    void publishedExclusiveEndsLeaveTheirDaysOut() throws IOException {
        assertThat(hits("published:{2025-01-01 TO 2025-04-01}", SearchKind.ARTICLE))
                .containsExactly("article " + Dispatches.reply().id());
    }

    @Test
    void publishedTakesMonthsYearsAndOpenEnds() throws IOException {
        assertThat(hits("published:2025-03", SearchKind.ARTICLE)).containsExactly("article " + Dispatches.reply().id());
        assertThat(hits("published:2025", SearchKind.ARTICLE)).hasSize(3);
        assertThat(hits("published:[2025-02 TO *]", SearchKind.ARTICLE)).containsExactlyInAnyOrder(
                "article " + Dispatches.reply().id(), "article " + Dispatches.followUp().id());
        assertThat(hits("published:[* TO 2025-01]", SearchKind.ARTICLE)).containsExactly("article " + Dispatches.threat().id());
    }

    @Test
    void publishedAppliesToQuotesAndEventsThroughTheirArticle() throws IOException {
        assertThat(hits("published:2025-04-01")).containsExactlyInAnyOrder(
                "article " + Dispatches.followUp().id(), "quote " + Dispatches.followUp().id() + "/q1",
                "event " + Dispatches.followUp().id() + "/e1");
    }

    @Test
    void combinesFieldsWithBooleanOperators() throws IOException {
        assertThat(hits("(speaker:marren OR speaker:drouet) -published:2025-04", SearchKind.QUOTE)).containsExactlyInAnyOrder(
                "quote " + Dispatches.threat().id() + "/q1", "quote " + Dispatches.reply().id() + "/q1");
    }

    @Test
    void blankQueryMatchesEverythingOfTheRequestedKinds() throws IOException {
        assertThat(hits(" ", SearchKind.ARTICLE)).hasSize(4);
        SearchPage all = index.search(SearchRequest.of("", 100));
        assertThat(all.total()).isEqualTo(4 + 3 + 3);
    }

    @Test
    void hitsCarryArticleTitleDateAndItemIds() throws IOException {
        SearchHit hit = index.search(new SearchRequest("cameo:036", Set.of(SearchKind.EVENT), 5, null)).hits().get(0);

        assertThat(hit.kind()).isEqualTo(SearchKind.EVENT);
        assertThat(hit.articleId()).isEqualTo(Dispatches.reply().id());
        assertThat(hit.itemId()).isEqualTo("e1");
        assertThat(hit.title()).isEqualTo("Paris propose une r\u00e9union");
        assertThat(hit.published()).hasToString("2025-03-31");
        assertThat(hit.score()).isPositive();
    }

    private List<String> hits(String query, SearchKind... kinds) throws IOException {
        SearchPage page = index.search(new SearchRequest(query, Set.of(kinds), 100, null));
        assertThat(page.total()).isEqualTo(page.hits().size());
        return page.hits().stream()
                .map(hit -> hit.kind().label() + " " + hit.articleId() + (hit.itemId() == null ? "" : "/" + hit.itemId()))
                .toList();
    }
}
