package org.wirescope.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.wirescope.store.search.SearchHit;
import org.wirescope.store.search.SearchPage;

/** Search hits: an aligned table for people, one JSON object a page for scripts. */
final class SearchListing {

    static final int TITLE_WIDTH = 40;
    static final int SNIPPET_WIDTH = 100;
    private static final JsonFactory JSON = new JsonFactory();

    private SearchListing() {
    }

    /**
     * A header, then one row per hit: kind, score, publication day, {@code article/item} id, title and
     * the snippet as plain text with the matched words between asterisks.
     */
    static List<String> rows(SearchPage page) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"KIND", "SCORE", "PUBLISHED", "ID", "TITLE", "SNIPPET"});
        for (SearchHit hit : page.hits()) {
            cells.add(new String[] {hit.kind().label(), String.format(Locale.ROOT, "%.2f", hit.score()),
                hit.published() == null ? "-" : hit.published().toString(),
                hit.articleId() + (hit.itemId() == null ? "" : "/" + hit.itemId()),
                ArticleTable.truncate(hit.title(), TITLE_WIDTH),
                ArticleTable.truncate(plain(hit.snippet()), SNIPPET_WIDTH)});
        }
        return Columns.align(cells, false, true, false, false, false, false);
    }

    /** {@code (20 of 57 hits; next page: --cursor C)}, or {@code (57 hits)} when no page follows. */
    static String footer(SearchPage page) {
        String hits = page.total() == 1 ? " hit" : " hits";
        if (page.nextCursor() == null) return "(" + page.total() + hits + ")";
        return "(" + page.hits().size() + " of " + page.total() + hits + "; next page: --cursor " + page.nextCursor() + ")";
    }

    /**
     * {@code {"total": 57, "next_cursor": … or null, "hits": [{"kind": "quote", "article_id": …,
     * "item_id": "q1" or null, "title": …, "published": "2025-01-01" or null, "score": 2.31,
     * "snippet": HTML with <mark>}]}}
     */
    static String json(SearchPage page) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.writeStartObject();
            g.writeNumberField("total", page.total());
            g.writeStringField("next_cursor", page.nextCursor());
            g.writeArrayFieldStart("hits");
            for (SearchHit hit : page.hits()) {
                g.writeStartObject();
                g.writeStringField("kind", hit.kind().label());
                g.writeStringField("article_id", hit.articleId());
                g.writeStringField("item_id", hit.itemId());
                g.writeStringField("title", hit.title());
                g.writeStringField("published", hit.published() == null ? null : hit.published().toString());
                g.writeNumberField("score", hit.score());
                g.writeStringField("snippet", hit.snippet());
                g.writeEndObject();
            }
            g.writeEndArray();
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }

    /** A snippet's HTML as terminal text: marks become asterisks, entities their characters. */
    static String plain(String snippet) {
        return snippet.replace("<mark>", "*").replace("</mark>", "*")
                .replace("&lt;", "<").replace("&gt;", ">").replace("&quot;", "\"").replace("&#39;", "'")
                .replace("&amp;", "&");
    }
}
