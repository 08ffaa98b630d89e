package org.wirescope.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wirescope.store.QuoteQuery;
import org.wirescope.store.QuoteRow;
import org.wirescope.store.Store;
import org.wirescope.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

/** {@code wirescope quotes}: who said what, from the store. */
@Command(name = "quotes", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Lists stored quotes: who said what, and who relayed it.", "",
            "One line per quote: speaker (role) via outlets: \u201Ctext\u201D \u2014 article title, date [article id]. "
                + "Quotes come in the order their articles were ingested, then as they stand in the article. "
                + "Filters ignore case and combine: a quote is listed when it matches all of them. A last line "
                + "counts every match as quotes, as reports (articles) and as distinct stories: copies and "
                + "near-copies of one story, in one cluster, count as one story.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  wirescope quotes --speaker Ghalibaf     (also where the text says 'He')",
            "  wirescope quotes --via Tasnim --limit 20",
            "  wirescope quotes --text \"nuclear talks\" --json > talks.jsonl",
            "  wirescope show a-3f9c                   (the article a quote is from)",
        })
public final class QuotesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Option(names = "--speaker", paramLabel = "NAME",
            description = "Part of the speaker's name, of the name of the actor the speaker was resolved to, "
                    + "or of the words naming the speaker in the text.")
    String speaker;

    @Option(names = "--via", paramLabel = "OUTLET", description = "Part of the name of an outlet that relayed the quote.")
    String via;

    @Option(names = "--text", paramLabel = "WORDS",
            description = "Words that must all occur in the quote, in any order, each where a word starts "
                    + "('ferr' finds 'ferries').")
    String text;



    @Mixin
    PageOptions paging;

    @Override
    public Integer call() {
        int limit = paging.limit();
        int offset = paging.offset();
        boolean json = paging.json;
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(dbOptions.path())) {
            err.println(Paging.noDatabase("quotes", dbOptions.path()));
            return Exits.OK;
        }
        QuoteQuery query = new QuoteQuery(Optional.ofNullable(speaker), Optional.ofNullable(via),
                Optional.ofNullable(text), Optional.empty(), limit, offset);
        try (Store store = Store.open(dbOptions.path())) {
            List<QuoteRow> page = store.quotes(query);
            if (page.isEmpty()) {
                err.println("wirescope: no quotes match" + Paging.why(store, "quotes", offset, limit));
                return Exits.OK;
            }
            for (QuoteRow row : page) out.println(json ? QuoteListing.json(row) : QuoteListing.line(row));
            if (!json) {
                Paging.footer(page.size(), limit, offset).ifPresent(out::println);
                out.println(Paging.counts(store.quoteCounts(query), "quote"));
            }
            out.flush();
            return Exits.OK;
        } catch (StoreException e) {
            return Exits.storeError(err, e);
        }
    }
}
