package org.wirescope.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wirescope.store.DateRange;
import org.wirescope.store.ExportFormat;
import org.wirescope.store.ExportSummary;
import org.wirescope.store.Store;
import org.wirescope.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code wirescope export}: the store as Parquet, CSV, JSONL or a GDELT-style event table. */
@Command(name = "export", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Writes the store into a directory as Parquet, CSV, JSONL or a GDELT-style event table.", "",
            "parquet and csv: one file per table (articles, captions, actors, mentions, quotes, events, dates), "
                + "written by DuckDB. jsonl: articles.jsonl, one article a line in the output contract. gdelt: "
                + "events.gdelt.tsv, one event a row, tab-separated with a header. --from/--to keep the articles "
                + "published in that range (gdelt: the events on those days). Layouts: docs/export-formats.md.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  wirescope export --format parquet --out exports/ --db news.duckdb",
            "  wirescope export --format gdelt --out exports/ --from 2025-01-01 --to 2025-03-31",
            "  duckdb -c \"SELECT count(*) FROM 'exports/events.parquet'\"",
        })
public final class ExportCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Option(names = "--format", required = true, paramLabel = "FORMAT", converter = FormatConverter.class,
            description = "parquet, csv, jsonl or gdelt.")
    ExportFormat format;

    @Option(names = "--out", required = true, paramLabel = "DIR",
            description = "The directory to write into (created when absent; files of the same names are replaced).")
    Path out;

    @Option(names = "--from", paramLabel = "DATE", description = "Only articles published (gdelt: events) on or after this day.")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Only articles published (gdelt: events) on or before this day.")
    LocalDate to;

    @Override
    public Integer call() {
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        if (Files.exists(out) && !Files.isDirectory(out)) {
            throw new ParameterException(spec.commandLine(), "--out " + out + " is a file; give a directory");
        }
        PrintWriter stdout = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(dbOptions.path())) {
            err.println("wirescope: nothing to export: no database at " + dbOptions.path()
                    + " (add articles with: wirescope ingest INPUT\u2026, or pass --db)");
            return Exits.OK;
        }
        long start = System.nanoTime();
        try (Store store = Store.open(dbOptions.path())) {
            ExportSummary summary = store.export(format, out, new DateRange(Optional.ofNullable(from), Optional.ofNullable(to)));
            List<String[]> rows = new ArrayList<>();
            for (Map.Entry<String, Long> file : summary.rows().entrySet()) {
                Path written = summary.directory().resolve(file.getKey());
                rows.add(new String[] {written.toString(), Long.toString(file.getValue()), ByteSize.human(DirectorySize.of(written))});
            }
            Columns.align(rows, false, true, true).forEach(stdout::println);
            stdout.println(String.format(Locale.ROOT, "exported %s in %.1f s", format.label(), (System.nanoTime() - start) / 1e9));
            stdout.flush();
            return Exits.OK;
        } catch (StoreException e) {
            return Exits.storeError(err, e);
        }
    }

    /** {@code parquet}, {@code csv}, {@code jsonl} or {@code gdelt}, in any case. */
    static final class FormatConverter implements ITypeConverter<ExportFormat> {
        @Override
        public ExportFormat convert(String value) {
            try {
                return ExportFormat.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
