package org.wirescope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wirescope.config.Limits;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Record;
import org.wirescope.model.Source;

@Tag("models")
class PipelineWithoutEventsModelsTest {

    private static final RawDocument STORY = RawDocument.of(Source.of("test:threat", Source.Format.TEXT),
            "Harbour row\n\nPeru threatened sanctions against Chile on Monday, officials in Lima said.\n");

    @Test
    void findsTheSameActorsAndQuotesButNoEvents() {
        Record full = Pipeline.create(Limits.DEFAULTS, Stages.ALL).process(STORY).records().get(0);
        Record without = Pipeline.withoutEvents(Limits.DEFAULTS).process(STORY).records().get(0);

        assertThat(full.events()).isNotEmpty();
        assertThat(without.events()).isEmpty();
        assertThat(without.actors()).isEqualTo(full.actors());
        assertThat(without.quotes()).isEqualTo(full.quotes());
    }
}
