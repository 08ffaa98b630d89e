package org.wirescope.app;

import java.util.concurrent.Callable;
import org.wirescope.app.eval.BenchHtmlCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wirescope bench …}: throughput measurements. */
@Command(name = "bench", mixinStandardHelpOptions = true, versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = {"Measures throughput on the gold data beside the repository, builds stores for load tests "
                + "and measures the HTTP API under load.", ""},
        subcommands = {BenchCleanCommand.class, BenchExtractCommand.class, BenchHtmlCommand.class, BenchStoreCommand.class,
            BenchServeCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  wirescope bench clean", "  wirescope bench clean --gold ../shared/gold --runs 10", "  wirescope bench html",
            "  wirescope bench store --out bench.duckdb --articles 100000 --events 1000000"})
public final class BenchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Exits.USAGE;
    }
}
