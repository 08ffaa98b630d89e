package org.wirescope.app.http;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.app.Ingestion;
import org.wirescope.config.Limits;
import org.wirescope.pipeline.Pipeline;
import org.wirescope.pipeline.Stages;
import org.wirescope.store.Store;

/**
 * The acceptance over the real seed: ingested through the API with the full pipeline, it
 * answers who said what (Ghalibaf, with his role and Tasnim as relay) and the Iranian threat against
 * the United States with its evidence. Needs the language models and {@code ../shared}; skips
 * without the latter.
 */
@Tag("models")
class SeedServeTest {

    private static final String TOKEN = "seed-token";

    @TempDir
    static Path dir;

    private static Store store;
    private static WebServer server;
    private static Http http;

    @BeforeAll
    static void ingestTheSeedThroughTheApi() throws IOException {
        Optional<Path> seed = seedFile();
        assumeTrue(seed.isPresent(), "../shared/seeds is absent");
        store = Store.open(dir.resolve("seed.duckdb"));
        server = WebServer.start(store, ServerSettings.loopback().withToken(TOKEN).withRateLimit(0),
                () -> new Ingestion(Pipeline.create(Limits.DEFAULTS, Stages.ALL), Limits.DEFAULTS, 1, 64), "stages=all");
        http = new Http(server.uri());
        Http.Reply ingested = http.post("/api/ingest?name=seed.txt", "text/plain",
                Files.readString(seed.get(), StandardCharsets.UTF_8).getBytes(StandardCharsets.UTF_8), TOKEN);
        assertThat(ingested.status()).as(ingested.body()).isEqualTo(200);
        assertThat(ingested.json().get("articles_added").asInt()).isEqualTo(2);
    }

    @AfterAll
    static void stop() {
        if (server != null) server.close();
        if (store != null) store.close();
    }

    @Test
    void returnsGhalibafsQuotesWithHisRoleAndTasnimAsRelay() {
        JsonNode items = http.get("/api/quotes?speaker=Ghalibaf").json().get("items");

        assertThat(items.size()).isGreaterThanOrEqualTo(2);
        assertThat(items.findValuesAsText("text")).anyMatch(t -> t.startsWith("Any attack on Iran will mean the explosion"));
        for (JsonNode quote : items) {
            assertThat(quote.at("/speaker/name").asText()).contains("Ghalibaf");
            assertThat(quote.at("/speaker/role").asText()).containsIgnoringCase("Speaker");
        }
        JsonNode relayed = items.findParents("text").stream()
                .filter(q -> q.get("text").asText().startsWith("Any attack on Iran")).findFirst().orElseThrow();
        assertThat(relayed.get("via").toString()).contains("Tasnim");
    }

    @Test
    void returnsTheIranianThreatAgainstTheUnitedStatesWithItsEvidence() {
        JsonNode items = http.get("/api/events?source=IRN&target=USA").json().get("items");

        List<JsonNode> threats = items.findParents("root").stream().filter(e -> e.get("root").asText().equals("13")).toList();
        assertThat(threats).isNotEmpty();
        JsonNode threat = threats.get(0);
        assertThat(threat.at("/evidence/text").asText()).isNotBlank();
        JsonNode article = http.get("/api/articles/" + threat.get("article_id").asText()).json();
        String text = article.get("text").asText();
        assertThat(text.substring(threat.at("/evidence/start").asInt(), threat.at("/evidence/end").asInt()))
                .isEqualTo(threat.at("/evidence/text").asText());
    }

    /** The seed scrape in the {@code shared/} folder beside the repository, found from the working directory upwards. */
    private static Optional<Path> seedFile() {
        Path here = Path.of("").toAbsolutePath();
        for (Path d = here; d != null; d = d.getParent()) {
            Path candidate = d.resolve("../shared/seeds/000_31073af3c65c8448.txt").normalize();
            if (Files.isRegularFile(candidate)) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
