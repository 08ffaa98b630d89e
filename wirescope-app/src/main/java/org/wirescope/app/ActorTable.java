package org.wirescope.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import org.wirescope.store.ActorRow;

/** Actor listings: an aligned table for people, JSON lines for scripts. */
final class ActorTable {

    static final int NAME_WIDTH = 40;
    static final int ROLE_WIDTH = 32;
    private static final JsonFactory JSON = new JsonFactory();

    private ActorTable() {
    }

    /** The table: a header, then one aligned row per actor; counts right-aligned, {@code -} for unknown. */
    static List<String> rows(List<ActorRow> actors) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"NAME", "TYPE", "COUNTRY", "ROLE", "ARTICLES", "MENTIONS", "QUOTES"});
        for (ActorRow a : actors) {
            cells.add(new String[] {ArticleTable.truncate(a.name(), NAME_WIDTH), a.type(), a.country().orElse("-"),
                a.role().map(r -> ArticleTable.truncate(r, ROLE_WIDTH)).orElse("-"),
                Long.toString(a.articles()), Long.toString(a.mentions()), Long.toString(a.quotes())});
        }
        return Columns.align(cells, false, false, false, false, true, true, true);
    }

    /** {@code {"name": …, "type": "PERSON", "country": "NLD" or null, "role": … or null, "articles": 3, "mentions": 6, "quotes": 3}} */
    static String json(ActorRow a) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.writeStartObject();
            g.writeStringField("name", a.name());
            g.writeStringField("type", a.type());
            g.writeStringField("country", a.country().orElse(null));
            g.writeStringField("role", a.role().orElse(null));
            g.writeNumberField("articles", a.articles());
            g.writeNumberField("mentions", a.mentions());
            g.writeNumberField("quotes", a.quotes());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }
}
