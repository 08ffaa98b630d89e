package org.wirescope.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.Article;
import org.wirescope.model.Record;

/** {@code POST /api/ingest} behind the token, and the per-client rate limit. */
class ApiWriteAndLimitsTest {

    private static final String STORY = "Lighthouse keepers return to Skarholm\n\n"
            + "The lighthouse on Skarholm was staffed again on Friday after a month of automatic operation, "
            + "the coast authority said.\n\n\"The lamp is ours again,\" said keeper Arvid Lunde.\n";

    @TempDir
    Path dir;

    @Test
    void refusesToIngestWithoutTheTokenOrWithAWrongOneAsJson401() {
        try (ServedNewsdesk desk = ServedNewsdesk.start(dir)) {
            Http.Reply missing = desk.http.post("/api/ingest", "text/plain", bytes(STORY), null);
            Http.Reply wrong = desk.http.post("/api/ingest", "text/plain", bytes(STORY), "not-the-token");

            for (Http.Reply reply : new Http.Reply[] {missing, wrong}) {
                assertThat(reply.status()).isEqualTo(401);
                assertThat(reply.json().get("error").asText()).isEqualTo("unauthorized");
                assertThat(reply.header("WWW-Authenticate")).isEqualTo("Bearer");
            }
            assertThat(desk.http.get("/api/health").json().get("articles").asInt()).isEqualTo(desk.records.size());
        }
    }

