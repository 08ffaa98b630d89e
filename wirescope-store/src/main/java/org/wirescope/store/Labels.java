package org.wirescope.store;

import java.util.Locale;

/** Enum values as the JSONL contract spells them in lower case ({@code direct}, {@code conditional}, {@code text}). */
final class Labels {

    private Labels() {
    }

    static String lower(Enum<?> value) {
        return value.name().toLowerCase(Locale.ROOT);
    }

    static <E extends Enum<E>> E parseLower(Class<E> type, String label) {
        return Enum.valueOf(type, label.toUpperCase(Locale.ROOT));
    }
}
