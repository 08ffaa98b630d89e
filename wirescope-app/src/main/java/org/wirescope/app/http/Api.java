package org.wirescope.app.http;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.javalin.config.RoutesConfig;
import io.javalin.http.Context;
import io.javalin.http.Handler;
import io.javalin.http.HttpResponseException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import org.wirescope.store.ActorQuery;
import org.wirescope.store.DyadQuery;
import org.wirescope.store.EventQuery;
import org.wirescope.store.NetworkQuery;
import org.wirescope.store.QuoteQuery;
import org.wirescope.store.Store;
import org.wirescope.store.search.QuerySyntaxException;
import org.wirescope.store.search.SearchKind;
import org.wirescope.store.search.SearchRequest;

/**
 * Every route of the API, declared in {@link #declare}; each handler is a short lambda over the
 * request's context. Lists page with {@code limit} and {@code cursor} and answer {@code items} and
 * {@code next_cursor}; every error is JSON ({@code status}, {@code error}, {@code message}, and
 * {@code position} for a malformed query). {@code openapi.json} beside this class documents it all.
 */
final class Api {

    /** Codes the source and target filters take: the start of a CAMEO-style actor code. */
    private static final String CODE = "[A-Za-z]{1,15}";
    private static final String CODE_WHAT = "the start of an actor code, letters only (IRN, USAGOV)";
    private static final String KEY = "[a-z0-9]+(-[a-z0-9]+)*(\\.[a-z0-9]+)?";
    private static final String KEY_WHAT = "an actor key as /api/actors gives it (oren-castell.nld)";
    private static final List<String> MODALITIES = List.of("asserted", "negated", "conditional", "intended", "alleged");
    private static final int PROFILE_ITEMS = 10;
    /** Dyad and network answers kept for reuse until a batch with events is written. */
    private static final int ANSWERS_KEPT = 512;

    private final Store store;
    private final ServerSettings settings;
    private final IngestService ingest;
    private final Optional<RateLimiter> limiter;
    private final String version;
    private final AnswerCache answers;

    Api(Store store, ServerSettings settings, IngestService ingest, Optional<RateLimiter> limiter, String version) {
        this.store = store;
        this.settings = settings;
        this.ingest = ingest;
        this.limiter = limiter;
        this.version = version;
        this.answers = new AnswerCache(ANSWERS_KEPT, store::eventBatchesWritten);
    }

