package org.wirescope.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import org.wirescope.model.Record;
import org.wirescope.output.JsonlWriter;
import org.wirescope.store.ActorListing;
import org.wirescope.store.ActorProfile;
import org.wirescope.store.ArticleSummary;
import org.wirescope.store.DyadPeriod;
import org.wirescope.store.EventRow;
import org.wirescope.store.Network;
import org.wirescope.store.QuoteRow;
import org.wirescope.store.search.SearchHit;
import org.wirescope.store.search.SearchKind;
import org.wirescope.store.search.SearchPage;
import org.wirescope.store.search.SearchRequest;

/**
 * The JSON the API answers with, one method per kind of object. Keys are snake_case like the JSONL
 * contract's; a value that is not known is {@code null}, a list with nothing in it {@code []}.
 */
final class Views {

    static final ObjectMapper MAPPER = new ObjectMapper();

    private Views() {
    }

    static ObjectNode object() {
        return MAPPER.createObjectNode();
    }

    /**
     * A page of a list: {@code items} and {@code next_cursor}. {@code rows} were read with one more
     * than {@code limit}, so that a full page knows whether another follows.
     */
    static <T> ObjectNode page(List<T> rows, int limit, int offset, Function<T, JsonNode> view) {
        ObjectNode page = object();
        ArrayNode items = page.putArray("items");
        rows.stream().limit(limit).map(view).forEach(items::add);
        page.put("next_cursor", rows.size() > limit ? Cursor.of(offset + limit) : null);
        return page;
    }

    static ObjectNode search(SearchRequest request, SearchPage page) {
        ObjectNode node = object();
        node.put("query", request.query());
        ArrayNode kinds = node.putArray("kinds");
        request.kinds().stream().map(SearchKind::label).sorted().forEach(kinds::add);
        node.put("total", page.total());
        ArrayNode items = node.putArray("items");
        for (SearchHit hit : page.hits()) {
            ObjectNode item = items.addObject();
            item.put("kind", hit.kind().label());
            item.put("article_id", hit.articleId());
            item.put("item_id", hit.itemId());
            item.put("title", hit.title());
            item.put("snippet", hit.snippet());
            item.put("score", hit.score());
            item.put("published", hit.published() == null ? null : hit.published().toString());
        }
        node.put("next_cursor", page.nextCursor());
        return node;
    }

    static ObjectNode article(ArticleSummary a) {
        ObjectNode node = object();
        node.put("id", a.id());
        node.put("title", a.title());
        node.set("published", published(a.published(), a.notBefore()));
        node.put("published_how", a.publishedHow());
        node.put("paragraphs", a.paragraphs());
        node.put("captions", a.captions());
        node.put("quotes", a.quotes());
        node.put("events", a.events());
        node.put("source_uri", a.sourceUri());
        return node;
    }

    /**
     * The article as the JSONL contract writes it ({@code docs/output-format.md}), with each actor's
     * {@code key} across articles added (the contract allows added fields).
     */
    static byte[] fullArticle(Record record, Map<String, String> actorKeys) {
        return JsonlWriter.utf8(record, "key", actorKeys);
    }

    static ObjectNode quote(QuoteRow q) {
        ObjectNode node = object();
        node.put("article_id", q.articleId());
        node.put("article_title", q.articleTitle());
        node.set("published", published(q.published(), q.notBefore()));
        node.put("quote_id", q.quoteId());
        node.put("kind", q.kind().name().toLowerCase(Locale.ROOT));
        node.put("text", q.text());
        node.put("start", q.start());
        node.put("end", q.end());
        ObjectNode speaker = node.putObject("speaker");
        speaker.put("name", q.speakerName());
        speaker.put("role", q.role().orElse(null));
        speaker.put("actor", q.actorId().orElse(null));
        speaker.put("key", q.actorKey().orElse(null));
        ArrayNode via = node.putArray("via");
        q.via().forEach(via::add);
        node.put("cue", q.cue().orElse(null));
        return node;
    }

    static ObjectNode event(EventRow e) {
        ObjectNode node = object();
        node.put("article_id", e.articleId());
        node.put("article_title", e.articleTitle());
        node.put("event_id", e.eventId());
        node.put("date", e.date().map(LocalDate::toString).orElse(null));
        node.set("source", party(e.sourceName(), e.sourceCode(), e.sourceKey()));
        node.set("target", e.targetName().map(name -> (JsonNode) party(name, e.targetCode(), e.targetKey()))
                .orElse(MAPPER.nullNode()));
        node.set("mediator", e.mediatorName().map(name -> (JsonNode) party(name, e.mediatorCode(), Optional.empty()))
                .orElse(MAPPER.nullNode()));
        node.put("cameo", e.cameo());
        node.put("root", e.cameo().length() >= 2 ? e.cameo().substring(0, 2) : e.cameo());
        ObjectNode plover = node.putObject("plover");
        plover.put("type", e.ploverType());
        plover.put("mode", e.ploverMode().orElse(null));
        node.put("goldstein", e.goldstein());
        node.put("quad_class", e.quadClass());
        node.put("modality", e.modality().name().toLowerCase(Locale.ROOT));
        ObjectNode evidence = node.putObject("evidence");
        evidence.put("start", e.evidenceStart());
        evidence.put("end", e.evidenceEnd());
        evidence.put("text", e.evidence());
        node.put("quote", e.quoteId().orElse(null));
        return node;
    }

