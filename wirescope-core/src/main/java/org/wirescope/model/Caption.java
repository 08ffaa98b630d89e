package org.wirescope.model;

import java.util.Objects;
import java.util.Optional;

/** A photo caption, with the credit line parsed out of it ({@code (Photo by X / AFP)} gives {@code X / AFP}). */
public record Caption(String text, Optional<String> credit) {
    public Caption {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(credit, "credit");
    }
}
