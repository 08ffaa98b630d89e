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
import org.wirescope.model.Record;

/** The read endpoints over the made-up {@link Newsdesk}, on a random loopback port. */
class ApiReadEndpointsTest {

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

    private static JsonNode ok(String pathAndQuery) {
        Http.Reply reply = desk.http.get(pathAndQuery);
        assertThat(reply.status()).as(pathAndQuery + " -> " + reply.body()).isEqualTo(200);
        assertThat(reply.contentType()).startsWith("application/json");
        return reply.json();
    }

    private static List<String> texts(JsonNode array, String field) {
        List<String> values = new ArrayList<>();
        array.forEach(item -> values.add(item.at(field).asText()));
        return values;
    }

    @Test
    void reportsHealthWithTheArticleCount() {
        JsonNode health = ok("/api/health");

        assertThat(health.get("status").asText()).isEqualTo("ok");
        assertThat(health.get("articles").asLong()).isEqualTo(desk.records.size());
        assertThat(health.get("write_enabled").asBoolean()).isTrue();
    }

    @Test
    void servesAnArticleWithItsContractFieldsActorKeysAndOffsetsIntoItsText() {
        Record dam = desk.record("Arland warns Brevia over dam");
        JsonNode article = ok("/api/articles/" + dam.id());

        String text = article.get("text").asText();
        assertThat(article.get("schema").asText()).isEqualTo("wirescope.article/1");
        JsonNode quote = article.at("/quotes/0");
        assertThat(text.substring(quote.get("start").asInt(), quote.get("end").asInt())).isEqualTo(quote.get("text").asText());
        JsonNode evidence = article.at("/events/0/evidence");
        assertThat(text.substring(evidence.get("start").asInt(), evidence.get("end").asInt())).isEqualTo("warned Brevia");
        assertThat(texts(article.get("actors"), "/key")).containsExactly("ilse-varga.arl", "brevia.brv", "harbour-radio");
        JsonNode mention = article.at("/actors/0/mentions/1");
        assertThat(text.substring(mention.get("start").asInt(), mention.get("end").asInt())).isEqualTo("Varga");
    }

