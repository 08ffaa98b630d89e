package org.wirescope.model;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * An article's publication date with its provenance. {@code date} is set only when the text
 * determines it; otherwise {@code notBefore} may bound it from below and {@code notAfter} from above.
 * Never a guess.
 *
 * @param how how it was found: {@code given}, {@code dateline}, {@code caption}, {@code weekday},
 *            {@code bound} or {@code none}; for HTML pages {@code json-ld}, {@code meta}, {@code time} or
 *            {@code url}; {@code fetched} for the upper bound a crawler's fetch time sets on a page that
 *            states no date
 * @param evidence the words that support it, as they stand in the input
 */
public record Published(Optional<LocalDate> date, Optional<LocalDate> notBefore, Optional<LocalDate> notAfter, String how,
        Optional<String> evidence) {

    public static final Published UNKNOWN = new Published(Optional.empty(), Optional.empty(), "none", Optional.empty());

    public Published {
        Objects.requireNonNull(date, "date");
        Objects.requireNonNull(notBefore, "notBefore");
        Objects.requireNonNull(notAfter, "notAfter");
        Objects.requireNonNull(how, "how");
        Objects.requireNonNull(evidence, "evidence");
    }

    /** Without an upper bound. */
    public Published(Optional<LocalDate> date, Optional<LocalDate> notBefore, String how, Optional<String> evidence) {
        this(date, notBefore, Optional.empty(), how, evidence);
    }

    public static Published on(LocalDate date, String how, String evidence) {
        return new Published(Optional.of(date), Optional.empty(), how, Optional.of(evidence));
    }

    public static Published notBefore(LocalDate bound, String how, String evidence) {
        return new Published(Optional.empty(), Optional.of(bound), how, Optional.of(evidence));
    }

    public static Published notAfter(LocalDate bound, String how, String evidence) {
        return new Published(Optional.empty(), Optional.empty(), Optional.of(bound), how, Optional.of(evidence));
    }
}
