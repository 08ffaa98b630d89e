package org.wirescope.app;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintWriter;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.Callable;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.HelpCommand;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * The {@code wirescope} command line.
 *
 * <pre>{@code
 * int code = new CommandLine(new Main()).execute("extract", "examples/harbour-strike.txt");
 * }</pre>
 */
@Command(name = "wirescope", mixinStandardHelpOptions = true, versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = {
            "Turns raw news into structured knowledge: clean articles with captions, credits and "
                    + "publication dates (with the words that support them), as JSON lines or in a "
                    + "DuckDB database.",
            ""},
        subcommands = {ExtractCommand.class, IngestCommand.class, ArticlesCommand.class, ShowCommand.class,
            QuotesCommand.class, ActorsCommand.class, EventsCommand.class, DyadsCommand.class,
            SearchCommand.class, ReindexCommand.class, ExportCommand.class, ServeCommand.class, EvalCommand.class,
            BenchCommand.class, HelpCommand.class},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {
            "0:finished: something was produced or ingested, or there was nothing to do",
            "1:every input was rejected (or `show` found no such article)",
            "2:usage error: unknown option, bad value, missing argument",
            "3:store error: the database is locked by another process, unreadable or corrupt",
        },
        footerHeading = "%nExamples:%n",
        footer = {
            "  wirescope extract examples/harbour-strike.txt          JSON lines on stdout",
            "  wirescope ingest crawl/ --db news.duckdb              store, with progress",
            "  wirescope articles --db news.duckdb                   list what is stored",
            "  wirescope show a-3f9c --db news.duckdb                read one article",
            "  wirescope quotes --speaker Ghalibaf --db news.duckdb  who said what",
            "  wirescope actors --type PERSON --db news.duckdb       who appears",
            "  wirescope events --source IRN --root 13               who threatened whom",
            "  wirescope dyads --source IRN --target USA             events per month and quad class",
            "  wirescope search 'speaker:Ghalibaf cameo:13'          full-text search, best first",
            "  wirescope export --format parquet --out exports/      Parquet, CSV, JSONL or GDELT-style",
            "  wirescope serve --db news.duckdb                      JSON API and browser UI on 127.0.0.1:8080",
            "  wirescope help ingest                                 options of one command",
            "",
            "Data: the database is wirescope.duckdb in the working directory unless --db or $WIRESCOPE_DB says "
                    + "otherwise. Output format: docs/output-format.md.",
        })
public final class Main implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    /** Without a command: the usage on stderr, and the usage-error code. */
    @Override
    public Integer call() {
        spec.commandLine().getErr().println("wirescope: name a command, e.g. 'wirescope extract FILE'.");
        spec.commandLine().usage(spec.commandLine().getErr());
        return Exits.USAGE;
    }

    public static void main(String[] args) {
        PrintWriter out = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.out), StandardCharsets.UTF_8));
        PrintWriter err = new PrintWriter(new OutputStreamWriter(new FileOutputStream(FileDescriptor.err), StandardCharsets.UTF_8), true);
        int code = new CommandLine(new Main()).setOut(out).setErr(err).execute(args);
        out.flush();
        err.flush();
        System.exit(code);
    }
}
