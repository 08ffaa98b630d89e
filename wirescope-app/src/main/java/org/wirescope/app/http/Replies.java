package org.wirescope.app.http;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import io.javalin.http.Context;
import java.util.Map;

/** What every response carries, and how JSON is written. */
final class Replies {

    /**
     * Scripts, styles and everything else only from this server: no inline script can run, whatever
     * an article's text holds. Images may also be {@code data:} URLs (the API page's icons).
     */
    static final String CONTENT_SECURITY_POLICY = "default-src 'self'; img-src 'self' data:; object-src 'none'; "
            + "base-uri 'none'; frame-ancestors 'none'; form-action 'self'";

    static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Content-Security-Policy", CONTENT_SECURITY_POLICY,
            "X-Content-Type-Options", "nosniff",
            "Referrer-Policy", "no-referrer",
            "X-Frame-Options", "DENY");

    private Replies() {
    }

    static void secure(Context ctx) {
        SECURITY_HEADERS.forEach(ctx::header);
    }

    static void json(Context ctx, int status, JsonNode body) {
        secure(ctx);
        ctx.status(status).contentType("application/json; charset=utf-8").result(bytes(body));
    }

    /** A 200 answer of JSON already written. */
    static void json(Context ctx, byte[] body) {
        secure(ctx);
        ctx.status(200).contentType("application/json; charset=utf-8").result(body);
    }

    static byte[] bytes(JsonNode body) {
        try {
            return Views.MAPPER.writeValueAsBytes(body);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a JSON tree that does not serialise", e);
        }
    }

    static void json(Context ctx, JsonNode body) {
        json(ctx, 200, body);
    }

    static void error(Context ctx, ApiException e) {
        json(ctx, e.status(), Views.error(e));
    }
}
