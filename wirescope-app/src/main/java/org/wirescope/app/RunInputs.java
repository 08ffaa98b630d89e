package org.wirescope.app;

import java.nio.file.InvalidPathException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/** The inputs of a run as the store records them: local paths made absolute, so a run's identity
 * does not depend on the directory it was started from. */
final class RunInputs {

    private RunInputs() {
    }

    static List<String> normalise(List<String> specs) {
        List<String> out = new ArrayList<>(specs.size());
        for (String spec : specs) {
            if (spec.equals("-") || spec.contains("://")) {
                out.add(spec);
                continue;
            }
            try {
                out.add(Path.of(spec).toAbsolutePath().normalize().toString());
            } catch (InvalidPathException e) {
                out.add(spec);
            }
        }
        return out;
    }
}
