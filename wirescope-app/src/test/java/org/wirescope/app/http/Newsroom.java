package org.wirescope.app.http;

import static org.wirescope.model.Actor.Type.COUNTRY;
import static org.wirescope.model.Actor.Type.GROUP;
import static org.wirescope.model.Actor.Type.MEDIA;
import static org.wirescope.model.Actor.Type.PERSON;
import static org.wirescope.model.Event.Modality.ASSERTED;
import static org.wirescope.model.Event.Modality.CONDITIONAL;
import static org.wirescope.model.Event.Modality.INTENDED;
import static org.wirescope.model.Quote.Kind.DIRECT;
import static org.wirescope.model.Quote.Kind.PARTIAL;

import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import org.wirescope.model.Record;
import org.wirescope.store.Store;

/**
 * Four made-up articles about two made-up countries, Arland and Brevia, quarrelling over a dam from
 * January to March 2025: a threat relayed by a radio station, shots at the border, a water deal, and
 * a page whose text carries HTML and script that must stay text.
 */
final class Newsroom {

    static final Record DAM = new Story("Arland warns Brevia over the Kessel dam", LocalDate.of(2025, 1, 14),
            "Arland's foreign minister Oren Vask warned Brevia on Monday that sanctions would follow if work on the Kessel dam went ahead.",
            "\"We will not let the river run dry,\" Vask told Larkspur Radio. He added that Arland was \"ready to talk at any hour\".",
            "Brevian envoys met Arland officials in Tessa on Tuesday to discuss the dam.")
            .caption("Oren Vask speaks in Tessa on January 13, 2025.", "Ada Lind / Example Wire")
            .actor("p1", "Oren Vask", PERSON, "ARLGOV", "Foreign Minister", "Oren Vask", "Vask#2", "He")
            .actor("c1", "Arland", COUNTRY, "ARL", null, "Arland", "Arland#2", "Arland#3")
            .actor("c2", "Brevia", COUNTRY, "BRV", null, "Brevia")
            .actor("g1", "Brevian envoys", GROUP, "BRVGOV", null, "Brevian envoys")
            .actor("m1", "Larkspur Radio", MEDIA, null, null, "Larkspur Radio")
            .quote("q1", "We will not let the river run dry,", DIRECT, "p1", "Vask#2", "told", "m1")
            .quote("q2", "ready to talk at any hour", PARTIAL, "p1", "He", "added", "m1")
            .event("e1", "p1", "c2", "138", "THREATEN", -7.0, 3, LocalDate.of(2025, 1, 13), CONDITIONAL,
                    "warned Brevia on Monday that sanctions would follow if work on the Kessel dam went ahead", null)
            .event("e2", "p1", "c2", "036", "CONSULT", 4.0, 1, LocalDate.of(2025, 1, 14), INTENDED,
                    "Arland was \"ready to talk at any hour\"", "q2")
            .event("e3", "g1", "c1", "040", "CONSULT", 1.0, 1, LocalDate.of(2025, 1, 14), ASSERTED,
                    "Brevian envoys met Arland officials in Tessa on Tuesday", null)
            .date("Monday", "2025-01-13")
            .date("Tuesday", "2025-01-14")
            .record();

    static final Record BORDER = new Story("Border guards fire on a Brevian patrol", LocalDate.of(2025, 2, 10),
            "Arland border guards fired on a Brevian patrol near the Kessel dam on Sunday, Brevia's defence ministry said.",
            "\"This was a deliberate attack,\" defence minister Ilse Marr said. Arland denied that its guards had crossed the border.")
            .actor("g2", "Arland border guards", GROUP, "ARLMIL", null, "Arland border guards")
            .actor("g3", "Brevian patrol", GROUP, "BRVMIL", null, "Brevian patrol")
            .actor("p2", "Ilse Marr", PERSON, "BRVGOV", "Defence Minister", "Ilse Marr")
            .actor("c1", "Arland", COUNTRY, "ARL", null, "Arland#2")
            .quote("q1", "This was a deliberate attack,", DIRECT, "p2", "Ilse Marr", "said#2")
            .event("e1", "g2", "g3", "190", "ASSAULT", -10.0, 4, LocalDate.of(2025, 2, 9), ASSERTED,
                    "Arland border guards fired on a Brevian patrol", null)
            .event("e2", "p2", "c1", "112", "ACCUSE", -2.0, 3, LocalDate.of(2025, 2, 10), ASSERTED,
                    "This was a deliberate attack", "q1")
            .date("Sunday", "2025-02-09")
            .record();

    static final Record DEAL = new Story("Brevia and Arland sign a water deal", LocalDate.of(2025, 3, 5),
            "Brevia and Arland signed an agreement on Wednesday to share the Kessel river's water, ending months of tension.",
            "\"Today the river unites us,\" Oren Vask said after the signing in Tessa.")
            .actor("c2", "Brevia", COUNTRY, "BRV", null, "Brevia")
            .actor("c1", "Arland", COUNTRY, "ARL", null, "Arland")
            .actor("p1", "Oren Vask", PERSON, "ARLGOV", "Foreign Minister", "Oren Vask")
            .quote("q1", "Today the river unites us,", DIRECT, "p1", "Oren Vask", "said")
            .event("e1", "c1", "c2", "057", "AGREE", 8.0, 1, LocalDate.of(2025, 3, 5), ASSERTED,
                    "Brevia and Arland signed an agreement on Wednesday to share the Kessel river's water", null)
            .mediatedBy("p1")
            .event("e2", "c2", "c1", "057", "AGREE", 8.0, 1, LocalDate.of(2025, 3, 5), ASSERTED,
                    "Brevia and Arland signed an agreement on Wednesday to share the Kessel river's water", null)
            .date("Wednesday", "2025-03-05")
            .record();

    /** Markup and script as a scraped page's text may hold them: all of it must be shown as text. */
    static final Record HOSTILE = new Story("Hostile page <script>window.pwned = 'title'</script>", LocalDate.of(2025, 2, 20),
            "The picture page said <script>window.pwned = 'script'; alert('script ran')</script> in its body.",
            "A picture tag followed: <img src=x onerror=\"window.pwned = 'image'; alert('image ran')\"> and nothing else.",
            "\"<b onmouseover=\"window.pwned = 'quote'\">Trust me</b>,\" said Mallory <i>Evil</i>.")
            .actor("p9", "Mallory <i>Evil</i>", PERSON, null, "<u>self-styled</u> expert", "Mallory <i>Evil</i>")
            .quote("q1", "<b onmouseover=\"window.pwned = 'quote'\">Trust me</b>,", DIRECT, "p9", "Mallory <i>Evil</i>", "said#2")
            .record();

    static final List<Record> ALL = List.of(DAM, BORDER, DEAL, HOSTILE);

    private Newsroom() {
    }

    /** Writes the four articles into a new store at {@code db}. */
    static void write(Path db) {
        try (Store store = Store.open(db)) {
            store.write(store.beginRun(List.of("newsroom"), ""), ALL, List.of());
        }
    }
}
