package org.wirescope.model;

/**
 * A half-open character range {@code [start, end)} into a text that the holder owns.
 *
 * <pre>{@code
 * Span s = Span.of(0, 4);
 * String word = s.in("Kim said");   // "Kim "
 * }</pre>
 */
public record Span(int start, int end) implements Comparable<Span> {

    public Span {
        if (start < 0) throw new IllegalArgumentException("start must be >= 0, was " + start);
        if (end < start) throw new IllegalArgumentException("end must be >= start, was " + start + ".." + end);
    }

    public static Span of(int start, int end) {
        return new Span(start, end);
    }

    public int length() {
        return end - start;
    }

    public boolean contains(Span other) {
        return start <= other.start && other.end <= end;
    }

    public boolean overlaps(Span other) {
        return start < other.end && other.start < end;
    }

    /** The covered characters of {@code text}. */
    public String in(CharSequence text) {
        return text.subSequence(start, end).toString();
    }

    @Override
    public int compareTo(Span o) {
        return start != o.start ? Integer.compare(start, o.start) : Integer.compare(end, o.end);
    }
}
