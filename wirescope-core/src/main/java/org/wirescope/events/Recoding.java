package org.wirescope.events;

import java.util.Map;
import org.wirescope.model.Event.Modality;

/**
 * CAMEO's rule for cooperation not yet done: "will meet", "plans to provide aid" is an expression of
 * intent (root 03), not the act itself.
 */
final class Recoding {

    private static final Map<String, String> INTENT = Map.of(
            "04", "036", "05", "032", "06", "031", "07", "033", "08", "035");

    private Recoding() {
    }

    static String forModality(String code, Modality modality) {
        if (modality != Modality.INTENDED) return code;
        String root = code.substring(0, 2);
        if (code.startsWith("057")) return "030";
        return INTENT.getOrDefault(root, code);
    }
}
