package org.wirescope.app;

import java.nio.file.Path;
import java.util.Optional;
import org.wirescope.store.Store;
import org.wirescope.store.StoryCounts;

/** The lines the browse commands ({@code quotes}, {@code actors}, {@code events}, {@code dyads}) add around their results. */
final class Paging {

    private Paging() {
    }

    /** {@code (more may follow: --offset 100)} under a full page; nothing under the last one. */
    static Optional<String> footer(int shown, int limit, int offset) {
        if (shown == 0 || shown < limit) return Optional.empty();
        return Optional.of("(" + (offset + 1) + "\u2013" + (offset + shown) + "; more may follow: --offset "
                + ((long) offset + shown) + ")");
    }

    /**
     * {@code 12 quotes match, in 9 reports of 4 distinct stories}: every match, whatever the page, as rows,
     * as reports (articles) and as distinct stories (copies and near-copies of one story count once).
     */
    static String counts(StoryCounts counts, String noun) {
        return counted(counts.rows(), noun, noun + "s") + (counts.rows() == 1 ? " matches" : " match")
                + ", in " + counted(counts.reports(), "report", "reports")
                + " of " + counted(counts.stories(), "distinct story", "distinct stories");
    }

    private static String counted(long n, String one, String many) {
        return n + " " + (n == 1 ? one : many);
    }

    /**
     * What follows "no quotes match" (or actors): that the table is empty, that the offset is past
     * the end, or nothing when the filters simply matched nothing.
     */
    static String why(Store store, String table, int offset, int limit) {
        if (limit == 0) return " (--limit 0)";
        String empty = whyEmpty(store, table);
        if (!empty.isEmpty()) return empty;
        return offset > 0 ? " at --offset " + offset : "";
    }

    /** What follows "no events match" where nothing pages: that the table is empty, else nothing. */
    static String whyEmpty(Store store, String table) {
        if (store.rowCounts().getOrDefault(table, 0L) == 0) {
            return ": the store holds no " + table + " yet (articles ingested with --stages clean have none)";
        }
        return "";
    }

    /** The line a browse command prints when there is no database to read, rather than create one. */
    static String noDatabase(String table, Path db) {
        return "wirescope: no " + table + " match: no database at " + db
                + " yet (add articles with: wirescope ingest INPUT\u2026, or pass --db)";
    }
}
