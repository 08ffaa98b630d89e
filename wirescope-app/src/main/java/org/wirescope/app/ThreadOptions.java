package org.wirescope.app;

import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.Spec;

/** {@code --threads N}: how many documents are cleaned at once. */
final class ThreadOptions {

    @Spec(Spec.Target.MIXEE)
    CommandSpec spec;

    private int threads = Runtime.getRuntime().availableProcessors();

    @Option(names = "--threads", paramLabel = "N",
            description = "Documents processed in parallel (default: the number of cores). "
                    + "Output order does not depend on it.")
    void setThreads(int n) {
        if (n < 1) throw new ParameterException(spec.commandLine(), "--threads must be at least 1, was " + n);
        threads = n;
    }

    int threads() {
        return threads;
    }
}
