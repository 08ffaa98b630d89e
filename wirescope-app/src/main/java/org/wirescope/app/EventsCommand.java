package org.wirescope.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wirescope.store.EventQuery;
import org.wirescope.store.EventRow;
import org.wirescope.store.Store;
import org.wirescope.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code wirescope events}: who did what to whom, from the store. */
@Command(name = "events", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Lists stored events: who did what to whom, coded in CAMEO and PLOVER.", "",
            "One line per event: date SOURCE \u2192 TARGET cameo PLOVER (modality) \u201Cevidence\u201D \u2014 article "
                + "title [article id]. The date is the event's own, else the article's publication date (or the "
                + "earliest it can be); events are listed by date, undated ones last. Filters combine: an event is "
                + "listed when it matches all of them. A last line counts every match as events, as reports "
                + "(articles) and as distinct stories: copies and near-copies of one story count as one story.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  wirescope events --source IRN --target USA       (IRN also finds IRNGOV, IRNLEG \u2026)",
            "  wirescope events --root 13 --from 2024-05-01     (threats since May 2024)",
            "  wirescope events --source IRN --target USA --both-ways",
            "  wirescope events --plover THREATEN --json > threats.jsonl",
            "  wirescope dyads --source IRN --target USA        (the same events counted per month)",
        })
public final class EventsCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Option(names = "--source", paramLabel = "CODE",
            description = "The start of the source actor's code (IRN finds IRN, IRNGOV, IRNLEG \u2026).")
    String source;

    @Option(names = "--target", paramLabel = "CODE", description = "The start of the target actor's code.")
    String target;

    @Option(names = "--root", paramLabel = "NN", description = "The CAMEO root code: the first two digits (13: threaten).")
    String root;

    @Option(names = "--plover", paramLabel = "TYPE", description = "The PLOVER event type (THREATEN, CONSULT \u2026).")
    String plover;

    @Option(names = "--from", paramLabel = "DATE", description = "Events on or after this day (2024-05-01).")
    LocalDate from;

    @Option(names = "--to", paramLabel = "DATE", description = "Events on or before this day.")
    LocalDate to;

    @Option(names = "--both-ways",
            description = "List the events in both directions: from the source to the target and from the target to "
                    + "the source; with one side only, every event it takes part in on either end.")
    boolean bothWays;

    @Mixin
    PageOptions paging;

    @Override
    public Integer call() {
        int limit = paging.limit();
        int offset = paging.offset();
        boolean json = paging.json;
        if (root != null && !root.strip().matches("\\d{2}")) {
            throw new ParameterException(spec.commandLine(), "--root takes the two digits of a CAMEO root such as "
                    + "13; was '" + root + "'");
        }
        if (from != null && to != null && from.isAfter(to)) {
            throw new ParameterException(spec.commandLine(), "--from " + from + " is after --to " + to);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(dbOptions.path())) {
            err.println(Paging.noDatabase("events", dbOptions.path()));
            return Exits.OK;
        }
        EventQuery query = new EventQuery(Optional.ofNullable(source), Optional.ofNullable(target),
                Optional.ofNullable(root), Optional.ofNullable(plover), Optional.ofNullable(from),
                Optional.ofNullable(to), Optional.empty(), Optional.empty(), Optional.empty(), limit, offset, bothWays);
        try (Store store = Store.open(dbOptions.path())) {
            List<EventRow> page = store.events(query);
            if (page.isEmpty()) {
                err.println("wirescope: no events match" + Paging.why(store, "events", offset, limit));
                return Exits.OK;
            }
            for (EventRow row : page) out.println(json ? EventListing.json(row) : EventListing.line(row));
            if (!json) {
                Paging.footer(page.size(), limit, offset).ifPresent(out::println);
                out.println(Paging.counts(store.eventCounts(query), "event"));
            }
            out.flush();
            return Exits.OK;
        } catch (StoreException e) {
            return Exits.storeError(err, e);
        }
    }
}
