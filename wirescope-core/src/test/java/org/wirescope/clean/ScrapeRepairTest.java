package org.wirescope.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirescope.clean.CleanFixtures.clean;
import static org.wirescope.clean.CleanFixtures.cleanOne;
import static org.wirescope.clean.CleanFixtures.lines;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.config.Limits;
import org.wirescope.model.Article;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;

class ScrapeRepairTest {

    private static final String HEADLINE = "Ferry Workers Walk Out Over Night Shifts";
    private static final String CAPTION = "Ferry workers gather at the pier in Port Alder on May 4, 2024 to protest new shift rules. (Photo by Mara Quill / Coastline Wire)";
    private static final String P1 = "Ferry workers in the town of Port Alder stopped work on Saturday, leaving hundreds of travellers on the quay.";
    private static final String P2 = "The union said talks with the operator had broken down after three weeks without progress.";
    private static final String P3 = "“We will not sail at night without a second crew,” said union steward Ilse Varga.";

    @Test
    void foldsDoubledCaptionLineIntoOneCaption() {
        Article a = cleanOne(lines(HEADLINE, "", CAPTION, CAPTION, "", P1, "", P2));
        assertThat(a.captions()).hasSize(1);
        assertThat(a.captions().get(0).text()).endsWith("to protest new shift rules.");
        assertThat(a.captions().get(0).credit()).contains("Mara Quill / Coastline Wire");
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void keepsOneCopyOfRepeatedHeadlineAndCaptionBlock() {
        Article a = cleanOne(lines(HEADLINE, "", CAPTION, CAPTION, "TT", "20", "", HEADLINE, "", CAPTION, CAPTION, "", P1, "", P2, "", P3));
        assertThat(a.title()).isEqualTo(HEADLINE);
        assertThat(a.captions()).hasSize(1);
        assertThat(a.text()).doesNotContain(HEADLINE).doesNotContain("Photo by");
        assertThat(a.text()).startsWith(P1).endsWith(P3);
    }

    @Test
    void dropsResidueLinesBetweenHeadBlocksAndParagraphs() {
        Article a = cleanOne(lines(HEADLINE, "", CAPTION, "TT", "20", "Share", "", P1, "", "A A", "", P2, "", "Advertisement", "", P3));
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.text().lines()).doesNotContain("TT", "20", "Share", "A A", "Advertisement");
    }

    @Test
    void liftsCreditedLineAfterResidueAsCaptionSoCleaningAgainChangesNothing() {
        // found by the idempotence property: the credited line sat after residue, was kept as the
        // first paragraph, and a second cleaning then read it as a head caption
        String credited = "Travellers wait on the quay in Port Alder (AFP).";
        Article a = cleanOne(lines(HEADLINE, "Share", "A A", credited, P1, "", P2));
        assertThat(a.captions()).extracting(c -> c.text()).containsExactly("Travellers wait on the quay in Port Alder");
        assertThat(a.text()).doesNotContain("(AFP)");
        Article again = cleanOne(lines(a.title(), "", a.text()));
        assertThat(again.text()).isEqualTo(a.text());
    }

    @Test
    void keepsALineScrapedTwiceInARowInOneArticleSoCleaningAgainChangesNothing() {
        // found by the idempotence property: two equal lines in one block came out as two
        // paragraphs, which a second cleaning took for a headline repeated by the scraper
        String twice = "No Deal Yet";
        Article a = cleanOne(lines(HEADLINE, "", P1, "", twice, twice, "", P2));
        Article again = cleanOne(lines(a.title(), "", a.text()));
        assertThat(again.text()).isEqualTo(a.text());
    }

    @Test
    void keepsShortSentencesThatAreNotDebris() {
        Article a = cleanOne(lines(HEADLINE, "", P1, "", "Why it matters", "", P2, "", "“No.”", "", P3));
        assertThat(a.text()).contains("Why it matters").contains("“No.”");
    }

