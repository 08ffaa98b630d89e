package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Quote;
import org.wirescope.store.QuoteRow;

class QuoteListingTest {

    private static QuoteRow row(String speaker, Optional<String> role, Quote.Kind kind, String text,
                                Optional<LocalDate> date, Optional<LocalDate> bound, List<String> via) {
        return new QuoteRow("a-0123456789abcdef", "Quay repairs\nstart", date, bound, "q1", kind, text, speaker,
                role, Optional.empty(), via, Optional.empty(), 0, text.length(), Optional.empty());
    }

    @Test
    void leavesOutTheRoleRelaysKindAndDateWhenTheyAreNotKnown() {
        QuoteRow plain = row("Ines Barrow", Optional.empty(), Quote.Kind.DIRECT, "We sail at noon,",
                Optional.empty(), Optional.empty(), List.of());

        assertThat(QuoteListing.line(plain))
                .isEqualTo("Ines Barrow: \u201CWe sail at noon,\u201D \u2014 Quay repairs start [a-0123456789abcdef]");
    }

    @Test
    void namesEveryRelayAndMarksAnIndirectQuoteAndADateBound() {
        QuoteRow relayed = row("the operator", Optional.of("ferry operator"), Quote.Kind.INDIRECT, "timetables\n\nwould change",
                Optional.empty(), Optional.of(LocalDate.of(2031, 3, 3)), List.of("Radio Larkspur", "Quay Wire"));

        assertThat(QuoteListing.line(relayed)).isEqualTo("the operator (ferry operator) via Radio Larkspur, Quay Wire: "
                + "\u201Ctimetables would change\u201D (indirect) \u2014 Quay repairs start, \u22652031-03-03 [a-0123456789abcdef]");
    }

    @Test
    void saysSoWhenTheSpeakerIsUnknown() {
        QuoteRow unknown = row("", Optional.empty(), Quote.Kind.PARTIAL, "too late", Optional.of(LocalDate.of(2031, 3, 4)),
                Optional.empty(), List.of());

        assertThat(QuoteListing.line(unknown)).startsWith("(unknown speaker): \u201Ctoo late\u201D (partial)")
                .contains(", 2031-03-04 [");
    }

    @Test
    void writesNullForWhatIsNotKnownInJson() {
        QuoteRow unknown = row("", Optional.empty(), Quote.Kind.PARTIAL, "too late", Optional.empty(),
                Optional.empty(), List.of());

        assertThat(QuoteListing.json(unknown)).isEqualTo("{\"article_id\":\"a-0123456789abcdef\","
                + "\"article_title\":\"Quay repairs\\nstart\",\"published\":null,\"not_before\":null,\"quote_id\":\"q1\","
                + "\"kind\":\"partial\",\"text\":\"too late\",\"speaker\":\"\",\"role\":null,\"actor\":null,\"via\":[],"
                + "\"cue\":null}");
    }
}