    void declare(RoutesConfig routes) {
        routes.before(Replies::secure);
        routes.before("/api/*", this::limitRate);

        routes.get("/api/health", ctx -> Replies.json(ctx, health()));
        routes.get("/api/search", ctx -> {
            Params p = Params.of(ctx);
            SearchRequest request = new SearchRequest(p.text("q").orElse(""), kinds(p), p.limit(), p.text("cursor").orElse(null));
            Replies.json(ctx, Views.search(request, store.search(request)));
        });
        routes.get("/api/articles", ctx -> {
            Params p = Params.of(ctx);
            int limit = p.limit();
            int offset = p.offset();
            Replies.json(ctx, Views.page(store.articles(limit + 1, offset), limit, offset, Views::article));
        });
        routes.get("/api/articles/{id}", ctx -> {
            String id = ctx.pathParam("id");
            Replies.json(ctx, store.storedArticle(id).or(() -> store.resolveId(id).flatMap(store::storedArticle))
                    .map(stored -> Views.fullArticle(stored.record(), stored.actorKeys()))
                    .orElseThrow(() -> ApiException.notFound("no article has the id '" + id + "'")));
        });
        routes.get("/api/quotes", ctx -> {
            Params p = Params.of(ctx);
            QuoteQuery query = new QuoteQuery(p.text("speaker"), p.text("via"), p.text("q"), p.matching("actor", KEY, KEY_WHAT),
                    p.limit() + 1, p.offset());
            Replies.json(ctx, Views.page(store.quotes(query), p.limit(), p.offset(), Views::quote));
        });
        routes.get("/api/actors", ctx -> {
            Params p = Params.of(ctx);
            ActorQuery query = new ActorQuery(p.text("q"), p.text("type"), p.matching("country", "[A-Za-z]{3}", "an ISO 3166 alpha-3 code"),
                    p.limit() + 1, p.offset());
            Replies.json(ctx, Views.page(store.actorListing(query), p.limit(), p.offset(), Views::actor));
        });
        routes.get("/api/actors/{key}", ctx -> Replies.json(ctx, actorProfile(ctx, ctx.pathParam("key"))));
        routes.get("/api/events", ctx -> {
            Params p = Params.of(ctx);
            Replies.json(ctx, Views.page(store.events(eventQuery(p).withPage(p.limit() + 1, p.offset())), p.limit(), p.offset(),
                    Views::event));
        });
        routes.get("/api/dyads", ctx -> {
            DyadQuery query = dyadQuery(Params.of(ctx));
            Replies.json(ctx, answers.get(query.toString(), () -> Replies.bytes(dyads(query))));
        });
        routes.get("/api/network", ctx -> {
            Params p = Params.of(ctx);
            NetworkQuery query = new NetworkQuery(p.date("from"), p.date("to"), p.number("limit", 100, 1, 1000));
            Replies.json(ctx, answers.get(query.toString(), () -> Replies.bytes(Views.network(store.network(query)))));
        });
        routes.post("/api/ingest", withToken(ctx -> Replies.json(ctx, ingest.ingest(ctx))));
        routes.get("/openapi.json", ctx -> ctx.contentType("application/json; charset=utf-8").result(OpenApi.document()));
        routes.get("/api/docs", ctx -> ctx.contentType("text/html; charset=utf-8").result(ApiDocs.page()));
        routes.get("/api/docs/init.js", ctx -> ctx.contentType("text/javascript; charset=utf-8").result(ApiDocs.script()));

        routes.exception(ApiException.class, (e, ctx) -> Replies.error(ctx, e));
        routes.exception(QuerySyntaxException.class, (e, ctx) -> Replies.error(ctx, ApiException.badQuery(e.getMessage(), e.position())));
        routes.exception(IllegalArgumentException.class, (e, ctx) -> Replies.error(ctx, ApiException.badRequest(e.getMessage())));
        routes.exception(HttpResponseException.class, (e, ctx) -> Replies.error(ctx, fromJavalin(e)));
        routes.exception(Exception.class, (e, ctx) -> Replies.error(ctx,
                new ApiException(500, "internal_error", "the server failed: " + e.getMessage(), OptionalInt.empty())));
        routes.error(404, ctx -> {
            if (ctx.resultInputStream() == null) Replies.error(ctx, ApiException.notFound("no such endpoint: " + ctx.method() + " " + ctx.path()));
        });
    }

    private ObjectNode health() {
        ObjectNode node = Views.object();
        node.put("status", "ok");
        node.put("version", version);
        node.put("articles", store.articleCount());
        node.put("write_enabled", settings.token().isPresent());
        node.put("rate_limit_per_minute", settings.rateLimit());
        ObjectNode ingesting = node.putObject("ingest");
        ingesting.put("running", ingest.running());
        ingesting.put("pipeline_loaded", ingest.pipelineLoaded());
        ObjectNode cache = node.putObject("answer_cache");
        cache.put("hits", answers.hits());
        cache.put("misses", answers.misses());
        return node;
    }

    private ObjectNode actorProfile(Context ctx, String key) {
        Params p = Params.of(ctx);
        String interval = p.choice("interval", DyadQuery.INTERVALS, "month");
        ObjectNode node = store.actorProfile(key, interval).map(profile -> Views.profile(profile, interval))
                .orElseThrow(() -> ApiException.notFound("no actor has the key '" + key + "'"));
        node.set("quotes", Views.page(store.quotes(QuoteQuery.all(PROFILE_ITEMS + 1, 0).withActor(key)),
                PROFILE_ITEMS, 0, Views::quote));
        node.set("events_as_source", Views.page(store.events(EventQuery.all(PROFILE_ITEMS + 1, 0).withSourceActor(key)),
                PROFILE_ITEMS, 0, Views::event));
        node.set("events_as_target", Views.page(store.events(EventQuery.all(PROFILE_ITEMS + 1, 0).withTargetActor(key)),
                PROFILE_ITEMS, 0, Views::event));
        return node;
    }

