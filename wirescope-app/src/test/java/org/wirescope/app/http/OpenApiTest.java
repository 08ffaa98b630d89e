package org.wirescope.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code /openapi.json} describes every endpoint, and every endpoint it describes answers as it says. */
class OpenApiTest {

    @TempDir
    static Path dir;

    private static ServedNewsdesk desk;
    private static JsonNode document;

    @BeforeAll
    static void serve() {
        desk = ServedNewsdesk.start(dir);
        document = desk.http.get("/openapi.json").json();
    }

    @AfterAll
    static void stop() {
        desk.close();
    }

    @Test
    void isAnOpenApi31DocumentWhoseOperationsAllHaveAnIdASummaryAndA200Schema() {
        assertThat(document.get("openapi").asText()).isEqualTo("3.1.0");
        for (Map.Entry<String, JsonNode> operation : operations()) {
            JsonNode op = operation.getValue();
            assertThat(op.hasNonNull("operationId")).as(operation.getKey()).isTrue();
            assertThat(op.hasNonNull("summary")).as(operation.getKey()).isTrue();
            assertThat(op.at("/responses/200/content/application~1json/schema").isMissingNode()).as(operation.getKey()).isFalse();
        }
    }

    @Test
    void describesEveryEndpointTheServerHas() {
        List<String> documented = new ArrayList<>();
        document.get("paths").fieldNames().forEachRemaining(documented::add);

        assertThat(documented).containsExactlyInAnyOrder("/api/health", "/api/search", "/api/articles", "/api/articles/{id}",
                "/api/quotes", "/api/actors", "/api/actors/{key}", "/api/events", "/api/dyads", "/api/network", "/api/ingest",
                "/openapi.json");
    }

    @Test
    void everyDocumentedGetAnswersJsonAndNo5xxWithItsExampleParameters() {
        for (Map.Entry<String, JsonNode> operation : operations()) {
            String[] methodAndPath = operation.getKey().split(" ", 2);
            String url = exampleUrl(methodAndPath[1], operation.getValue());
            Http.Reply reply = methodAndPath[0].equals("get") ? desk.http.get(url)
                    : desk.http.post(url, "text/plain", "A title\n\nSome text.".getBytes(StandardCharsets.UTF_8), null);

            assertThat(reply.status()).as(operation.getKey() + " " + url + " -> " + reply.body()).isLessThan(500);
            assertThat(reply.contentType()).as(url).startsWith("application/json");
            assertThat(reply.json().isObject()).as(url).isTrue();
            if (methodAndPath[0].equals("post")) assertThat(reply.status()).as("no token").isEqualTo(401);
        }
    }

    /** Every operation, as {@code "get /api/quotes"} with its description. */
    private static List<Map.Entry<String, JsonNode>> operations() {
        List<Map.Entry<String, JsonNode>> operations = new ArrayList<>();
        for (Iterator<Map.Entry<String, JsonNode>> paths = document.get("paths").fields(); paths.hasNext(); ) {
            Map.Entry<String, JsonNode> path = paths.next();
            path.getValue().fields().forEachRemaining(op -> operations.add(Map.entry(op.getKey() + " " + path.getKey(), op.getValue())));
        }
        assertThat(operations).hasSizeGreaterThanOrEqualTo(12);
        return operations;
    }

    /** The path with its path parameters' examples in place and its query parameters' examples appended. */
    private static String exampleUrl(String path, JsonNode operation) {
        StringBuilder query = new StringBuilder();
        for (JsonNode parameter : operation.path("parameters")) {
            JsonNode p = parameter.has("$ref") ? document.at(parameter.get("$ref").asText().substring(1)) : parameter;
            if (!p.has("example")) continue;
            String value = p.get("example").asText();
            if (p.get("in").asText().equals("path")) {
                path = path.replace("{" + p.get("name").asText() + "}", value);
            } else {
                query.append(query.length() == 0 ? '?' : '&').append(p.get("name").asText()).append('=').append(Http.encode(value));
            }
        }
        return path + query;
    }
}
