package org.wirescope.store;

import java.time.LocalDate;
import java.util.Objects;
import java.util.Optional;

/**
 * What {@link Store#events} looks for. Every filter is optional; the events returned match all the
 * filters given.
 *
 * <pre>{@code
 * store.events(EventQuery.all(20, 0).withSource("IRN").withTarget("USA").withRoot("13"));
 * }</pre>
 *
 * @param source the start of the source actor's code, ignoring case ({@code IRN} finds {@code IRN} and {@code IRNLEG})
 * @param target the start of the target actor's code, likewise
 * @param root   the CAMEO root code: the first two digits of the event code ({@code 13} for threats)
 * @param plover the PLOVER event type exactly, ignoring case ({@code THREATEN})
 * @param from   the earliest day, inclusive; see {@link EventRow#date()} for the day an event is on
 * @param to     the latest day, inclusive
 * @param modality the modality exactly, ignoring case ({@code asserted}, {@code negated} …)
 * @param sourceActor the key across articles of the source's resolved actor (see {@link Store#actorProfile})
 * @param targetActor likewise for the target
 * @param limit  at most this many rows, {@code >= 0}
 * @param offset rows skipped first, {@code >= 0}
 * @param bothWays whether events from the target to the source match too, as in {@link DyadQuery#bothWays()}
 */
public record EventQuery(Optional<String> source, Optional<String> target, Optional<String> root,
                         Optional<String> plover, Optional<LocalDate> from, Optional<LocalDate> to,
                         Optional<String> modality, Optional<String> sourceActor, Optional<String> targetActor,
                         int limit, int offset, boolean bothWays) {

    public EventQuery {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(target, "target");
        Objects.requireNonNull(root, "root");
        Objects.requireNonNull(plover, "plover");
        Objects.requireNonNull(from, "from");
        Objects.requireNonNull(to, "to");
        Objects.requireNonNull(modality, "modality");
        Objects.requireNonNull(sourceActor, "sourceActor");
        Objects.requireNonNull(targetActor, "targetActor");
        if (limit < 0) throw new IllegalArgumentException("limit must be >= 0, was " + limit);
        if (offset < 0) throw new IllegalArgumentException("offset must be >= 0, was " + offset);
    }

    /** A query matching one way only, from the source to the target. */
    public EventQuery(Optional<String> source, Optional<String> target, Optional<String> root, Optional<String> plover,
                      Optional<LocalDate> from, Optional<LocalDate> to, Optional<String> modality,
                      Optional<String> sourceActor, Optional<String> targetActor, int limit, int offset) {
        this(source, target, root, plover, from, to, modality, sourceActor, targetActor, limit, offset, false);
    }

    /** Every event, a page at a time. */
    public static EventQuery all(int limit, int offset) {
        return new EventQuery(Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), Optional.empty(), limit, offset);
    }

    public EventQuery withSource(String codePrefix) {
        return new EventQuery(Optional.of(codePrefix), target, root, plover, from, to,
                modality, sourceActor, targetActor, limit, offset, bothWays);
    }

    public EventQuery withTarget(String codePrefix) {
        return new EventQuery(source, Optional.of(codePrefix), root, plover, from, to,
                modality, sourceActor, targetActor, limit, offset, bothWays);
    }

    public EventQuery withRoot(String cameoRoot) {
        return new EventQuery(source, target, Optional.of(cameoRoot), plover, from, to,
                modality, sourceActor, targetActor, limit, offset, bothWays);
    }

    public EventQuery withPlover(String type) {
        return new EventQuery(source, target, root, Optional.of(type), from, to,
                modality, sourceActor, targetActor, limit, offset, bothWays);
    }

    public EventQuery withFrom(LocalDate day) {
        return new EventQuery(source, target, root, plover, Optional.of(day), to,
                modality, sourceActor, targetActor, limit, offset, bothWays);
    }

    public EventQuery withTo(LocalDate day) {
        return new EventQuery(source, target, root, plover, from, Optional.of(day),
                modality, sourceActor, targetActor, limit, offset, bothWays);
    }

    public EventQuery withModality(String name) {
        return new EventQuery(source, target, root, plover, from, to,
                Optional.of(name), sourceActor, targetActor, limit, offset, bothWays);
    }

    public EventQuery withSourceActor(String key) {
        return new EventQuery(source, target, root, plover, from, to,
                modality, Optional.of(key), targetActor, limit, offset, bothWays);
    }

    public EventQuery withTargetActor(String key) {
        return new EventQuery(source, target, root, plover, from, to,
                modality, sourceActor, Optional.of(key), limit, offset, bothWays);
    }

    public EventQuery withPage(int rows, int skipped) {
        return new EventQuery(source, target, root, plover, from, to,
                modality, sourceActor, targetActor, rows, skipped, bothWays);
    }

    /** This query matching the events between its sides in both directions. */
    public EventQuery withBothWays() {
        return new EventQuery(source, target, root, plover, from, to, modality, sourceActor, targetActor, limit, offset, true);
    }
}