    static ObjectNode actor(ActorListing a) {
        ObjectNode node = object();
        node.put("key", a.key());
        node.put("name", a.name());
        node.put("type", a.type());
        node.put("country", a.country().orElse(null));
        node.put("role", a.role().orElse(null));
        node.put("articles", a.articles());
        node.put("mentions", a.mentions());
        node.put("quotes", a.quotes());
        node.put("events", a.events());
        return node;
    }

    static ObjectNode profile(ActorProfile p, String interval) {
        ObjectNode node = object();
        node.put("key", p.key());
        node.put("name", p.name());
        node.put("type", p.type());
        node.put("country", p.country().orElse(null));
        node.set("names", tallies(p.names()));
        node.set("roles", tallies(p.roles()));
        node.set("codes", tallies(p.codes()));
        ObjectNode counts = node.putObject("counts");
        counts.put("articles", p.articles());
        counts.put("mentions", p.mentions());
        counts.put("quotes", p.quotes());
        counts.put("events_as_source", p.eventsAsSource());
        counts.put("events_as_target", p.eventsAsTarget());
        node.put("interval", interval);
        ArrayNode timeline = node.putArray("timeline");
        for (ActorProfile.Period period : p.timeline()) {
            ObjectNode row = timeline.addObject();
            row.put("period", period.period().toString());
            row.put("articles", period.articles());
            row.put("quotes", period.quotes());
            row.put("events_as_source", period.eventsAsSource());
            row.put("events_as_target", period.eventsAsTarget());
        }
        return node;
    }

    static ObjectNode dyadRow(DyadPeriod d) {
        ObjectNode node = object();
        node.put("period", d.period().toString());
        node.put("quad_class", d.quadClass());
        node.put("events", d.events());
        node.put("goldstein", d.goldstein());
        node.put("reports", d.reports());
        node.put("period_reports", d.periodReports());
        node.put("stories", d.stories());
        node.put("story_events", d.storyEvents());
        return node;
    }

    static ObjectNode network(Network network) {
        ObjectNode node = object();
        ArrayNode nodes = node.putArray("nodes");
        for (Network.Node n : network.nodes()) {
            ObjectNode row = nodes.addObject();
            row.put("key", n.key());
            row.put("name", n.name());
            row.put("type", n.type());
            row.put("country", n.country().orElse(null));
            row.put("as_source", n.asSource());
            row.put("as_target", n.asTarget());
        }
        ArrayNode edges = node.putArray("edges");
        for (Network.Edge e : network.edges()) {
            ObjectNode row = edges.addObject();
            row.put("source", e.source());
            row.put("target", e.target());
            row.put("weight", e.events());
            row.put("goldstein", e.goldstein());
            row.put("mean_goldstein", e.meanGoldstein());
            row.put("sign", (int) Math.signum(e.goldstein()));
            row.put("conflict", e.conflict());
        }
        return node;
    }

    static ObjectNode error(ApiException e) {
        ObjectNode node = object();
        node.put("status", e.status());
        node.put("error", e.error());
        node.put("message", e.getMessage());
        e.position().ifPresent(position -> node.put("position", position));
        return node;
    }

    private static ObjectNode party(String name, Optional<String> code, Optional<String> key) {
        ObjectNode node = object();
        node.put("name", name);
        node.put("code", code.orElse(null));
        node.put("key", key.orElse(null));
        return node;
    }

    private static ObjectNode published(Optional<LocalDate> date, Optional<LocalDate> notBefore) {
        ObjectNode node = object();
        node.put("date", date.map(LocalDate::toString).orElse(null));
        node.put("not_before", notBefore.map(LocalDate::toString).orElse(null));
        return node;
    }

    private static ArrayNode tallies(List<ActorProfile.Tally> tallies) {
        ArrayNode array = MAPPER.createArrayNode();
        for (ActorProfile.Tally tally : tallies) {
            ObjectNode row = array.addObject();
            row.put("value", tally.value());
            row.put("articles", tally.articles());
        }
        return array;
    }
}
