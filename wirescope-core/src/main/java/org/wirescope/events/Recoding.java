package org.wirescope.events;

import java.util.Map;
import org.wirescope.model.Event.Modality;

/**
 * CAMEO's rules for acts announced rather than done. Cooperation that "will" happen is an expression of
 * intent (root 03: "will meet" is 036); conflict announced for the future, or on a condition, is a
 * threat (root 13: "will boycott the elections unless …" is 133), and so is any act announced "unless"
 * the other side gives way ("will withdraw its troops unless …"); a refusal announced for the future
 * ("will not accept", "would not meet") is a rejection (root 12).
 */
final class Recoding {

    private static final Map<String, String> INTENT = Map.of(
            "04", "036", "05", "032", "06", "031", "07", "033", "08", "035");
    private static final Map<String, String> THREAT = Map.of(
            "14", "133", "15", "138", "16", "131", "17", "137", "18", "138", "19", "138", "20", "138");
    private static final Map<String, String> THREAT_FINER = Map.of(
            "172", "132", "1721", "1321", "1722", "1322", "1723", "1323", "1724", "1324", "191", "1381", "192", "1382",
            "161", "1313", "162", "1311", "163", "1312");
    private static final Map<String, String> REFUSAL = Map.of(
            "03", "120", "04", "125", "05", "120", "06", "121", "07", "122", "08", "124");

    private Recoding() {
    }

    /**
     * The code an act takes given how it is told.
     *
     * @param future whether the cue's clause speaks of the future ("will", "would", "plan to")
     */
    static String forModality(String code, Modality modality, boolean future) {
        return forModality(code, modality, future, false);
    }

    /**
     * The code an act takes given how it is told.
     *
     * @param future whether the cue's clause speaks of the future ("will", "would", "plan to")
     * @param unless whether its condition is "unless": an act announced unless the other side gives way
     *     is a threat even when the act itself would be cooperation withdrawn ("will withdraw its
     *     peacekeepers unless …" is 130)
     */
    static String forModality(String code, Modality modality, boolean future, boolean unless) {
        String root = code.substring(0, 2);
        if (modality == Modality.CONDITIONAL && future && unless && !THREAT.containsKey(root) && !root.equals("13")) return "130";
        if (modality == Modality.INTENDED || (modality == Modality.CONDITIONAL && future)) {
            if (code.startsWith("057")) return "030";
            if (INTENT.containsKey(root)) return INTENT.get(root);
            if (THREAT.containsKey(root)) {
                for (int len = code.length(); len >= 3; len--) {
                    String finer = THREAT_FINER.get(code.substring(0, len));
                    if (finer != null) return finer;
                }
                return THREAT.get(root);
            }
        }
        if (modality == Modality.NEGATED && future && REFUSAL.containsKey(root)) return REFUSAL.get(root);
        return code;
    }

    /** Whether the recoded act is itself asserted: a threat or a refusal is made, not just announced. */
    static boolean madeByTelling(String original, String recoded) {
        if (original.equals(recoded)) return false;
        return recoded.startsWith("12") || recoded.startsWith("13");
    }
}
