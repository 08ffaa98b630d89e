package org.wirescope.app;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** The paging and output flags shared by the commands that list what the store holds. */
final class PageOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    @Option(names = "--limit", paramLabel = "N", defaultValue = "50",
            description = "Show at most N results (default: ${DEFAULT-VALUE}).")
    int limit;

    @Option(names = "--offset", paramLabel = "N", defaultValue = "0",
            description = "Skip the first N results (default: ${DEFAULT-VALUE}).")
    int offset;

    @Option(names = "--json", description = "One JSON object per result instead of readable output.")
    boolean json;

    /** The limit, checked; a negative value is a usage error (exit code 2). */
    int limit() {
        if (limit < 0) throw new ParameterException(spec.commandLine(), "--limit must be >= 0, was " + limit);
        return limit;
    }

    /** The offset, checked; a negative value is a usage error (exit code 2). */
    int offset() {
        if (offset < 0) throw new ParameterException(spec.commandLine(), "--offset must be >= 0, was " + offset);
        return offset;
    }
}
