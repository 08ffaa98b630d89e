package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code wirescope serve} and {@code wirescope bench serve} on the command line. */
class ServeCommandsTest {

    @TempDir
    Path dir;

    @Test
    void refusesANegativeRateLimitOrAPortOutOfRangeAsUsageErrors() {
        Cli rate = Cli.run("serve", "--db", dir.resolve("x.duckdb").toString(), "--rate-limit", "-1");
        Cli port = Cli.run("serve", "--db", dir.resolve("x.duckdb").toString(), "--port", "70000");

        assertThat(rate.code()).isEqualTo(2);
        assertThat(rate.err()).contains("--rate-limit");
        assertThat(port.code()).isEqualTo(2);
        assertThat(port.err()).contains("--port");
    }

    @Test
    void listsItsRoutesAndOptionsInItsHelp() {
        String help = Cli.run("serve", "--help").out();

        assertThat(help).contains("--port").contains("--bind").contains("--token").contains("--rate-limit")
                .contains("/api/search").contains("/openapi.json").contains("WIRESCOPE_TOKEN");
    }

    @Test
    void benchServeMeasuresEveryKindOfRequestWithAndWithoutAnIngestBeside() throws Exception {
        Path db = dir.resolve("bench.duckdb");
        SpeechRecords.store(db, SpeechRecords.trains(), SpeechRecords.union(), EventRecords.ports(), EventRecords.border());
        Path story = Stories.write(Files.createDirectories(dir.resolve("in")), "story.txt", 3);

        // Four clients: each starts on another kind of request, so every kind is measured however slow the machine.
        Cli run = Cli.run("bench", "serve", "--db", db.toString(), "--clients", "4", "--seconds", "1", "--warmup", "0",
                "--with-ingest", story.toString(), "--stages", "clean", "--json");

        assertThat(run.code()).as(run.err()).isZero();
        JsonNode report = new ObjectMapper().readTree(run.out());
        assertThat(report.get("phases")).hasSize(2);
        for (JsonNode phase : report.get("phases")) {
            for (String kind : new String[] {"search", "article", "dyads", "network"}) {
                assertThat(phase.at("/" + kind + "/requests").asLong()).as(kind).isPositive();
                assertThat(phase.at("/" + kind + "/errors").asLong()).as(kind).isZero();
                assertThat(phase.at("/" + kind + "/p95_ms").asDouble()).isGreaterThanOrEqualTo(phase.at("/" + kind + "/p50_ms").asDouble());
            }
        }
        assertThat(report.at("/phases/1/ingest/requests").asLong()).isPositive();
        assertThat(report.at("/phases/1/ingest/articles_added").asLong()).isPositive();
    }

    @Test
    void benchServeNamesAMissingDatabase() {
        Cli run = Cli.run("bench", "serve", "--db", dir.resolve("absent.duckdb").toString());

        assertThat(run.code()).isEqualTo(2);
        assertThat(run.err()).contains("no database at").contains("absent.duckdb");
    }
}
