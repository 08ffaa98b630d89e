package org.wirescope.events.codebook;

import java.util.Objects;
import java.util.Optional;
import java.util.regex.Pattern;

import org.wirescope.model.Event;

/**
 * One CAMEO event code with its Goldstein value, QuadClass and the PLOVER type and mode it maps to.
 *
 * <pre>{@code
 * CameoCode c = CameoCodebook.standard().get("138").orElseThrow();
 * c.name();        // "Threaten with military force"
 * c.goldstein();   // -7.0
 * c.plover();      // Plover[type=THREATEN, mode=Optional[violence]]
 * }</pre>
 *
 * @param code two to four digits; the first two are the root (cue category)
 * @param name the CAMEO name
 * @param goldstein the Goldstein conflict-cooperation value, in [-10, 10]
 * @param quadClass 1 verbal cooperation, 2 material cooperation, 3 verbal conflict, 4 material conflict
 * @param ploverType the PLOVER event type (2021 names)
 * @param ploverMode the PLOVER mode, when the code says how the act was done
 */
public record CameoCode(
        String code, String name, double goldstein, int quadClass, String ploverType, Optional<String> ploverMode) {

    private static final Pattern CODE = Pattern.compile("\\d{2,4}");

    public CameoCode {
        Objects.requireNonNull(code, "code");
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(ploverType, "ploverType");
        Objects.requireNonNull(ploverMode, "ploverMode");
        if (!CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("code must be 2 to 4 digits, was '" + code + "'");
        }
        if (name.isBlank()) throw new IllegalArgumentException("name must not be blank (code " + code + ")");
        if (!(goldstein >= -10.0 && goldstein <= 10.0)) {
            throw new IllegalArgumentException("goldstein must be in [-10, 10], was " + goldstein + " (code " + code + ")");
        }
        if (quadClass < 1 || quadClass > 4) {
            throw new IllegalArgumentException("quadClass must be 1..4, was " + quadClass + " (code " + code + ")");
        }
        if (ploverType.isBlank()) throw new IllegalArgumentException("ploverType must not be blank (code " + code + ")");
    }

    /** The two-digit root (cue category) this code belongs to, e.g. {@code "13"} for {@code "138"}. */
    public String root() {
        return code.substring(0, 2);
    }

    /** Whether this is one of the 20 two-digit roots. */
    public boolean isRoot() {
        return code.length() == 2;
    }

    /** The PLOVER type and mode as the data model carries them. */
    public Event.Plover plover() {
        return new Event.Plover(ploverType, ploverMode);
    }

    /** The QuadClass CAMEO assigns to every code under a root: 01–05, 06–09, 10–14, 15–20. */
    static int quadClassOfRoot(String root) {
        int r = Integer.parseInt(root);
        if (r < 1 || r > 20) throw new IllegalArgumentException("root must be 01..20, was '" + root + "'");
        if (r <= 5) return 1;
        if (r <= 9) return 2;
        if (r <= 14) return 3;
        return 4;
    }
}
