package org.wirescope.actors.gazetteer;

import java.util.Locale;
import java.util.Optional;

/** The kinds of gazetteer file, named by the first line of each ({@code # countries: …}). */
enum Table {
    COUNTRIES("countries", 7, "countries.tsv"),
    CONTEXT_FORMS("context_forms", 3, "context_forms.tsv"),
    REGIONS("regions", 3, "regions.tsv"),
    PLACES("places", 3, "places.tsv"),
    ORGANIZATIONS("organizations", 4, "organizations.tsv"),
    GROUPS("groups", 5, "groups.tsv"),
    MEDIA("media", 4, "media.tsv"),
    MEDIA_HEADS("media_heads", 2, "media_heads.tsv"),
    SECTORS("sectors", 4, "sectors.tsv"),
    PEOPLE("people", 4, "people.tsv");

    private final String label;
    private final int columns;
    private final String resource;

    Table(String label, int columns, String resource) {
        this.label = label;
        this.columns = columns;
        this.resource = resource;
    }

    String label() {
        return label;
    }

    int columns() {
        return columns;
    }

    /** The bundled resource file, relative to this package. */
    String resource() {
        return resource;
    }

    static Optional<Table> named(String label) {
        String l = label.trim().toLowerCase(Locale.ROOT);
        for (Table t : values()) {
            if (t.label.equals(l)) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }
}
