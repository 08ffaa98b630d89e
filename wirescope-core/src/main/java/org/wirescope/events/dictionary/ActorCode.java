package org.wirescope.events.dictionary;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * One code of an actor, valid from and until the given dates (both inclusive) when restricted.
 * {@code [AFGGOV 791227-861124]} is {@code AFGGOV} from 1979-12-27 until 1986-11-24;
 * {@code [IGOUNO >20070101]} has only a start, {@code [HOB <950601]} only an end, {@code [AFG]} neither.
 *
 * @param code the actor code, upper case; {@code ---} is the null code (a known name that codes nothing)
 * @param from first day the code applies, if restricted
 * @param until last day the code applies, if restricted
 */
public record ActorCode(String code, Optional<LocalDate> from, Optional<LocalDate> until) {

    /** The null actor code. */
    public static final String NULL_CODE = "---";

    public ActorCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(until, "until");
        if (code.isBlank()) throw new IllegalArgumentException("code must not be blank");
        if (from.isPresent() && until.isPresent() && until.get().isBefore(from.get())) {
            throw new IllegalArgumentException("until " + until.get() + " is before from " + from.get());
        }
    }

    /** An unrestricted code. */
    public static ActorCode of(String code) {
        return new ActorCode(code, Optional.empty(), Optional.empty());
    }

    /** Whether the code has no date restriction: it applies whenever no restricted code does. */
    public boolean isDefault() {
        return from.isEmpty() && until.isEmpty();
    }

    /** Whether the code applies on {@code date}. */
    public boolean appliesOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        return from.map(f -> !date.isBefore(f)).orElse(true) && until.map(u -> !date.isAfter(u)).orElse(true);
    }

    /** Whether this is the null code {@code ---}. */
    public boolean isNull() {
        return NULL_CODE.equals(code);
    }
}
