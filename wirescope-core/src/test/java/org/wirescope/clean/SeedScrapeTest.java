package org.wirescope.clean;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirescope.config.Limits;
import org.wirescope.model.Article;
import org.wirescope.model.Caption;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;

/**
 * The founding example: the seed scrape must come out as the two articles its expected reading
 * describes. Skipped (with a message) where {@code ../shared} is absent, as in a fresh clone.
 */
class SeedScrapeTest {

    private static final String SEED = "000_31073af3c65c8448";
    private static List<Article> articles;
    private static JsonNode expected;

    @BeforeAll
    static void cleanSeed() throws Exception {
        Optional<Path> shared = org.wirescope.testing.Seed.sharedDir();
        assumeTrue(shared.isPresent(), "../shared is absent: seed acceptance test skipped");
        Path seeds = shared.get().resolve("seeds");
        String raw = Files.readString(seeds.resolve(SEED + ".txt"), StandardCharsets.UTF_8);
        expected = new ObjectMapper().readTree(seeds.resolve(SEED + ".expected.json").toFile()).get("articles");
        articles = Cleaner.create(Limits.DEFAULTS).clean(RawDocument.of(Source.of("file:seed.txt", Source.Format.TEXT), raw));
    }

    private static String fold(String s) {
        return s.replace('\u2019', '\'').strip();
    }

    @Test
    void yieldsExactlyTheTwoExpectedArticles() {
        assertThat(articles).hasSize(expected.size());
    }

    @Test
    void eachArticleHasItsTitleCaptionsAndCredits() {
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = expected.get(i);
            Article got = articles.get(i);
            assertThat(got.title()).isEqualTo(want.get("title").asText());
            assertThat(got.captions()).hasSize(want.get("captions").size());
            for (int c = 0; c < want.get("captions").size(); c++) {
                Caption caption = got.captions().get(c);
                JsonNode wc = want.get("captions").get(c);
                assertThat(fold(caption.text())).isEqualTo(fold(wc.get("text").asText()));
                assertThat(caption.credit()).contains(wc.get("credit").asText());
            }
        }
    }

    @Test
    void bodiesHaveTheExpectedParagraphsAndEnds() {
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = expected.get(i);
            Article got = articles.get(i);
            assertThat(got.paragraphs()).hasSize(want.get("body_paragraphs").asInt());
            assertThat(fold(got.text())).startsWith(fold(want.get("body_starts_with").asText()));
            assertThat(fold(got.text())).endsWith(fold(want.get("body_ends_with").asText()));
        }
    }

    @Test
    void bodiesCarryNoResidueNorRepeatedHead() {
        for (int i = 0; i < expected.size(); i++) {
            Article got = articles.get(i);
            for (JsonNode residue : expected.get(i).path("residue_lines")) {
                assertThat(got.text().lines()).doesNotContain(residue.asText());
            }
            assertThat(got.text().lines()).doesNotContain("TT", "20");
            assertThat(got.text()).doesNotContain(got.title());
            for (Caption c : got.captions()) assertThat(got.text()).doesNotContain(c.text());
        }
    }

    @Test
    void publicationDatesAreAsGivenAndNeverInvented() {
        for (int i = 0; i < expected.size(); i++) {
            JsonNode want = expected.get(i).get("published");
            Article got = articles.get(i);
            if (want.has("date")) {
                assertThat(got.published().date()).contains(LocalDate.parse(want.get("date").asText()));
            } else {
                assertThat(got.published().date()).isEmpty();
            }
            if (want.has("date_not_before")) {
                assertThat(got.published().notBefore()).contains(LocalDate.parse(want.get("date_not_before").asText()));
            }
            assertThat(got.published().evidence()).isPresent();
        }
    }
}
