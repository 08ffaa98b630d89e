package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

class MainTest {

    @Test
    void helpListsTheCommandsExamplesAndExitCodes() {
        Cli run = Cli.run("--help");
        assertThat(run.code()).isZero();
        assertThat(run.out()).contains("extract").contains("ingest").contains("articles").contains("show").contains("quotes").contains("actors").contains("bench")
                .contains("Examples:").contains("Exit codes:").contains("store error").contains("WIRESCOPE_DB");
    }

    @Test
    void eachCommandsHelpTeachesWithExamples() {
        for (String command : new String[] {"extract", "ingest", "articles", "show", "quotes", "actors"}) {
            Cli run = Cli.run(command, "--help");
            assertThat(run.code()).as(command).isZero();
            assertThat(run.out()).as(command).contains("Usage: wirescope " + command).contains("Examples:");
        }
        assertThat(Cli.run("bench", "clean", "--help").out()).contains("--gold").contains("median");
        assertThat(Cli.run("extract", "--help").out()).contains("--max-doc-bytes").contains("16MiB").contains("--threads");
    }

    @Test
    void everyCommandsHelpRendersWithoutAFormatWarning() {
        PrintStream standardError = System.err;
        ByteArrayOutputStream warnings = new ByteArrayOutputStream();
        System.setErr(new PrintStream(warnings, true, StandardCharsets.UTF_8));
        try {
            renderAll(new CommandLine(new Main()));
        } finally {
            System.setErr(standardError);
        }
        assertThat(warnings.toString(StandardCharsets.UTF_8)).doesNotContain("WARN");
    }

    private static void renderAll(CommandLine command) {
        assertThat(command.getUsageMessage()).as(command.getCommandName()).contains("Usage:");
        command.getSubcommands().values().forEach(MainTest::renderAll);
    }

    @Test
    void printsTheVersion() {
        Cli run = Cli.run("--version");
        assertThat(run.code()).isZero();
        assertThat(run.out()).startsWith("wirescope ").contains("GPL-3.0-or-later");
    }

    @Test
    void exitsWithTwoWithoutACommandOrWithAnUnknownOne() {
        assertThat(Cli.run().code()).isEqualTo(2);
        Cli unknown = Cli.run("digest", "x.txt");
        assertThat(unknown.code()).isEqualTo(2);
        assertThat(unknown.err()).contains("digest");
    }
}
