package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Map;
import org.junit.jupiter.api.Test;

class DbOptionsTest {

    @Test
    void prefersTheDbOptionOverTheEnvironment() {
        DbOptions options = new DbOptions();
        options.db = Path.of("given.duckdb");
        assertThat(options.path(Map.of("WIRESCOPE_DB", "env.duckdb"))).isEqualTo(Path.of("given.duckdb"));
    }

    @Test
    void usesWirescopeDbFromTheEnvironmentWhenNoOptionIsGiven() {
        assertThat(new DbOptions().path(Map.of("WIRESCOPE_DB", "env.duckdb"))).isEqualTo(Path.of("env.duckdb"));
    }

    @Test
    void defaultsToAFileInTheWorkingDirectory() {
        assertThat(new DbOptions().path(Map.of())).isEqualTo(Path.of("wirescope.duckdb"));
        assertThat(new DbOptions().path(Map.of("WIRESCOPE_DB", " "))).isEqualTo(Path.of("wirescope.duckdb"));
    }
}
