package org.wirescope.pipeline;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import org.wirescope.clean.Cleaner;
import org.wirescope.clean.RejectedInputException;
import org.wirescope.config.Limits;
import org.wirescope.model.Article;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Record;
import org.wirescope.model.Reject;

/**
 * The stages wired in order: raw document → clean articles → records. The one place the stages
 * are put together; thread-safe, so one instance serves every worker.
 *
 * <pre>{@code
 * Pipeline pipeline = Pipeline.create(Limits.DEFAULTS);
 * Outcome out = pipeline.process(rawDocument);
 * out.records().forEach(r -> System.out.println(r.article().title()));
 * out.rejects().forEach(r -> System.err.println(r.line()));
 * }</pre>
 */
public final class Pipeline {

    private final Cleaner cleaner;

    private Pipeline(Cleaner cleaner) {
        this.cleaner = cleaner;
    }

    public static Pipeline create(Limits limits) {
        return new Pipeline(Cleaner.create(Objects.requireNonNull(limits, "limits")));
    }

    /** Runs every stage on one document. A document no stage can use becomes a reject, never an exception. */
    public Outcome process(RawDocument document) {
        List<Article> articles;
        try {
            articles = cleaner.clean(document);
        } catch (RejectedInputException e) {
            return Outcome.rejected(new Reject(document.source().uri(), "clean", e.getMessage()));
        } catch (RuntimeException e) {
            return Outcome.rejected(new Reject(document.source().uri(), "clean", "internal error: " + e));
        }
        List<Record> records = new ArrayList<>(articles.size());
        for (Article a : articles) records.add(Record.of(a));
        return new Outcome(records, List.of());
    }
}