    /** {@code kind}: kinds of search hit, comma separated or repeated; none means every kind. */
    private static Set<SearchKind> kinds(Params p) {
        Set<SearchKind> kinds = EnumSet.noneOf(SearchKind.class);
        for (String value : p.all("kind")) {
            for (String label : value.split(",")) {
                if (label.isBlank()) continue;
                try {
                    kinds.add(SearchKind.parse(label));
                } catch (IllegalArgumentException e) {
                    throw ApiException.badRequest(e.getMessage());
                }
            }
        }
        return kinds;
    }

    private static EventQuery eventQuery(Params p) {
        return new EventQuery(p.matching("source", CODE, CODE_WHAT), p.matching("target", CODE, CODE_WHAT),
                p.matching("root", "[0-9]{2}", "a CAMEO root code, two digits (13)"),
                p.matching("plover", "[A-Za-z_]{1,40}", "a PLOVER event type (THREATEN)"), p.date("from"), p.date("to"),
                p.choiceIfGiven("modality", MODALITIES),
                p.matching("source_actor", KEY, KEY_WHAT), p.matching("target_actor", KEY, KEY_WHAT), 0, 0, bothWays(p));
    }

    private static boolean bothWays(Params p) {
        return p.choice("both_ways", List.of("true", "false"), "false").equals("true");
    }

    private static DyadQuery dyadQuery(Params p) {
        return new DyadQuery(p.matching("source", CODE, CODE_WHAT).map(code -> code.toUpperCase(Locale.ROOT)),
                p.matching("target", CODE, CODE_WHAT).map(code -> code.toUpperCase(Locale.ROOT)),
                p.choice("interval", DyadQuery.INTERVALS, "month"), p.date("from"), p.date("to"),
                bothWays(p));
    }

    private ObjectNode dyads(DyadQuery query) {
        ObjectNode node = Views.object();
        node.put("source", query.source().orElse(null));
        node.put("target", query.target().orElse(null));
        node.put("interval", query.interval());
        node.put("both_ways", query.bothWays());
        node.put("from", query.from().map(Object::toString).orElse(null));
        node.put("to", query.to().map(Object::toString).orElse(null));
        ArrayNode rows = node.putArray("rows");
        store.dyads(query).forEach(row -> rows.add(Views.dyadRow(row)));
        return node;
    }

    private void limitRate(Context ctx) {
        if (limiter.isEmpty()) return;
        OptionalLong wait = limiter.get().take(ctx.ip());
        ctx.header("X-RateLimit-Limit", Integer.toString(limiter.get().perMinute()));
        if (wait.isPresent()) {
            ctx.header("Retry-After", Long.toString(wait.getAsLong()));
            throw new ApiException(429, "rate_limited", "more than " + limiter.get().perMinute()
                    + " requests a minute from this client; retry after " + wait.getAsLong() + " s", OptionalInt.empty());
        }
    }

    /** The handler, run only for a request with {@code Authorization: Bearer <token>}. */
    private Handler withToken(Handler handler) {
        return ctx -> {
            if (settings.token().isEmpty()) {
                throw new ApiException(403, "forbidden", "writing is switched off: start the server with --token "
                        + "(or $WIRESCOPE_TOKEN)", OptionalInt.empty());
            }
            String given = Optional.ofNullable(ctx.header("Authorization")).filter(h -> h.startsWith("Bearer "))
                    .map(h -> h.substring("Bearer ".length()).strip()).orElse("");
            if (!MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8),
                    settings.token().get().getBytes(StandardCharsets.UTF_8))) {
                ctx.header("WWW-Authenticate", "Bearer");
                throw new ApiException(401, "unauthorized", given.isEmpty()
                        ? "this endpoint needs the header 'Authorization: Bearer <token>'"
                        : "the token is not the server's", OptionalInt.empty());
            }
            handler.handle(ctx);
        };
    }

    private static ApiException fromJavalin(HttpResponseException e) {
        String error = switch (e.getStatus()) {
            case 400 -> "bad_request";
            case 404 -> "not_found";
            case 405 -> "method_not_allowed";
            case 413 -> "too_large";
            default -> e.getStatus() >= 500 ? "internal_error" : "bad_request";
        };
        return new ApiException(e.getStatus(), error, e.getMessage(), OptionalInt.empty());
    }
}
