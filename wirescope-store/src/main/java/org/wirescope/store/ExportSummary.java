package org.wirescope.store;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What one {@link Store#export} wrote.
 *
 * @param directory where the files are
 * @param rows      each file's name with the number of rows (or JSON lines) it holds, in the order written
 */
public record ExportSummary(ExportFormat format, Path directory, Map<String, Long> rows) {

    public ExportSummary {
        Objects.requireNonNull(format, "format");
        Objects.requireNonNull(directory, "directory");
        rows = Collections.unmodifiableMap(new LinkedHashMap<>(rows));
    }
}
