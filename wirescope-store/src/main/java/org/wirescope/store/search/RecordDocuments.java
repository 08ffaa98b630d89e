package org.wirescope.store.search;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.lucene.document.Document;
import org.apache.lucene.document.Field;
import org.apache.lucene.document.FieldType;
import org.apache.lucene.document.IntPoint;
import org.apache.lucene.document.SortedDocValuesField;
import org.apache.lucene.document.StoredField;
import org.apache.lucene.document.StringField;
import org.apache.lucene.document.TextField;
import org.apache.lucene.index.IndexOptions;
import org.apache.lucene.util.BytesRef;
import org.wirescope.model.Actor;
import org.wirescope.model.Article;
import org.wirescope.model.Event;
import org.wirescope.model.Quote;
import org.wirescope.model.Record;

/**
 * The documents of one article: one for the article itself, one per quote and one per event. Every
 * document carries the article's id, title, language and publication day, so a quote or an event
 * can be found and shown on its own.
 */
final class RecordDocuments {

    /** Words with their offsets in the postings, so highlighting need not analyse long bodies again. */
    private static final FieldType SNIPPET_TEXT = snippetText();
    /** One lower-cased term per value (the keyword analyzer applies), not stored. */
    private static final FieldType KEYWORD = keyword();

    private RecordDocuments() {
    }

    static List<Document> of(Record record) {
        Map<String, Actor> actors = record.actors().stream()
                .collect(Collectors.toMap(Actor::id, Function.identity(), (first, second) -> first));
        List<Document> documents = new ArrayList<>(1 + record.quotes().size() + record.events().size());
        documents.add(article(record));
        for (Quote quote : record.quotes()) {
            documents.add(quote(record.article(), quote, actors));
        }
        for (Event event : record.events()) {
            documents.add(event(record.article(), event, actors));
        }
        return documents;
    }

    private static Document article(Record record) {
        Article article = record.article();
        Document doc = common(SearchKind.ARTICLE, article, null);
        doc.add(new Field(IndexFields.TITLE, article.title(), TextField.TYPE_NOT_STORED));
        doc.add(new Field(IndexFields.TEXT, article.text(), SNIPPET_TEXT));
        article.captions().forEach(caption -> doc.add(new Field(IndexFields.CAPTION, caption.text(), SNIPPET_TEXT)));
        for (Actor actor : record.actors()) {
            words(doc, IndexFields.ACTOR, actor.name());
            actor.country().ifPresent(country -> keyword(doc, IndexFields.COUNTRY, country));
        }
        for (Event event : record.events()) {
            keyword(doc, IndexFields.CAMEO, event.cameo());
            keyword(doc, IndexFields.PLOVER, event.plover().type());
        }
        return doc;
    }

    private static Document quote(Article article, Quote quote, Map<String, Actor> actors) {
        Document doc = common(SearchKind.QUOTE, article, quote.id());
        doc.add(new Field(IndexFields.TEXT, quote.text(), SNIPPET_TEXT));
        Quote.Speaker speaker = quote.speaker();
        Optional<Actor> resolved = speaker.actor().map(actors::get);
        Set<String> speakerNames = new LinkedHashSet<>();
        speakerNames.add(speaker.name());
        resolved.ifPresent(actor -> speakerNames.add(actor.name()));
        for (String name : speakerNames) {
            words(doc, IndexFields.SPEAKER, name);
            words(doc, IndexFields.ACTOR, name);
        }
        speaker.role().or(() -> resolved.flatMap(Actor::role)).ifPresent(role -> words(doc, IndexFields.ROLE, role));
        resolved.flatMap(Actor::country).ifPresent(country -> keyword(doc, IndexFields.COUNTRY, country));
        for (Quote.Relay relay : quote.via()) {
            words(doc, IndexFields.VIA, relay.name());
            words(doc, IndexFields.ACTOR, relay.name());
        }
        return doc;
    }

    private static Document event(Article article, Event event, Map<String, Actor> actors) {
        Document doc = common(SearchKind.EVENT, article, event.id());
        doc.add(new Field(IndexFields.TEXT, event.evidence().text(), SNIPPET_TEXT));
        party(doc, IndexFields.SOURCE, event.source(), actors);
        event.target().ifPresent(target -> party(doc, IndexFields.TARGET, target, actors));
        keyword(doc, IndexFields.CAMEO, event.cameo());
        keyword(doc, IndexFields.PLOVER, event.plover().type());
        return doc;
    }

    /**
     * A source or target: its name, the name of the actor it was resolved to and its code as words of
     * {@code field} and of {@code actor}; its country is the resolved actor's, else the first three
     * letters of its CAMEO-style code (country, then sector).
     */
    private static void party(Document doc, String field, Event.Party party, Map<String, Actor> actors) {
        Optional<Actor> resolved = party.actor().map(actors::get);
        Set<String> names = new LinkedHashSet<>();
        names.add(party.name());
        resolved.ifPresent(actor -> names.add(actor.name()));
        for (String name : names) {
            words(doc, field, name);
            words(doc, IndexFields.ACTOR, name);
        }
        party.code().ifPresent(code -> words(doc, field, code));
        resolved.flatMap(Actor::country)
                .or(() -> party.code().filter(code -> code.length() >= 3 && code.substring(0, 3).chars().allMatch(Character::isLetter))
                        .map(code -> code.substring(0, 3)))
                .ifPresent(country -> keyword(doc, IndexFields.COUNTRY, country));
    }

    private static Document common(SearchKind kind, Article article, String itemId) {
        Document doc = new Document();
        doc.add(new Field(IndexFields.KIND, kind.label(), KEYWORD));
        doc.add(new StoredField(IndexFields.KIND, kind.label()));
        doc.add(new StringField(IndexFields.ARTICLE_ID, article.id(), Field.Store.YES));
        if (itemId != null) doc.add(new StoredField(IndexFields.ITEM_ID, itemId));
        doc.add(new StoredField(IndexFields.ARTICLE_TITLE, article.title()));
        doc.add(new SortedDocValuesField(IndexFields.KEY,
                new BytesRef(kind.label() + '/' + article.id() + '/' + (itemId == null ? "" : itemId))));
        article.language().ifPresent(language -> keyword(doc, IndexFields.LANGUAGE, language));
        Optional<LocalDate> published = article.published().date();
        if (published.isPresent()) {
            int day = Math.toIntExact(published.get().toEpochDay());
            doc.add(new IntPoint(IndexFields.PUBLISHED, day));
            doc.add(new StoredField(IndexFields.PUBLISHED, day));
        }
        return doc;
    }

    private static void words(Document doc, String field, String value) {
        doc.add(new Field(field, value, TextField.TYPE_NOT_STORED));
    }

    private static void keyword(Document doc, String field, String value) {
        doc.add(new Field(field, value, KEYWORD));
    }

    private static FieldType snippetText() {
        FieldType type = new FieldType(TextField.TYPE_STORED);
        type.setIndexOptions(IndexOptions.DOCS_AND_FREQS_AND_POSITIONS_AND_OFFSETS);
        type.freeze();
        return type;
    }

    private static FieldType keyword() {
        FieldType type = new FieldType();
        type.setIndexOptions(IndexOptions.DOCS);
        type.setTokenized(true);
        type.setOmitNorms(true);
        type.freeze();
        return type;
    }
}
