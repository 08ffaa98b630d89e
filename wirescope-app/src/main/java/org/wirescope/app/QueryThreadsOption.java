package org.wirescope.app;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;

/** The {@code --query-threads} flag shared by {@code serve} and {@code bench serve}. */
final class QueryThreadsOption {

    @Option(names = "--query-threads", paramLabel = "N", defaultValue = "1",
            description = "Threads DuckDB may use for one query (default: ${DEFAULT-VALUE}; 0: one per core). "
                    + "Concurrent requests already use every core; more helps a single heavy query.")
    int queryThreads;

    /** The count given, for {@link org.wirescope.store.Store#open(java.nio.file.Path, int)}; a negative one is a usage error. */
    int threads(CommandSpec spec) {
        if (queryThreads < 0) {
            throw new ParameterException(spec.commandLine(), "--query-threads must be >= 0, was " + queryThreads);
        }
        return queryThreads;
    }
}
