package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Event;
import org.wirescope.store.EventRow;

class EventListingTest {

    private static EventRow talks(Optional<String> mediator, Optional<String> mediatorCode) {
        return new EventRow("a-1f2e3d4c5b6a7988", "Ferry talks resume", "e1", Optional.of(LocalDate.of(2031, 3, 4)),
                "Port Velmar council", Optional.of("XYZGOV"), Optional.of("dockworkers' union"), Optional.empty(), "046",
                "CONSULT", Optional.empty(), 7.0, 1, Event.Modality.ASSERTED, "met the union for talks", Optional.empty(),
                10, 34, Optional.empty(), Optional.empty(), mediator, mediatorCode);
    }

    @Test
    void showsAMediatorByItsCodeElseItsNameAfterTheTarget() {
        assertThat(EventListing.line(talks(Optional.of("harbour mediation board"), Optional.empty())))
                .startsWith("2031-03-04 XYZGOV \u2192 dockworkers' union (via harbour mediation board) 046 CONSULT");
        assertThat(EventListing.line(talks(Optional.of("Oman"), Optional.of("OMN")))).contains("(via OMN) 046");
        assertThat(EventListing.line(talks(Optional.empty(), Optional.empty()))).contains("union 046").doesNotContain("via");
    }

    @Test
    void writesTheMediatorInTheJson() {
        assertThat(EventListing.json(talks(Optional.of("Oman"), Optional.of("OMN"))))
                .contains("\"mediator\":\"Oman\"").contains("\"mediator_code\":\"OMN\"");
        assertThat(EventListing.json(talks(Optional.empty(), Optional.empty()))).contains("\"mediator\":null");
    }
}
