package org.wirescope.store;

import java.util.Locale;

/** What {@link Store#export} writes; {@code docs/export-formats.md} describes each. */
public enum ExportFormat {
    /** One Parquet file per table, written by DuckDB. */
    PARQUET,
    /** One CSV file per table with a header line, written by DuckDB. */
    CSV,
    /** {@code articles.jsonl}: one {@code wirescope.article/1} object per article, as {@code extract} prints them. */
    JSONL,
    /** {@code events.gdelt.tsv}: one tab-separated row per event in a GDELT-style layout. */
    GDELT;

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }

    /**
     * The format named {@code label}, in any case.
     *
     * @throws IllegalArgumentException naming the formats when {@code label} is none of them
     */
    public static ExportFormat parse(String label) {
        for (ExportFormat format : values()) {
            if (format.label().equalsIgnoreCase(label.strip())) return format;
        }
        throw new IllegalArgumentException("format must be parquet, csv, jsonl or gdelt, was '" + label + "'");
    }
}
