package org.wirescope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wirescope.config.Limits;
import org.wirescope.model.Quote;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;
import org.wirescope.model.TextSpan;

/** Attribution patterns end to end, with the real tagger and parser, on a made-up article. */
@Tag("models")
class QuoteAttributionModelsTest {

    private static final String ARTICLE = """
            Harbour Tolls Rise Again

            The new tolls, Mayor Ona Brill said on Monday, would pay for the bridge repairs.

            “We cannot wait any longer,” said the harbour master, a veteran of three floods on the river.

            Brill's claim that the repairs would take a year drew laughter.

            The closure was first reported by Harbour Radio on Sunday.

            Councillor Ivo Dane spoke against the plan on Tuesday, arguing that ferries would lose passengers.

            ROE: Is the bridge safe?

            VARGA: It is safe for now.

            The new fares are “not meeting the need,” says Lena Ort, who chairs the riders' group. “We see empty boats every night.”

            Ort said the port and the council are to blame for the empty boats on the evening run.

            The vote went against Councillor Ivo Dane, who said the old fares would have kept the boats full.

            (Reporting by Mara Velt; Editing by Tom Asker)
            """;

    private static List<Quote> quotes;

    @BeforeAll
    static void extract() {
        Pipeline pipeline = Pipeline.create(Limits.DEFAULTS, Stages.ALL);
        quotes = pipeline.process(RawDocument.of(Source.of("test:tolls", Source.Format.TEXT), ARTICLE)).records().get(0).quotes();
    }

    private static Optional<Quote> quoteContaining(String words) {
        return quotes.stream().filter(q -> q.text().contains(words)).findFirst();
    }

    @Test
    void joinsBothPartsOfAStatementAroundAParentheticalAttribution() {
        assertThat(quoteContaining("The new tolls")).hasValueSatisfying(q -> assertThat(q.speaker().name()).contains("Brill"));
        assertThat(quoteContaining("would pay for the bridge repairs")).hasValueSatisfying(q -> {
            assertThat(q.speaker().name()).contains("Brill");
            assertThat(q.cue()).map(TextSpan::text).contains("said");
        });
    }

    @Test
    void continuesAQuotedFragmentWithTheQuotationThatFollowsIt() {
        assertThat(quoteContaining("We see empty boats")).hasValueSatisfying(q -> {
            assertThat(q.speaker().name()).contains("Lena Ort");
            assertThat(q.cue()).map(TextSpan::text).contains("says");
        });
    }

    @Test
    void keepsAnInfinitiveOfASpeechVerbInsideTheReportedClause() {
        assertThat(quoteContaining("the port and the council")).hasValueSatisfying(q ->
                assertThat(q.text()).contains("are to blame for the empty boats"));
    }

    @Test
    void namesTheSpeakerARelativePronounStandsForAndKeepsThePronounAsMention() {
        assertThat(quoteContaining("the old fares would have kept")).hasValueSatisfying(q -> {
            assertThat(q.speaker().name()).contains("Dane");
            assertThat(q.speaker().mention()).map(TextSpan::text).contains("who");
        });
    }

    @Test
    void readsNoStatementInAWireServicesCredits() {
        assertThat(quotes).noneMatch(q -> q.text().contains("Mara Velt") || q.text().contains("Tom Asker"));
    }

    @Test
    void takesTheNounPhraseAfterACueThatFollowsAQuotationAsSpeaker() {
        assertThat(quoteContaining("We cannot wait any longer")).hasValueSatisfying(q -> {
            assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
            assertThat(q.speaker().name()).contains("harbour master");
        });
    }

    @Test
    void readsANounThatNamesAStatementWithItsThatClause() {
        assertThat(quoteContaining("the repairs would take a year")).hasValueSatisfying(q -> {
            assertThat(q.speaker().name()).contains("Brill");
            assertThat(q.cue()).map(TextSpan::text).contains("claim");
        });
    }

    @Test
    void readsAPassiveCueAsAStatementOfItsAgent() {
        assertThat(quoteContaining("The closure was first reported")).hasValueSatisfying(q ->
                assertThat(q.speaker().name()).isEqualTo("Harbour Radio"));
    }

    @Test
    void givesACommaParticipleTheSpeakerOfItsClause() {
        assertThat(quoteContaining("ferries would lose passengers")).hasValueSatisfying(q ->
                assertThat(q.speaker().name()).contains("Ivo Dane"));
    }

    @Test
    void attributesTranscriptTurnsToTheirLabels() {
        assertThat(quoteContaining("Is the bridge safe?")).hasValueSatisfying(q -> assertThat(q.speaker().name()).isEqualTo("ROE"));
        assertThat(quoteContaining("It is safe for now.")).hasValueSatisfying(q -> assertThat(q.speaker().name()).isEqualTo("VARGA"));
    }
}
