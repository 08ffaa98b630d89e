package org.wirescope.app;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.wirescope.model.Event;
import org.wirescope.model.Published;
import org.wirescope.model.Record;

/**
 * Two made-up articles with hand-coded events, so that {@code events} and {@code dyads} can be
 * tested without the language models: a ministry threatening a neighbour and being consulted
 * (2025-02-03, the second event dated only by the article), and a later border incident article
 * known only to be published no earlier than 2025-03-10.
 */
final class EventRecords {

    static final String PORTS_TITLE = "Ports dispute escalates";
    static final String PORTS = "The ministry threatened sanctions on Sunday. Envoys met the ministry.";
    static final String BORDER_TITLE = "Border guards fire shots";
    static final String BORDER = "Border guards fired on a patrol. Lawmakers warned the neighbour.";

    private EventRecords() {
    }

    static Record ports() {
        return ports(PORTS_TITLE, PORTS, null);
    }

    /**
     * The ports story under {@code title} with {@code text} holding the same events' evidence, in the
     * near-duplicate cluster {@code cluster} (a syndicated rewrite) or, when null, in none.
     */
    static Record ports(String title, String text, String cluster) {
        Record base = SpeechRecords.record(title, Published.on(LocalDate.of(2025, 2, 3), "dateline", "Monday"),
                text, List.of(), List.of());
        return withEvents(base, Optional.ofNullable(cluster),
                event("e1", "Arland ministry", "ARLGOV", "Brevia", "BRV", "138", "THREATEN", -7.0, 3,
                        LocalDate.of(2025, 2, 2), text, "threatened sanctions"),
                event("e2", "Brevian envoys", "BRVGOV", "Arland ministry", "ARLGOV", "036", "CONSULT", 4.0, 1, null,
                        text, "met the ministry"));
    }

    static Record border() {
        Record base = SpeechRecords.record(BORDER_TITLE, Published.notBefore(LocalDate.of(2025, 3, 10), "bound", "Monday"),
                BORDER, List.of(), List.of());
        return withEvents(base, Optional.empty(),
                event("e1", "Arland border guards", "ARLMIL", "Brevian patrol", "BRVMIL", "190", "ASSAULT", -10.0, 4,
                        null, BORDER, "fired on a patrol"),
                event("e2", "Arland lawmakers", "ARLLEG", "Brevia", "BRV", "130", "THREATEN", -4.4, 3, null,
                        BORDER, "warned the neighbour"));
    }

    private static Record withEvents(Record base, Optional<String> cluster, Event... events) {
        return new Record(base.article(), base.actors(), base.quotes(), List.of(events), List.of(),
                Optional.empty(), cluster);
    }

    private static Event event(String id, String source, String sourceCode, String target, String targetCode,
                               String cameo, String plover, double goldstein, int quad, LocalDate date,
                               String text, String evidence) {
        return new Event(id, new Event.Party(Optional.empty(), source, Optional.of(sourceCode)),
                Optional.of(new Event.Party(Optional.empty(), target, Optional.of(targetCode))), Optional.empty(), cameo,
                new Event.Plover(plover, Optional.empty()), goldstein, quad, Optional.ofNullable(date),
                Event.Modality.ASSERTED, SpeechRecords.at(text, evidence, 1), Optional.empty(), 0.9);
    }
}
