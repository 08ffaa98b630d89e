package org.wirescope.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Element;

/**
 * The best container together with those of its siblings that belong to the article: siblings scoring
 * at least a fifth of it, siblings sharing its class, and plain paragraphs of real prose next to it.
 */
final class Siblings {

    private Siblings() {}

    /** Indices of the chosen elements, in page order. */
    static List<Integer> of(ContentScores scores, int best) {
        int parent = scores.parent[best];
        if (parent < 0) return List.of(best);
        double bestScore = scores.adjusted(best);
        double threshold = Math.max(3, bestScore * 0.2);
        String bestClass = scores.elements[best].className();
        List<Integer> out = new ArrayList<>();
        for (int i = parent + 1; i < scores.end[parent]; i = scores.end[i]) {
            Element e = scores.elements[i];
            if (scores.dead[i]) continue;
            if (i == best) {
                out.add(i);
                continue;
            }
            int plain = scores.text[i] - scores.linkText[i];
            boolean sameClass = !bestClass.isEmpty() && bestClass.equals(e.className()) && scores.score[i] > 0;
            boolean prose = e.normalName().equals("p") && plain > 80 && scores.linkDensity(i) < 0.25;
            if (scores.adjusted(i) >= threshold || sameClass || prose) out.add(i);
        }
        return out;
    }
}
