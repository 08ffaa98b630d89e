package org.wirescope.app;

import java.util.concurrent.Callable;
import org.wirescope.app.eval.EvalEventsCommand;
import org.wirescope.app.eval.EvalExtractionCommand;
import org.wirescope.app.eval.EvalQuotesCommand;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/** {@code wirescope eval …}: accuracy against gold data. */
@Command(name = "eval", mixinStandardHelpOptions = true, versionProvider = Version.class,
        usageHelpAutoWidth = true,
        description = {"Scores an extraction capability against gold data: precision, recall and F1, "
                + "printed the same way every time.", ""},
        subcommands = {EvalQuotesCommand.class, EvalEventsCommand.class, EvalExtractionCommand.class},
        footerHeading = "%nExamples:%n",
        footer = {"  wirescope eval quotes", "  wirescope eval events", "  wirescope eval extraction",
            "  wirescope eval quotes --gold ../shared/gold/quotes/polnear-dev.jsonl --baseline corenlp"})
public final class EvalCommand implements Callable<Integer> {

    @Spec
    CommandSpec spec;

    @Override
    public Integer call() {
        spec.commandLine().usage(spec.commandLine().getErr());
        return Exits.USAGE;
    }
}
