package org.wirescope.app;

import org.wirescope.pipeline.Stages;
import picocli.CommandLine.Option;

/** The {@code --stages} flag shared by {@code extract} and {@code ingest}. */
final class StageOption {

    @Option(names = "--stages", paramLabel = "clean|all", defaultValue = "all", converter = StagesConverter.class,
            description = "How far to go: 'clean' stops after clean articles, captions and dates (fast, no language "
                    + "models); 'all' also finds actors and quotes with CoreNLP (default: ${DEFAULT-VALUE}).")
    Stages stages;

    /** Accepts the stage names in any case. */
    static final class StagesConverter implements picocli.CommandLine.ITypeConverter<Stages> {
        @Override
        public Stages convert(String value) {
            return Stages.valueOf(value.strip().toUpperCase(java.util.Locale.ROOT));
        }
    }
}
