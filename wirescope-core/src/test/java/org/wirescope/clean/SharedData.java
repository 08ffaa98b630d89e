package org.wirescope.clean;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/** Finds the project's sibling {@code shared/} folder (seed and gold data), which a fresh clone lacks. */
final class SharedData {

    private SharedData() {
    }

    static Optional<Path> locate() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 3 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared").normalize();
            if (Files.isDirectory(candidate.resolve("seeds"))) return Optional.of(candidate);
        }
        return Optional.empty();
    }
}