    @Test
    void treatsSingleLineBreaksAsParagraphBreaks() {
        Article a = cleanOne(lines(HEADLINE, "", P1, P2, P3));
        assertThat(a.paragraphs()).hasSize(3);
        assertThat(a.paragraph(1)).isEqualTo(P2);
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2 + "\n\n" + P3);
    }

    @Test
    void rejoinsHardWrappedLinesWithinAParagraph() {
        Article a = cleanOne(lines(HEADLINE, "",
                "Ferry workers in the town of Port Alder stopped work on Saturday, leaving",
                "hundreds of travellers on the quay as the harbour office closed early.",
                "",
                P2));
        assertThat(a.paragraphs()).hasSize(2);
        assertThat(a.paragraph(0)).isEqualTo("Ferry workers in the town of Port Alder stopped work on Saturday, leaving hundreds of travellers on the quay as the harbour office closed early.");
    }

    @Test
    void stripsTrailingSpacesAndCarriageReturns() {
        Article a = cleanOne(HEADLINE + "  \r\n\r\n" + P1 + "   \r\n" + P2 + "\t\r\n");
        assertThat(a.text()).isEqualTo(P1 + "\n\n" + P2);
    }

    @Test
    void parsesPhotoByCredit() {
        assertThat(Credits.caption("Boats wait in the harbour. (Photo by Mara Quill / Coastline Wire)").credit())
                .contains("Mara Quill / Coastline Wire");
    }

    @Test
    void parsesBareAgencyCreditAndDropsTheFullStopAfterIt() {
        var c = Credits.caption("Boats wait in the harbour of Port Alder on May 4, 2024 (AFP).");
        assertThat(c.text()).isEqualTo("Boats wait in the harbour of Port Alder on May 4, 2024");
        assertThat(c.credit()).contains("AFP");
    }

    @Test
    void keepsAgencyPhotographerCreditWhole() {
        assertThat(Credits.caption("A crane lifts a hull section. (AP Photo/Tomas Reyl)").credit()).contains("AP Photo/Tomas Reyl");
    }

    @Test
    void parsesLabelledCreditsInsideParentheses() {
        assertThat(Credits.caption("Dock cranes at dusk (Photo: Example Wire)").credit()).contains("Example Wire");
        assertThat(Credits.caption("Dock cranes at dusk (Getty Images)").credit()).contains("Getty Images");
        assertThat(Credits.caption("Dock cranes at dusk (Reuters/Ana Lind)").credit()).contains("Reuters/Ana Lind");
    }

    @Test
    void attachesStandaloneCreditLineToThePrecedingCaption() {
        Article a = cleanOne(lines(HEADLINE, "", "Ferry workers gather at the pier in Port Alder. (Reuters)", "", P1, "", P2));
        assertThat(a.captions()).singleElement().satisfies(c -> assertThat(c.credit()).contains("Reuters"));
        Article b = cleanOne(lines(HEADLINE, "", CAPTION.replace(" (Photo by Mara Quill / Coastline Wire)", ""), "Photo: Coastline Wire", HEADLINE, "", P1, "", P2));
        assertThat(b.captions()).singleElement().satisfies(c -> assertThat(c.credit()).contains("Coastline Wire"));
    }

    @Test
    void doesNotMistakeAnAcronymInParenthesesForACredit() {
        assertThat(Credits.hasTrailingCredit("The deal was signed by the Harbour Workers Federation (HWF).")).isFalse();
        Article a = cleanOne(lines(HEADLINE, "", "Talks were led by the Harbour Workers Federation (HWF).", P2));
        assertThat(a.captions()).isEmpty();
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void liftsPhotoCaptionOutOfTheBody() {
        Article a = cleanOne(lines(HEADLINE, "", P1, "", "A ferry idles at its berth. (Photo by Mara Quill / Coastline Wire)", "", P2));
        assertThat(a.captions()).hasSize(1);
        assertThat(a.paragraphs()).hasSize(2);
    }

    @Test
    void readsBylineFromTheHead() {
        Article a = cleanOne(lines(HEADLINE, "", "By Ilse Varga and Tomas Reyl", "", P1, "", P2));
        assertThat(a.byline()).containsExactly("Ilse Varga", "Tomas Reyl");
        assertThat(a.text()).startsWith(P1);
    }

    @Test
    void splitsAFileWithThreeArticles() {
        String second = "Council Approves New Tram Line";
        String third = "Drought Closes Two Reservoirs";
        List<Article> articles = clean(lines(
                HEADLINE, "", P1, "", P2, "", "", "",
                second, "", "The city council voted on Monday to build a tram line to the northern suburbs.", "The line should open in three years, the mayor said.", "", "", "",
                third, "", "Two reservoirs near the capital were closed after months without rain.", "", "Water officials urged residents to cut use by a fifth."));
        assertThat(articles).extracting(Article::title).containsExactly(HEADLINE, second, third);
        assertThat(articles).extracting(a -> a.paragraphs().size()).containsExactly(2, 2, 2);
        assertThat(articles).extracting(a -> a.source().uri()).containsExactly("file:fixture.txt#1", "file:fixture.txt#2", "file:fixture.txt#3");
    }

    @Test
    void splitsArticlesWhoseHeadBlocksRepeatEvenWithASingleBlankBetween() {
        String second = "Council Approves New Tram Line";
        String cap2 = "Council members vote in the town hall. (Photo by Ana Lind / Example Wire)";
        List<Article> articles = clean(lines(
                HEADLINE, "", CAPTION, "", HEADLINE, "", CAPTION, "", P1, "", P2, "",
                second, "", cap2, "", second, "", cap2, "", "The city council voted on Monday to build a tram line to the northern suburbs."));
        assertThat(articles).extracting(Article::title).containsExactly(HEADLINE, second);
        assertThat(articles.get(1).captions()).hasSize(1);
    }

    @Test
    void keepsASinglePlainArticleWhole() {
        Article a = cleanOne(lines(HEADLINE, "", P1, "", P2, "", P3));
        assertThat(a.title()).isEqualTo(HEADLINE);
        assertThat(a.paragraphs()).hasSize(3);
    }

    @Test
    void rejectsAHeadlineWithoutBody() {
        assertThatThrownBy(() -> Cleaner.create(Limits.DEFAULTS).clean(
                RawDocument.of(Source.of("file:x", Source.Format.TEXT), lines(HEADLINE, "", "TT", "20"))))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("no article body");
    }

    @Test
    void rejectsALineOverTheLineLimit() {
        Limits tight = new Limits(Limits.DEFAULTS.maxDocumentBytes(), 10, 50);
        assertThatThrownBy(() -> Cleaner.create(tight).clean(RawDocument.of(Source.of("file:x", Source.Format.TEXT), lines(HEADLINE, "", P1))))
                .isInstanceOf(RejectedInputException.class).hasMessageContaining("line 3").hasMessageContaining("--max-line-chars");
    }

    @Test
    void usesTheGivenTitleAndDropsItsCopyFromTheBody() throws Exception {
        RawDocument doc = new RawDocument(Source.of("file:x.jsonl#L1", Source.Format.JSONL), lines(HEADLINE, "", P1, "", P2), "UTF-8",
                new RawDocument.Given(java.util.Optional.of(HEADLINE), java.util.Optional.of("2024-05-04"), java.util.Optional.empty()));
        Article a = Cleaner.create(Limits.DEFAULTS).clean(doc).get(0);
        assertThat(a.title()).isEqualTo(HEADLINE);
        assertThat(a.text()).startsWith(P1);
        assertThat(a.published().date()).contains(java.time.LocalDate.of(2024, 5, 4));
        assertThat(a.published().how()).isEqualTo("given");
    }

    @Test
    void guessesEnglish() {
        assertThat(cleanOne(lines(HEADLINE, "", P1, "", P2)).language()).contains("en");
    }
}