    @Test
    void ingestsAPlainTextBodyWithTheTokenAndServesTheNewArticle() {
        try (ServedNewsdesk desk = ServedNewsdesk.start(dir)) {
            Http.Reply reply = desk.http.post("/api/ingest", "text/plain; charset=utf-8", bytes(STORY), ServedNewsdesk.TOKEN);

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().get("articles_added").asInt()).isEqualTo(1);
            assertThat(reply.json().get("rejects").asInt()).isZero();
            JsonNode newest = desk.http.get("/api/articles?limit=1").json().at("/items/0");
            assertThat(newest.get("title").asText()).isEqualTo("Lighthouse keepers return to Skarholm");
            Http.Reply again = desk.http.post("/api/ingest", "text/plain", bytes(STORY), ServedNewsdesk.TOKEN);
            assertThat(again.json().get("articles_present").asInt()).isEqualTo(1);
        }
    }

    @Test
    void ingestsUploadedFilesByTheirExtensionAndReportsRejectsByFileName() {
        try (ServedNewsdesk desk = ServedNewsdesk.start(dir)) {
            String boundary = "wirescope-test-boundary";
            String jsonl = "{\"id\": \"n1\", \"title\": \"Skarholm ferry returns\", \"text\": \"The ferry to Skarholm sailed "
                    + "again on Friday, the operator said.\"}\n";
            String body = part(boundary, "files", "day1.jsonl", jsonl) + part(boundary, "files", "empty.txt", "")
                    + "--" + boundary + "--\r\n";
            Http.Reply reply = desk.http.post("/api/ingest", "multipart/form-data; boundary=" + boundary, bytes(body),
                    ServedNewsdesk.TOKEN);

            assertThat(reply.status()).as(reply.body()).isEqualTo(200);
            assertThat(reply.json().get("files").asInt()).isEqualTo(2);
            assertThat(reply.json().get("articles_added").asInt()).isEqualTo(1);
            assertThat(reply.json().get("rejects").asInt()).isEqualTo(1);
            assertThat(reply.json().at("/reject_reasons/0").asText()).startsWith("002-empty.txt: ");
        }
    }

    @Test
    void answersADyadTimelineFromTheTablesAsTheyAreAfterEachWrite() {
        try (ServedNewsdesk desk = ServedNewsdesk.start(dir)) {
            String dyads = "/api/dyads?source=arl&target=brv&interval=year";
            long before = desk.http.get(dyads).json().at("/rows/0/events").asLong();
            assertThat(desk.http.get(dyads).json().at("/rows/0/events").asLong()).isEqualTo(before);

            Record dam = Newsdesk.all().get(0);
            Article a = dam.article();
            Record retold = new Record(new Article("a-00000000000000aa", a.source(), a.title() + " (retold)", a.published(),
                    a.language(), a.byline(), a.captions(), a.text(), a.paragraphs(), a.rawMap()), dam.actors(), dam.quotes(),
                    dam.events(), dam.dates(), Optional.empty(), Optional.empty());
            desk.store.write(desk.store.beginRun(List.of("more"), ""), List.of(retold), List.of());

            assertThat(desk.http.get(dyads).json().at("/rows/0/events").asLong()).isEqualTo(before + 1);
            JsonNode cache = desk.http.get("/api/health").json().get("answer_cache");
            assertThat(cache.get("hits").asLong()).isEqualTo(1);
            assertThat(cache.get("misses").asLong()).isEqualTo(2);
        }
    }

    @Test
    void keepsReusingADyadTimelineWhileArticlesWithoutEventsArrive() {
        try (ServedNewsdesk desk = ServedNewsdesk.start(dir)) {
            String dyads = "/api/dyads?source=arl&target=brv&interval=year";
            long before = desk.http.get(dyads).json().at("/rows/0/events").asLong();

            Record dam = Newsdesk.all().get(0);
            Article a = dam.article();
            Record eventless = new Record(new Article("a-00000000000000ab", a.source(), a.title() + " (brief)", a.published(),
                    a.language(), a.byline(), a.captions(), a.text(), a.paragraphs(), a.rawMap()), dam.actors(), dam.quotes(),
                    List.of(), dam.dates(), Optional.empty(), Optional.empty());
            desk.store.write(desk.store.beginRun(List.of("brief"), ""), List.of(eventless), List.of());

            assertThat(desk.http.get(dyads).json().at("/rows/0/events").asLong()).isEqualTo(before);
            JsonNode cache = desk.http.get("/api/health").json().get("answer_cache");
            assertThat(cache.get("hits").asLong()).isEqualTo(1);
            assertThat(cache.get("misses").asLong()).isEqualTo(1);
        }
    }

    @Test
    void answersAnEmptyIngestWith400AndASwitchedOffWriteWith403() {
        try (ServedNewsdesk desk = ServedNewsdesk.start(dir)) {
            Http.Reply empty = desk.http.post("/api/ingest", "text/plain", new byte[0], ServedNewsdesk.TOKEN);
            assertThat(empty.status()).isEqualTo(400);
            assertThat(empty.json().get("message").asText()).contains("nothing to ingest");
        }
        try (ServedNewsdesk readOnly = ServedNewsdesk.start(dir.resolve("read-only"), ServerSettings.loopback().withRateLimit(0))) {
            Http.Reply refused = readOnly.http.post("/api/ingest", "text/plain", bytes(STORY), "anything");
            assertThat(refused.status()).isEqualTo(403);
            assertThat(refused.json().get("error").asText()).isEqualTo("forbidden");
        }
    }

    @Test
    void answersRequestsOverTheRateLimitWithJson429AndRetryAfter() {
        try (ServedNewsdesk desk = ServedNewsdesk.start(dir, ServerSettings.loopback().withRateLimit(5))) {
            for (int i = 0; i < 5; i++) {
                assertThat(desk.http.get("/api/health").status()).isEqualTo(200);
            }
            Http.Reply limited = desk.http.get("/api/articles");

            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.json().get("error").asText()).isEqualTo("rate_limited");
            assertThat(limited.json().get("message").asText()).contains("5 requests a minute");
            assertThat(Long.parseLong(limited.header("Retry-After"))).isBetween(1L, 12L);
            assertThat(desk.http.get("/openapi.json").status()).as("outside /api/ is not limited").isEqualTo(200);
        }
    }

    private static String part(String boundary, String field, String fileName, String content) {
        return "--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + field + "\"; filename=\"" + fileName
                + "\"\r\nContent-Type: application/octet-stream\r\n\r\n" + content + "\r\n";
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
