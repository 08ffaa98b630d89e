package org.wirescope.app;

import java.io.PrintWriter;
import java.nio.file.Files;
import java.util.List;
import java.util.concurrent.Callable;
import org.wirescope.store.ArticleSummary;
import org.wirescope.store.Store;
import org.wirescope.store.StoreException;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wirescope articles}: lists stored articles. */
@Command(name = "articles", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {"Lists the stored articles.", "",
            "Lists the articles in the database as a table: id, publication date "
                + "(≥date when only a lower bound is known), title, paragraph and caption counts.", ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  wirescope articles",
            "  wirescope articles --limit 100 --offset 100 --db news.duckdb",
            "  wirescope articles --json --limit 1000000 > articles.jsonl",
        })
public final class ArticlesCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Mixin
    DbOptions dbOptions;



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
            if (!json) out.println("No database at " + dbOptions.path() + " yet. Add articles with: wirescope ingest INPUT…");
            out.flush();
            return Exits.OK;
        }
        try (Store store = Store.open(dbOptions.path())) {
            List<ArticleSummary> page = store.articles(limit, offset);
            long total = store.articleCount();
            if (json) {
                for (ArticleSummary a : page) out.println(ArticleTable.json(a));
            } else if (total == 0) {
                out.println("No articles yet in " + dbOptions.path() + ". Add some with: wirescope ingest INPUT…");
            } else {
                for (String line : ArticleTable.rows(page)) out.println(line);
                long shownTo = offset + page.size();
                String more = shownTo < total ? "; next page: --offset " + shownTo : "";
                out.println(page.isEmpty() ? "(no articles at offset " + offset + " of " + total + ")"
                        : "(" + (offset + 1) + "–" + shownTo + " of " + total + more + ")");
            }
            out.flush();
            return Exits.OK;
        } catch (StoreException e) {
            return Exits.storeError(err, e);
        }
    }
}
