package org.wirescope.model;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A clean article: the body {@code text} is its paragraphs joined by a blank line, and every
 * span of every later stage indexes into it.
 *
 * @param id stable identity: a hash of the normalised title and body (see {@link ArticleIds})
 * @param paragraphs one span per paragraph, in order, covering {@code text} without the separators
 * @param rawMap maps offsets in {@code text} back to the raw input of {@code source}
 */
public record Article(
        String id,
        Source source,
        String title,
        Published published,
        Optional<String> language,
        List<String> byline,
        List<Caption> captions,
        String text,
        List<Span> paragraphs,
        OffsetMap rawMap) {

    public Article {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(title, "title");
        Objects.requireNonNull(published, "published");
        Objects.requireNonNull(language, "language");
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(rawMap, "rawMap");
        byline = List.copyOf(byline);
        captions = List.copyOf(captions);
        paragraphs = List.copyOf(paragraphs);
        for (Span p : paragraphs) {
            if (p.end() > text.length()) {
                throw new IllegalArgumentException("paragraph " + p + " beyond text length " + text.length());
            }
        }
    }

    /** The text of paragraph {@code i}. */
    public String paragraph(int i) {
        return paragraphs.get(i).in(text);
    }

    /** The raw-input offset of clean offset {@code cleanOffset}. */
    public int rawOffset(int cleanOffset) {
        return rawMap.toRaw(cleanOffset);
    }
}
