package org.wirescope.app;

import java.nio.file.Path;
import java.util.Map;
import picocli.CommandLine.Option;

/** {@code --db PATH}: the DuckDB file, else {@code $WIRESCOPE_DB}, else {@code wirescope.duckdb} here. */
final class DbOptions {

    static final String ENV = "WIRESCOPE_DB";
    static final String DEFAULT_FILE = "wirescope.duckdb";

    @Option(names = "--db", paramLabel = "PATH",
            description = "The database file (default: $" + ENV + ", else ./" + DEFAULT_FILE + ").")
    Path db;

    Path path() {
        return path(System.getenv());
    }

    /** The database file given these environment variables. */
    Path path(Map<String, String> environment) {
        if (db != null) return db;
        String env = environment.get(ENV);
        return env != null && !env.isBlank() ? Path.of(env) : Path.of(DEFAULT_FILE);
    }
}
