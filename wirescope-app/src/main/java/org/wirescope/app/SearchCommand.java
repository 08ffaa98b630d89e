package org.wirescope.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import org.wirescope.store.Store;
import org.wirescope.store.StoreException;
import org.wirescope.store.search.QuerySyntaxException;
import org.wirescope.store.search.SearchKind;
import org.wirescope.store.search.SearchPage;
import org.wirescope.store.search.SearchRequest;
import picocli.CommandLine.Command;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;
import picocli.CommandLine.TypeConversionException;

/** {@code wirescope search}: full-text search over stored articles, quotes and events. */
@Command(name = "search", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Searches stored articles, quotes and events, best matches first.", "",
            "The query is Lucene syntax: words (all must match, in the title, text, captions or actor names), "
                + "\"phrases\", AND, OR, NOT, -word, (groups), word*, and fields: speaker:, role:, via:, actor:, "
                + "source:, target:, title:, text:, caption:, country: (ISO alpha-3), cameo: (a code or its start: "
                + "cameo:13 finds 138), plover:, language:, kind: (article, quote or event) and published: (a day, "
                + "month or year, or a range: published:[2025-01-01 TO 2025-03-31]). Matched words are marked "
                + "*like this* in the table; --json gives the snippets as HTML with <mark>.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  wirescope search 'speaker:Ghalibaf' --kind quote",
            "  wirescope search 'cameo:13 country:IRN published:[2025-03 TO 2025-04]'",
            "  wirescope search '\"nuclear talks\" -via:Tasnim' --limit 50 --json > hits.json",
            "  wirescope search ferry --cursor CURSOR     (the next page, as the last line said)",
        })
public final class SearchCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;

    @Parameters(arity = "1..*", paramLabel = "QUERY", description = "The query; several words are joined by spaces.")
    List<String> words;

    @Option(names = "--kind", paramLabel = "KIND", split = ",", converter = KindConverter.class,
            description = "Only hits of these kinds: article, quote, event (repeat or separate by commas; default: all).")
    List<SearchKind> kinds = List.of();

    @Option(names = "--limit", paramLabel = "N", defaultValue = "20",
            description = "Show at most N hits, 1 to " + SearchRequest.MAX_LIMIT + " (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--cursor", paramLabel = "CURSOR", description = "Continue after the page that printed this cursor.")
    String cursor;

    @Option(names = "--json", description = "One JSON object for the page (total, next_cursor, hits) instead of a table.")
    boolean json;

    @Override
    public Integer call() {
        if (limit < 1 || limit > SearchRequest.MAX_LIMIT) {
            throw new ParameterException(spec.commandLine(), "--limit must be 1 to " + SearchRequest.MAX_LIMIT
                    + ", was " + limit);
        }
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        String query = String.join(" ", words);
        if (!Files.exists(dbOptions.path())) {
            err.println("wirescope: no hits: no database at " + dbOptions.path()
                    + " yet (add articles with: wirescope ingest INPUT\u2026, or pass --db)");
            return Exits.OK;
        }
        Set<SearchKind> wanted = kinds.isEmpty() ? Set.of() : EnumSet.copyOf(kinds);
        try (Store store = Store.open(dbOptions.path())) {
            SearchPage page = store.search(new SearchRequest(query, wanted, limit, cursor));
            if (json) {
                out.println(SearchListing.json(page));
            } else if (page.hits().isEmpty()) {
                err.println("wirescope: no hits for " + query + (store.articleCount() == 0 ? " (the store holds no articles yet)" : ""));
            } else {
                SearchListing.rows(page).forEach(out::println);
                out.println(SearchListing.footer(page));
            }
            out.flush();
            return Exits.OK;
        } catch (QuerySyntaxException e) {
            err.println("wirescope: bad query at position " + e.position() + ": " + e.getMessage());
            err.flush();
            return Exits.USAGE;
        } catch (IllegalArgumentException e) {
            if (cursor == null) throw e;
            err.println("wirescope: bad --cursor: " + e.getMessage());
            err.flush();
            return Exits.USAGE;
        } catch (StoreException e) {
            return Exits.storeError(err, e);
        }
    }

    /** {@code article}, {@code quote} or {@code event}, in any case. */
    static final class KindConverter implements ITypeConverter<SearchKind> {
        @Override
        public SearchKind convert(String value) {
            try {
                return SearchKind.parse(value);
            } catch (IllegalArgumentException e) {
                throw new TypeConversionException(e.getMessage());
            }
        }
    }
}
