package org.wirescope.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.Optional;
import java.util.concurrent.Callable;
import org.wirescope.model.Record;
import org.wirescope.output.JsonlWriter;
import org.wirescope.store.Store;
import org.wirescope.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirescope show ID}: one stored article, readable or as its contract JSON line. */
@Command(name = "show", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Shows one stored article.", "",
            "Shows one stored article: title, publication date with how it was found and the "
                + "words that support it, source, captions with credits and the numbered paragraphs.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  wirescope show a-3f9c0e1d2b3a4c5d",
            "  wirescope show a-3f9c            (any unique prefix of the id)",
            "  wirescope show a-3f9c --json     (the same line 'extract' writes)",
        })
public final class ShowCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Parameters(index = "0", paramLabel = "ID", description = "An article id, or a prefix of one that matches only it.")
    String id;

    @Mixin
    DbOptions dbOptions;

    @Option(names = "--json", description = "Print the article as one wirescope.article/1 JSON line.")
    boolean json;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        if (!Files.exists(dbOptions.path())) {
            err.println("wirescope: no database at " + dbOptions.path() + " (ingest something first, or pass --db)");
            return Exits.NOTHING;
        }
        try (Store store = Store.open(dbOptions.path())) {
            Optional<Record> record = store.resolveId(id).flatMap(store::article);
            if (record.isEmpty()) {
                err.println("wirescope: no article has an id starting with '" + id
                        + "', or several do (list them with: wirescope articles)");
                return Exits.NOTHING;
            }
            if (json) out.println(JsonlWriter.line(record.get()));
            else ArticleView.lines(record.get()).forEach(out::println);
            out.flush();
            return Exits.OK;
        } catch (StoreException e) {
            return Exits.storeError(err, e);
        }
    }
}
