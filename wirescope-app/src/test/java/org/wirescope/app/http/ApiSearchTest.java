package org.wirescope.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code GET /api/search} over the made-up {@link Newsdesk}. */
class ApiSearchTest {

    @TempDir
    static Path dir;

    private static ServedNewsdesk desk;

    @BeforeAll
    static void serve() {
        desk = ServedNewsdesk.start(dir);
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    private static JsonNode search(String query) {
        Http.Reply reply = desk.http.get("/api/search?" + query);
        assertThat(reply.status()).as(query + " -> " + reply.body()).isEqualTo(200);
        return reply.json();
    }

    @Test
    void findsQuotesBySpeaker() {
        JsonNode page = search("q=" + Http.encode("speaker:Varga dam") + "&kind=quote");

        assertThat(page.get("total").asInt()).isEqualTo(2);
        JsonNode hit = page.at("/items/0");
        assertThat(hit.get("kind").asText()).isEqualTo("quote");
        assertThat(hit.get("item_id").asText()).isEqualTo("q1");
        assertThat(hit.get("title").asText()).startsWith("Arland warns Brevia over dam");
        assertThat(page.get("kinds").toString()).isEqualTo("[\"quote\"]");
    }

    @Test
    void marksTheMatchedWordsInEscapedArticleSnippets() {
        JsonNode hit = search("q=dam&kind=article").at("/items/0");

        assertThat(hit.get("snippet").asText()).contains("<mark>dam</mark>").contains("&quot;").doesNotContain("\"");
        assertThat(hit.get("item_id").isNull()).isTrue();
        assertThat(hit.get("published").asText()).isEqualTo("2025-02-03");
    }

    @Test
    void takesSeveralKindsCommaSeparatedOrRepeated() {
        JsonNode commas = search("q=Brevia&kind=article,event");
        JsonNode repeated = search("q=Brevia&kind=article&kind=event");

        assertThat(commas.get("items")).isNotEmpty();
        assertThat(commas.get("items").findValuesAsText("kind")).allMatch(kind -> kind.equals("article") || kind.equals("event"));
        assertThat(repeated.get("total")).isEqualTo(commas.get("total"));
    }

    @Test
    void pagesThroughEveryHitOnceWithTheCursor() {
        int total = search("q=ferry&kind=article&limit=200").get("total").asInt();
        List<String> seen = new ArrayList<>();
        String cursor = null;
        do {
            JsonNode page = search("q=ferry&kind=article&limit=5" + (cursor == null ? "" : "&cursor=" + Http.encode(cursor)));
            page.get("items").forEach(item -> seen.add(item.get("article_id").asText()));
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
        } while (cursor != null);

        assertThat(total).isEqualTo(Newsdesk.FERRIES);
        assertThat(seen).hasSize(total).doesNotHaveDuplicates();
    }

    @Test
    void answersAMalformedQueryWith400JsonAndThePositionOfTheError() {
        Http.Reply reply = desk.http.get("/api/search?q=" + Http.encode("speaker:(Varga"));

        assertThat(reply.status()).isEqualTo(400);
        JsonNode error = reply.json();
        assertThat(error.get("error").asText()).isEqualTo("bad_query");
        assertThat(error.get("position").asInt()).isBetween(0, "speaker:(Varga".length());
        assertThat(error.get("message").asText()).isNotBlank();
    }

    @Test
    void answersAnUnknownKindOrAForgedCursorWith400() {
        Http.Reply kind = desk.http.get("/api/search?q=dam&kind=person");
        Http.Reply cursor = desk.http.get("/api/search?q=dam&cursor=forged");

        assertThat(kind.status()).isEqualTo(400);
        assertThat(kind.json().get("message").asText()).contains("kind");
        assertThat(cursor.status()).isEqualTo(400);
        assertThat(cursor.json().get("error").asText()).isEqualTo("bad_request");
    }
}
