package org.wirescope.app;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonGenerator;
import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirescope.store.ArticleSummary;

/** Article listings: an aligned table for people, JSON lines for scripts. */
final class ArticleTable {

    static final int TITLE_WIDTH = 60;
    private static final JsonFactory JSON = new JsonFactory();

    private ArticleTable() {
    }

    /** The table: a header, then one aligned row per article. */
    static List<String> rows(List<ArticleSummary> articles) {
        List<String[]> cells = new ArrayList<>();
        cells.add(new String[] {"ID", "PUBLISHED", "TITLE", "PARAS", "CAPTIONS"});
        for (ArticleSummary a : articles) {
            cells.add(new String[] {a.id(), published(a.published(), a.notBefore()), truncate(a.title(), TITLE_WIDTH),
                Integer.toString(a.paragraphs()), Integer.toString(a.captions())});
        }
        return Columns.align(cells, false, false, false, true, true);
    }

    /** {@code 2031-03-04}, {@code ≥2031-03-01} when only a lower bound is known, or {@code -}. */
    static String published(Optional<LocalDate> date, Optional<LocalDate> notBefore) {
        if (date.isPresent()) return date.get().toString();
        return notBefore.map(d -> "≥" + d).orElse("-");
    }

    static String truncate(String s, int max) {
        String flat = s.replaceAll("\\s+", " ").strip();
        if (flat.codePointCount(0, flat.length()) <= max) return flat;
        int end = flat.offsetByCodePoints(0, max - 1);
        return flat.substring(0, end).stripTrailing() + "…";
    }

    static String json(ArticleSummary a) {
        StringWriter sw = new StringWriter();
        try (JsonGenerator g = JSON.createGenerator(sw)) {
            g.writeStartObject();
            g.writeStringField("id", a.id());
            g.writeStringField("title", a.title());
            g.writeStringField("published", a.published().map(LocalDate::toString).orElse(null));
            g.writeStringField("not_before", a.notBefore().map(LocalDate::toString).orElse(null));
            g.writeStringField("published_how", a.publishedHow());
            g.writeNumberField("paragraphs", a.paragraphs());
            g.writeNumberField("captions", a.captions());
            g.writeNumberField("quotes", a.quotes());
            g.writeNumberField("events", a.events());
            g.writeStringField("source", a.sourceUri());
            g.writeEndObject();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return sw.toString();
    }
}
