package org.wirescope.app.http;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Properties;

/**
 * {@code /api/docs}: Swagger UI from its WebJar, reading {@code /openapi.json}. The page loads its
 * initializer as a separate script, {@code /api/docs/init.js}, because the Content-Security-Policy
 * lets no inline script run.
 */
final class ApiDocs {

    private ApiDocs() {
    }

    static String page() {
        return read("api-docs.html").replace("{{swagger-ui}}", "/webjars/swagger-ui/" + swaggerUiVersion());
    }

    static String script() {
        return read("api-docs.js");
    }

    /** The version of the Swagger UI WebJar on the class path, which names its folder. */
    static String swaggerUiVersion() {
        try (InputStream in = ApiDocs.class.getResourceAsStream("/META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) throw new IllegalStateException("the Swagger UI WebJar is not on the class path");
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String read(String name) {
        try (InputStream in = ApiDocs.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException(name + " is missing from the build");
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
