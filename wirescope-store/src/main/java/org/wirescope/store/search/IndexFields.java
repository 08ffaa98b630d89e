package org.wirescope.store.search;

import java.util.List;
import java.util.Set;

/** The names of the index's fields, and which of them the query language lets a person use. */
final class IndexFields {

    /** The hit's kind: {@code article}, {@code quote} or {@code event} (keyword). */
    static final String KIND = "kind";
    /** The article a document is or belongs to: every document of an article carries it, so they go together. */
    static final String ARTICLE_ID = "article_id";
    /** The quote or event id within its article (stored only). */
    static final String ITEM_ID = "item_id";
    /** kind/article/item, unique: breaks ties between equal scores so that cursor paging is stable. */
    static final String KEY = "key";

    /** The article's title as words; only article documents have it, so that it finds articles. */
    static final String TITLE = "title";
    /** The article's title as it is shown with every hit (stored only). */
    static final String ARTICLE_TITLE = "article_title";
    /** The article body, the quote's words or the event's evidence sentence: what snippets are cut from. */
    static final String TEXT = "text";
    static final String CAPTION = "caption";
    static final String SPEAKER = "speaker";
    static final String ROLE = "role";
    static final String VIA = "via";
    /** Every actor name of the article, quote (speaker, relays) or event (source, target). */
    static final String ACTOR = "actor";
    static final String SOURCE = "source";
    static final String TARGET = "target";

    static final String COUNTRY = "country";
    static final String CAMEO = "cameo";
    static final String PLOVER = "plover";
    static final String LANGUAGE = "language";
    /** The article's publication day, as days since 1970-01-01 (point field for ranges, also stored). */
    static final String PUBLISHED = "published";

    /** Analysed into words: matched word by word, and highlighted. */
    static final Set<String> TEXT_FIELDS = Set.of(TITLE, TEXT, CAPTION, SPEAKER, ROLE, VIA, ACTOR, SOURCE, TARGET);

    /** One lower-cased term per value, matched whole (or by prefix). */
    static final Set<String> KEYWORD_FIELDS = Set.of(KIND, COUNTRY, CAMEO, PLOVER, LANGUAGE);

    /** What a word without a field is looked for in. */
    static final List<String> DEFAULT_FIELDS = List.of(TITLE, TEXT, CAPTION, ACTOR);

    /** Every field a query may name, in the order an error message lists them. */
    static final List<String> QUERYABLE = List.of(TEXT, TITLE, CAPTION, SPEAKER, ROLE, VIA, ACTOR, SOURCE, TARGET,
            COUNTRY, CAMEO, PLOVER, LANGUAGE, KIND, PUBLISHED);

    private IndexFields() {
    }
}
