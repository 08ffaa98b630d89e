package org.wirescope.app;

import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import org.wirescope.config.Limits;
import org.wirescope.ingest.Inputs;
import org.wirescope.model.Record;
import org.wirescope.model.Reject;
import org.wirescope.output.JsonlWriter;
import org.wirescope.pipeline.Pipeline;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code wirescope extract INPUT…}: articles as JSONL on stdout, rejects on stderr. */
@Command(name = "extract", mixinStandardHelpOptions = true, versionProvider = Version.class,
        sortOptions = false, usageHelpAutoWidth = true,
        description = {
            "Writes each article as one JSON line on standard output.",
            "",
            "Reads news input and writes one JSON object per article to standard output, in input order: "
                    + "the wirescope.article/1 contract, documented in docs/output-format.md.",
            "",
            "Input that cannot be processed never stops the run: it is reported as one line on "
                    + "standard error, 'rejected <uri>: <reason>', and the run goes on.",
            ""},
        footerHeading = "%nExamples:%n",
        footer = {
            "  wirescope extract examples/harbour-strike.txt",
            "  wirescope extract crawl/ --threads 4 > articles.jsonl 2> rejects.log",
            "  zcat feed.jsonl.gz | wirescope extract - --max-doc-bytes 100KB",
        })
public final class ExtractCommand implements Callable<Integer> {

    /** How often (in input items) to check that standard output still has a reader. */
    private static final int CHECK_OUTPUT_EVERY = 64;

    @Spec
    CommandSpec spec;

    @Parameters(arity = "1..*", paramLabel = "INPUT",
            description = "Files, directories (read recursively) or '-' for standard input: plain-text scrapes, "
                    + "HTML, WARC, RSS/Atom or JSONL, optionally gzipped.")
    List<String> inputs;

    @Mixin
    ThreadOptions threads;

    @Mixin
    LimitOptions limitOptions;

    @Mixin
    StageOption stageOption;

    @Override
    public Integer call() {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        Limits limits = limitOptions.limits();
        Pipeline pipeline = Pipeline.create(limits, stageOption.stages);
        long[] counts = new long[3];
        try (Inputs in = Inputs.open(inputs, limits, System.in); JsonlWriter jsonl = JsonlWriter.to(out)) {
            StoryMarks stories = StoryMarks.fresh();
            Ordered.map(in.iterator(), item -> Processed.of(pipeline, item), threads.threads(), done -> {
                for (Record r : stories.mark(done.outcome()).outcome().records()) jsonl.write(r);
                for (Reject reject : done.outcome().rejects()) err.println(reject.line());
                counts[0] += done.outcome().records().size();
                counts[1] += done.outcome().rejects().size();
                if (++counts[2] % CHECK_OUTPUT_EVERY == 0 && out.checkError()) throw new OutputClosed();
            });
        } catch (OutputClosed e) {
            // the reader went away (`wirescope extract … | head`): stop quietly, as other tools do
            return Exits.of(counts[0], counts[1]);
        }
        out.flush();
        err.flush();
        return Exits.of(counts[0], counts[1]);
    }

    /** Standard output was closed by its reader. */
    private static final class OutputClosed extends RuntimeException {
        private static final long serialVersionUID = 1L;

        OutputClosed() {
            super(null, null, false, false);
        }
    }
}
