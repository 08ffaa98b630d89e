package org.wirescope.app.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

/** The OpenAPI 3.1 description of the API, written by hand beside this class as {@code openapi.json}. */
final class OpenApi {

    private OpenApi() {
    }

    /** The document's bytes (read for each request: it is small, and nothing is cached between requests). */
    static byte[] document() {
        try (InputStream in = OpenApi.class.getResourceAsStream("openapi.json")) {
            if (in == null) throw new IllegalStateException("openapi.json is missing from the build");
            return in.readAllBytes();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