    @Test
    void findsAnArticleByAPrefixOfItsIdAndAnswers404JsonForNone() {
        Record dam = desk.record("Arland warns Brevia over dam");

        assertThat(ok("/api/articles/" + dam.id().substring(0, 12)).get("id").asText()).isEqualTo(dam.id());
        Http.Reply missing = desk.http.get("/api/articles/a-0000000000000000");
        assertThat(missing.status()).isEqualTo(404);
        assertThat(missing.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void returnsTheQuotesOfASpeakerWithRoleViaArticleAndOffsets() {
        JsonNode items = ok("/api/quotes?speaker=varga").get("items");

        assertThat(items).hasSize(2);
        JsonNode first = items.get(0);
        assertThat(first.at("/speaker/name").asText()).isEqualTo("Ilse Varga");
        assertThat(first.at("/speaker/role").asText()).isEqualTo("Foreign Minister");
        assertThat(first.at("/speaker/key").asText()).isEqualTo("ilse-varga.arl");
        assertThat(texts(first.get("via"), "")).containsExactly("Harbour Radio");
        assertThat(first.get("article_title").asText()).isEqualTo("Arland warns Brevia over dam");
        assertThat(Newsdesk.DAM.substring(first.get("start").asInt(), first.get("end").asInt()))
                .isEqualTo("Brevia will pay for the dam,");
    }

    @Test
    void filtersQuotesByRelayWordsAndActorKey() {
        assertThat(ok("/api/quotes?via=harbour").get("items")).hasSize(2);
        assertThat(texts(ok("/api/quotes?q=talks").get("items"), "/speaker/name")).containsExactly("Tomas Krel");
        assertThat(texts(ok("/api/quotes?actor=tomas-krel.brv").get("items"), "/text")).containsExactly("We want talks,");
        assertThat(ok("/api/quotes?actor=nobody-here").get("items")).isEmpty();
    }

    @Test
    void listsActorsAcrossArticlesByKeyWithCounts() {
        JsonNode items = ok("/api/actors?q=varga").get("items");

        assertThat(items).hasSize(1);
        JsonNode varga = items.get(0);
        assertThat(varga.get("key").asText()).isEqualTo("ilse-varga.arl");
        assertThat(varga.get("articles").asInt()).isEqualTo(3);
        assertThat(varga.get("quotes").asInt()).isEqualTo(2);
        assertThat(varga.get("events").asInt()).isEqualTo(3);
        assertThat(varga.get("role").asText()).isEqualTo("Foreign Minister");
        assertThat(texts(ok("/api/actors?type=COUNTRY&country=brv").get("items"), "/key")).containsExactly("brevia.brv");
    }

    @Test
    void describesAnActorWithRolesCodesTimelineQuotesAndEventsOnBothSides() {
        JsonNode varga = ok("/api/actors/ilse-varga.arl?interval=month");

        assertThat(varga.get("name").asText()).isEqualTo("Ilse Varga");
        assertThat(texts(varga.get("roles"), "/value")).containsExactly("Foreign Minister");
        assertThat(texts(varga.get("codes"), "/value")).containsExactly("ARLGOV");
        assertThat(varga.at("/counts/events_as_source").asInt()).isEqualTo(2);
        assertThat(varga.at("/counts/events_as_target").asInt()).isEqualTo(1);
        assertThat(texts(varga.get("timeline"), "/period")).containsExactly("2025-02-01", "2025-03-01");
        assertThat(varga.at("/timeline/0/events_as_source").asInt()).isEqualTo(2);
        assertThat(varga.at("/timeline/1/events_as_target").asInt()).isEqualTo(1);
        assertThat(varga.at("/quotes/items")).hasSize(2);
        assertThat(texts(varga.at("/events_as_target/items"), "/source/name")).containsExactly("Tomas Krel");
        assertThat(desk.http.get("/api/actors/no-such-actor.xyz").status()).isEqualTo(404);
    }

    @Test
    void returnsTheThreatBetweenTwoCountriesWithItsEvidence() {
        JsonNode items = ok("/api/events?source=ARL&target=BRV&root=13").get("items");

        assertThat(items).hasSize(2);
        JsonNode threat = items.get(0);
        assertThat(threat.get("cameo").asText()).isEqualTo("138");
        assertThat(threat.at("/plover/type").asText()).isEqualTo("THREATEN");
        assertThat(threat.at("/evidence/text").asText()).isEqualTo("warned Brevia");
        assertThat(threat.at("/source/key").asText()).isEqualTo("ilse-varga.arl");
        assertThat(threat.at("/target/key").asText()).isEqualTo("brevia.brv");
        assertThat(threat.get("date").asText()).isEqualTo("2025-02-03");
    }

    @Test
    void filtersEventsByPloverModalityDaysAndActorKeys() {
        assertThat(texts(ok("/api/events?plover=consult").get("items"), "/source/name")).containsExactly("Tomas Krel");
        assertThat(texts(ok("/api/events?modality=negated").get("items"), "/cameo")).containsExactly("190");
        assertThat(texts(ok("/api/events?from=2025-03-01&to=2025-03-31").get("items"), "/cameo")).containsExactly("036");
        assertThat(ok("/api/events?source_actor=ilse-varga.arl").get("items")).hasSize(2);
        assertThat(texts(ok("/api/events?target_actor=ilse-varga.arl").get("items"), "/cameo")).containsExactly("036");
    }

    @Test
    void countsDyadEventsPerPeriodWithReportsAndCopiesOfAStoryCountedOnce() {
        JsonNode dyads = ok("/api/dyads?source=ARL&target=BRV&interval=month");

        JsonNode rows = dyads.get("rows");
        assertThat(rows).hasSize(1);
        JsonNode february = rows.get(0);
        assertThat(february.get("period").asText()).isEqualTo("2025-02-01");
        assertThat(february.get("quad_class").asInt()).isEqualTo(3);
        assertThat(february.get("events").asInt()).isEqualTo(2);
        assertThat(february.get("goldstein").asDouble()).isEqualTo(-14.0);
        assertThat(february.get("reports").asInt()).isEqualTo(2);
        assertThat(february.get("stories").asInt()).isEqualTo(1);
        assertThat(february.get("story_events").asInt()).isEqualTo(1);
    }

    @Test
    void countsADyadBothWaysOnRequest() {
        long oneWay = events(ok("/api/dyads?source=ARL&target=BRV&interval=year"));
        long back = events(ok("/api/dyads?source=BRV&target=ARL&interval=year"));

        JsonNode both = ok("/api/dyads?source=ARL&target=BRV&interval=year&both_ways=true");

        assertThat(both.get("both_ways").asBoolean()).isTrue();
        assertThat(events(both)).isEqualTo(oneWay + back).isGreaterThan(oneWay);
    }

    @Test
    void listsTheEventsOfADyadBothWaysOnRequest() {
        int oneWay = ok("/api/events?source=ARL&target=BRV&limit=200").get("items").size();
        int back = ok("/api/events?source=BRV&target=ARL&limit=200").get("items").size();

        JsonNode both = ok("/api/events?source=ARL&target=BRV&both_ways=true&limit=200");

        assertThat(both.get("items").size()).isEqualTo(oneWay + back).isGreaterThan(oneWay);
        assertThat(both.get("items")).anyMatch(e -> e.at("/source/code").asText().startsWith("BRV"));
    }

    private static long events(JsonNode dyads) {
        long n = 0;
        for (JsonNode row : dyads.get("rows")) n += row.get("events").asLong();
        return n;
    }

    @Test
    void drawsActorsAsNodesAndTheirInteractionsAsWeightedSignedEdges() {
        JsonNode network = ok("/api/network");

        JsonNode heaviest = network.at("/edges/0");
        assertThat(heaviest.get("source").asText()).isEqualTo("ilse-varga.arl");
        assertThat(heaviest.get("target").asText()).isEqualTo("brevia.brv");
        assertThat(heaviest.get("weight").asInt()).isEqualTo(2);
        assertThat(heaviest.get("sign").asInt()).isEqualTo(-1);
        assertThat(heaviest.get("mean_goldstein").asDouble()).isEqualTo(-7.0);
        assertThat(network.get("edges")).hasSize(3);
        assertThat(texts(network.get("nodes"), "/key"))
                .containsExactlyInAnyOrder("ilse-varga.arl", "brevia.brv", "tomas-krel.brv", "arland.arl");
        assertThat(texts(ok("/api/network?from=2025-03-01").get("edges"), "/source")).containsExactly("tomas-krel.brv");
    }

    @Test
    void answersBadParametersWith400JsonNamingTheParameter() {
        for (String bad : List.of("/api/articles?limit=0", "/api/articles?limit=201", "/api/articles?cursor=nonsense",
                "/api/events?from=March", "/api/events?source=I%27R", "/api/events?root=1", "/api/events?modality=maybe",
                "/api/dyads?interval=fortnight", "/api/dyads?both_ways=perhaps", "/api/events?both_ways=1", "/api/quotes?actor=Not%20A%20Key", "/api/actors/ilse-varga.arl?interval=hour",
                "/api/network?limit=-3")) {
            Http.Reply reply = desk.http.get(bad);
            assertThat(reply.status()).as(bad).isEqualTo(400);
            assertThat(reply.json().get("status").asInt()).isEqualTo(400);
            assertThat(reply.json().get("error").asText()).isEqualTo("bad_request");
            String parameter = bad.replaceAll(".*[?&]([a-z_]+)=[^&]*$", "$1");
            assertThat(reply.json().get("message").asText()).as(bad).contains(parameter);
        }
    }

    @Test
    void answersAnUnknownPathWith404Json() {
        Http.Reply reply = desk.http.get("/api/nothing-here");

        assertThat(reply.status()).isEqualTo(404);
        assertThat(reply.json().get("error").asText()).isEqualTo("not_found");
    }

    @Test
    void sendsTheContentSecurityPolicyAndNosniffOnEveryKindOfResponse() {
        String swaggerCss = "/webjars/swagger-ui/" + ApiDocs.swaggerUiVersion() + "/swagger-ui.css";
        for (String path : List.of("/api/health", "/api/nothing-here", "/api/events?from=x", "/api/docs", "/api/docs/init.js",
                "/openapi.json", swaggerCss)) {
            Http.Reply reply = desk.http.get(path);
            assertThat(reply.header("Content-Security-Policy")).as(path).startsWith("default-src 'self'");
            assertThat(reply.header("X-Content-Type-Options")).as(path).isEqualTo("nosniff");
        }
    }

    @Test
    void servesSwaggerUiWithItsInitializerAsAnExternalScript() {
        Http.Reply page = desk.http.get("/api/docs");

        assertThat(page.status()).isEqualTo(200);
        assertThat(page.body()).contains("<script src=\"/api/docs/init.js\"></script>")
                .doesNotContainPattern("<script>[^<]");
        assertThat(desk.http.get("/api/docs/init.js").body()).contains("/openapi.json");
        assertThat(desk.http.get("/webjars/swagger-ui/" + ApiDocs.swaggerUiVersion() + "/swagger-ui-bundle.js").status())
                .isEqualTo(200);
    }
}
