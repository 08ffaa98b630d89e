package org.wirescope.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wirescope.store.DyadPeriod;
import org.wirescope.store.DyadQuery;
import org.wirescope.store.Store;
import org.wirescope.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirescope dyads}: the events from one side to another, counted per period and quad class. */
@Command(name = "dyads", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Counts stored events from a source to a target (or, with --both-ways, between them) per period.", "",
            "One row per period: for each quad class (1 verbal cooperation, 2 material cooperation, 3 verbal "
                + "conflict, 4 material conflict) the number of events and the sum of their Goldstein scores, "
                + "then the number of articles reporting them (REPORTS) and the number of distinct stories those "
                + "tell (STORIES: copies and near-copies of one story, in one cluster, count once). Events are dated "
                + "as in 'wirescope events'; events on no known day are left out.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  wirescope dyads --source IRN --target USA",
            "  wirescope dyads --source USA --target IRN --interval week --from 2024-05-01",
            "  wirescope dyads --source IRN --target USA --both-ways",
            "  wirescope dyads --source IRN --csv > irn-usa.csv",
        })
public final class DyadsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Option(names = "--source", paramLabel = "CODE",
            description = "The start of the source actor's code (IRN finds IRN, IRNGOV, IRNLEG \u2026); any when not given.")
    String source;

    @Option(names = "--target", paramLabel = "CODE", description = "The start of the target actor's code; any when not given.")
    String target;

    @Option(names = "--interval", paramLabel = "UNIT", defaultValue = "month",
            description = "The length of a period: day, week (from Monday), month or year (default: ${DEFAULT-VALUE}).")
    String interval;

    @Option(names = "--from", paramLabel = "DATE", description = "Events on or after this day (2024-05-01).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this day.")
    LocalDate to;

    @Option(names = "--both-ways",
            description = "Count the events in both directions: from the source to the target and from the target to "
                    + "the source; with one side only, every event it takes part in on either end.")
    boolean bothWays;

    @Option(names = "--json", description = "One JSON object per period and quad class instead of a table.")
    boolean json;

    @Option(names = "--csv", description = "The table as CSV, with a header line.")
    boolean csv;

    @Override
    public Integer call() {
        String unit = interval.strip().toLowerCase(Locale.ROOT);
        if (!DyadQuery.INTERVALS.contains(unit)) {
            throw new ParameterException(spec.commandLine(), "--interval must be one of "
                    + String.join(", ", DyadQuery.INTERVALS) + "; was '" + interval + "'");
        }
        if (json && csv) throw new ParameterException(spec.commandLine(), "--json and --csv cannot be combined");
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(dbOptions.path())) {
            err.println(Paging.noDatabase("events", dbOptions.path()));
            return Exits.OK;
        }
        DyadQuery query = new DyadQuery(Optional.ofNullable(source), Optional.ofNullable(target), unit,
                Optional.ofNullable(from), Optional.ofNullable(to), bothWays);
        try (Store store = Store.open(dbOptions.path())) {
            List<DyadPeriod> counts = store.dyads(query);
            if (counts.isEmpty()) {
                err.println("wirescope: no events match" + Paging.whyEmpty(store, "events"));
                return Exits.OK;
            }
            if (json) {
                for (DyadPeriod d : counts) out.println(DyadTable.json(d, unit));
            } else {
                (csv ? DyadTable.csv(counts, unit) : DyadTable.rows(counts, unit)).forEach(out::println);
            }
            out.flush();
            return Exits.OK;
        } catch (StoreException e) {
            return Exits.storeError(err, e);
        }
    }
}
