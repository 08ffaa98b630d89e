package org.wirescope.app.http;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.io.TempDir;

/** Following {@code next_cursor} from the first page to the last visits every item of a list once. */
class ApiPagingTest {

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

    /** Every item of {@code list}, read {@code limit} at a time, identified by the fields of {@code identity}. */
    private static List<String> walk(String list, int limit, String... identity) {
        List<String> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            String separator = list.contains("?") ? "&" : "?";
            JsonNode page = desk.http.get(list + separator + "limit=" + limit
                    + (cursor == null ? "" : "&cursor=" + Http.encode(cursor))).json();
            assertThat(page.get("items").size()).isLessThanOrEqualTo(limit);
            for (JsonNode item : page.get("items")) {
                StringBuilder id = new StringBuilder();
                for (String field : identity) id.append(item.at(field).asText()).append('/');
                seen.add(id.toString());
            }
            cursor = page.get("next_cursor").isNull() ? null : page.get("next_cursor").asText();
            assertThat(++pages).as("pages of " + list).isLessThan(100);
        } while (cursor != null);
        return seen;
    }

    @ParameterizedTest
    @CsvSource({"/api/articles, 28", "/api/quotes, 28", "/api/actors, 29", "/api/events, 4", "/api/quotes?q=sail, 24"})
    void followingTheCursorsVisitsEveryItemOnceWhateverThePageSize(String list, int total) {
        String[] identity = switch (list.replaceAll("\\?.*", "")) {
            case "/api/articles" -> new String[] {"/id"};
            case "/api/actors" -> new String[] {"/key"};
            case "/api/events" -> new String[] {"/article_id", "/event_id"};
            default -> new String[] {"/article_id", "/quote_id"};
        };
        List<String> whole = walk(list, 200, identity);
        assertThat(whole).hasSize(total).doesNotHaveDuplicates();
        for (int limit : new int[] {1, 3, 7, total}) {
            assertThat(walk(list, limit, identity)).as("limit " + limit).isEqualTo(whole);
        }
    }
}
