package org.wirescope.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirescope.clean.Cleaner;
import org.wirescope.config.Limits;
import org.wirescope.model.Article;
import org.wirescope.model.Caption;
import org.wirescope.model.DateMention;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;

/**
 * The founding example: every date the expected reading lists is found, with its value, in the
 * article's body or its captions. Skipped where {@code ../shared} is absent, as in a fresh clone.
 */
class SeedDatesTest {

    private static final String SEED = "000_31073af3c65c8448";

    /** The sibling {@code shared/} folder, looked for from the working directory upwards. */
    private static Optional<Path> shared() {
        for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared").normalize();
            if (Files.isDirectory(candidate.resolve("seeds"))) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    private static String fold(String s) {
        return s.replace('\u2019', '\'').strip();
    }

    @Test
    void findsEveryExpectedDateWithItsValue() throws Exception {
        Optional<Path> shared = shared();
        assumeTrue(shared.isPresent(), "../shared is absent: seed date test skipped");
        Path seeds = shared.get().resolve("seeds");
        String raw = Files.readString(seeds.resolve(SEED + ".txt"), StandardCharsets.UTF_8);
        JsonNode expected = new ObjectMapper().readTree(seeds.resolve(SEED + ".expected.json").toFile()).get("articles");
        List<Article> articles = Cleaner.create(Limits.DEFAULTS).clean(RawDocument.of(Source.of("file:seed.txt", Source.Format.TEXT), raw));
        assertThat(articles).hasSize(expected.size());

        TimeStage time = TimeStage.create();
        for (int i = 0; i < articles.size(); i++) {
            Article article = articles.get(i);
            List<String> found = new ArrayList<>();
            for (DateMention m : time.resolve(article)) found.add(fold(m.mention().text()) + " = " + m.value());
            for (Caption caption : article.captions()) {
                for (DateMention m : time.resolve(caption.text(), article.published())) found.add(fold(m.mention().text()) + " = " + m.value());
            }
            for (JsonNode date : expected.get(i).get("dates")) {
                assertThat(found).as("article %d", i + 1).contains(fold(date.get("text").asText()) + " = " + date.get("value").asText());
            }
        }
    }
}
