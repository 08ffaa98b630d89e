package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.config.Limits;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Record;
import org.wirescope.model.Source;
import org.wirescope.pipeline.Outcome;
import org.wirescope.pipeline.Pipeline;
import org.wirescope.pipeline.Stages;

class StoryMarksTest {

    private static final String BODY = "Night ferries between Port Alder and Kessel Island stopped on Saturday after crews walked out over"
            + " shift rules that the operator introduced last month without talks.\n\nThe union said it would keep the"
            + " night boats in harbour until the operator agreed to a second crew on every crossing after dark.\n\n"
            + "Hundreds of travellers waited on the quay as the harbour office closed early and posted notices in three languages.\n";

    private static Record clean(String title, String body) {
        Outcome out = Pipeline.create(Limits.DEFAULTS, Stages.CLEAN)
                .process(RawDocument.of(Source.of("test:" + title, Source.Format.TEXT), title + "\n\n" + body));
        return out.records().get(0);
    }

    private static Record mark(StoryMarks marks, Record r) {
        return marks.mark(new Outcome(List.of(r), List.of())).outcome().records().get(0);
    }

    @Test
    void marksARetitledCopyAsADuplicateOfTheFirst() {
        StoryMarks marks = StoryMarks.fresh();
        Record first = mark(marks, clean("Ferry Crews Walk Out", BODY));
        Record copy = mark(marks, clean("Island Ferries Halted by Strike", BODY));
        assertThat(first.duplicateOf()).isEmpty();
        assertThat(copy.duplicateOf()).contains(first.id());
        assertThat(copy.cluster()).contains(first.id());
    }

    @Test
    void theFirstArticleOfAStoryCarriesItsClusterToo() {
        StoryMarks marks = StoryMarks.fresh();
        Record first = mark(marks, clean("Ferry Crews Walk Out", BODY));
        Record edited = mark(marks, clean("Ferries Stop at Night", BODY.replace("Hundreds of travellers", "Several hundred travellers")));

        assertThat(first.cluster()).contains(first.id());
        assertThat(edited.cluster()).isEqualTo(first.cluster());
    }

    @Test
    void givesOutASignatureForEachNewBodyButNoneForAnExactCopy() {
        StoryMarks marks = StoryMarks.fresh();
        Record first = clean("Ferry Crews Walk Out", BODY);
        Record copy = clean("Island Ferries Halted by Strike", BODY);

        StoryMarks.Marked marked = marks.mark(new Outcome(List.of(first, copy), List.of()));

        assertThat(marked.signatures()).singleElement().satisfies(s -> {
            assertThat(s.articleId()).isEqualTo(first.id());
            assertThat(s.cluster()).isEqualTo(first.id());
        });
    }

    @Test
    void putsALightlyEditedCopyInTheFirstStorysCluster() {
        StoryMarks marks = StoryMarks.fresh();
        Record first = mark(marks, clean("Ferry Crews Walk Out", BODY));
        Record edited = mark(marks, clean("Ferries Stop at Night", BODY.replace("Hundreds of travellers", "Several hundred travellers")));
        assertThat(edited.duplicateOf()).isEmpty();
        assertThat(edited.cluster()).contains(first.id());
    }

    @Test
    void putsADifferentStoryInAClusterOfItsOwn() {
        StoryMarks marks = StoryMarks.fresh();
        mark(marks, clean("Ferry Crews Walk Out", BODY));
        Record other = mark(marks, clean("Council Approves Tram Line", "The city council voted on Monday to build a tram"
                + " line to the northern suburbs, ending a debate that lasted four years.\n\nThe mayor said the first"
                + " trams should run within three years if the regional grant arrives on time.\n"));
        assertThat(other.duplicateOf()).isEmpty();
        assertThat(other.cluster()).contains(other.id());
    }
}
