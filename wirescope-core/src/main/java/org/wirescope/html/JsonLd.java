package org.wirescope.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.json.JsonReadFeature;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.parser.Parser;

/**
 * The article object of a page's JSON-LD ({@code NewsArticle}, {@code Article}, {@code BlogPosting} and
 * kin), found in {@code <script type="application/ld+json">} blocks, also inside arrays and {@code @graph}.
 * Walks the JSON with an explicit stack and a node budget; malformed blocks are ignored.
 */
record JsonLd(Optional<String> headline, Optional<String> body, List<String> authors, Optional<String> published,
        Optional<String> language) {

    static final JsonLd NONE = new JsonLd(Optional.empty(), Optional.empty(), List.of(), Optional.empty(), Optional.empty());

    private static final int MAX_NODES = 20_000;
    private static final Set<String> ARTICLE_TYPES = Set.of("newsarticle", "article", "blogposting", "reportagenewsarticle",
            "analysisnewsarticle", "opinionnewsarticle", "backgroundnewsarticle", "reviewnewsarticle", "socialmediaposting",
            "liveblogposting", "techarticle", "scholarlyarticle", "posting", "report");
    private static final ObjectMapper JSON = JsonMapper.builder()
            .enable(JsonReadFeature.ALLOW_UNESCAPED_CONTROL_CHARS, JsonReadFeature.ALLOW_TRAILING_COMMA,
                    JsonReadFeature.ALLOW_BACKSLASH_ESCAPING_ANY_CHARACTER)
            .build();

    static JsonLd of(List<Element> scripts) {
        JsonNode article = null;
        JsonNode anyDated = null;
        for (Element script : scripts) {
            String data = script.data();
            if (!mayDescribeAnArticle(data)) continue;
            JsonNode root;
            try {
                root = JSON.readTree(data);
            } catch (JsonProcessingException e) {
                continue;
            }
            Deque<JsonNode> stack = new ArrayDeque<>();
            if (root != null) stack.push(root);
            int budget = MAX_NODES;
            while (!stack.isEmpty() && budget-- > 0) {
                JsonNode node = stack.pop();
                if (node.isArray()) {
                    for (int i = node.size() - 1; i >= 0; i--) stack.push(node.get(i));
                } else if (node.isObject()) {
                    if (article == null && isArticle(node.get("@type"))) article = node;
                    if (anyDated == null && node.hasNonNull("datePublished")) anyDated = node;
                    JsonNode graph = node.get("@graph");
                    if (graph != null) stack.push(graph);
                    JsonNode main = node.get("mainEntity");
                    if (main != null && main.isObject()) stack.push(main);
                }
            }
            if (article != null) break;
        }
        if (article == null && anyDated == null) return NONE;
        JsonNode a = article != null ? article : anyDated;
        Optional<String> published = text(a, "datePublished");
        if (published.isEmpty() && anyDated != null) published = text(anyDated, "datePublished");
        if (article == null) return new JsonLd(Optional.empty(), Optional.empty(), List.of(), published, Optional.empty());
        return new JsonLd(text(a, "headline").or(() -> text(a, "name")), raw(a, "articleBody"), authors(a.get("author")),
                published, text(a, "inLanguage"));
    }

    /**
     * Whether a block can hold what is read here: a {@code datePublished} or an article type (every one
     * of {@link #ARTICLE_TYPES} names an article, a posting or a report). Blocks about the site, its
     * breadcrumbs or its products are not parsed.
     */
    private static boolean mayDescribeAnArticle(String data) {
        return data.contains("datePublished") || containsIgnoringCase(data, "article") || containsIgnoringCase(data, "posting")
                || containsIgnoringCase(data, "report");
    }

    /** {@code word} in lower case ASCII letters. */
    private static boolean containsIgnoringCase(String s, String word) {
        char first = word.charAt(0);
        char upper = Character.toUpperCase(first);
        for (int i = 0, last = s.length() - word.length(); i <= last; i++) {
            char c = s.charAt(i);
            if ((c == first || c == upper) && s.regionMatches(true, i, word, 0, word.length())) return true;
        }
        return false;
    }

    private static boolean isArticle(JsonNode type) {
        if (type == null) return false;
        if (type.isTextual()) return ARTICLE_TYPES.contains(type.asText().toLowerCase(java.util.Locale.ROOT));
        if (type.isArray()) {
            for (JsonNode t : type) if (t.isTextual() && ARTICLE_TYPES.contains(t.asText().toLowerCase(java.util.Locale.ROOT))) return true;
        }
        return false;
    }

    private static Optional<String> text(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value != null && value.isArray() && !value.isEmpty()) value = value.get(0);
        if (value == null || !value.isValueNode()) return Optional.empty();
        String s = Whitespace.normalise(value.asText());
        return s.isEmpty() ? Optional.empty() : Optional.of(s);
    }

    /** A text value as it stands, line breaks kept. */
    private static Optional<String> raw(JsonNode node, String field) {
        JsonNode value = node.get(field);
        if (value == null || !value.isValueNode() || value.asText().isBlank()) return Optional.empty();
        return Optional.of(value.asText());
    }

    private static List<String> authors(JsonNode author) {
        List<String> names = new ArrayList<>();
        if (author == null) return names;
        List<JsonNode> items = new ArrayList<>();
        if (author.isArray()) author.forEach(items::add);
        else items.add(author);
        for (JsonNode item : items) {
            String name = item.isTextual() ? item.asText() : item.isObject() && item.hasNonNull("name") ? item.get("name").asText() : "";
            // script text is not unescaped by the HTML parser: "Maria &amp; Katerina"
            name = Whitespace.normalise(Parser.unescapeEntities(name, false));
            if (!name.startsWith("http") && PageMeta.plausibleName(name) && !names.contains(name)) names.add(name);
        }
        return names;
    }
}
