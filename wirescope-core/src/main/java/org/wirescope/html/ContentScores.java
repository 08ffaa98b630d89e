package org.wirescope.html;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import org.jsoup.nodes.Attributes;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeFilter;

/**
 * One pass over the page body that measures every element left after dropping furniture: characters of
 * text, characters inside links and punctuation marks, own and in total. Text blocks (paragraphs,
 * quotations, preformatted text, list items, cells, and divisions holding text directly) pass a value
 * to their parent, grandparent and further up, a half, a third, … of it; the container with the highest value, damped by
 * its link density and weighted by what its class says, is the article. Iterative throughout.
 */
final class ContentScores {

    /** How many containers above a text block share its value: 1, 1/2, 1/3, … */
    static final int LEVELS = 10;
    private static final NameSet PARAGRAPHS = NameSet.of("p", "pre", "blockquote", "td", "dd");
    private static final NameSet LOOSE_TEXT = NameSet.of("div", "section", "article", "main", "span", "font", "center");
    /** Structural wrappers that pass scores through without counting as a level or receiving any. */
    private static final NameSet TRANSPARENT = NameSet.of("ul", "ol", "dl", "tbody", "thead", "tr", "table");
    private static final String[] GOOD_NAMES = {"article", "content", "post", "entry", "story", "body", "text", "main", "prose", "blog"};
    private static final String[] POOR_NAMES = {"comment", "meta", "foot", "side", "promo", "widget", "related", "card", "teaser",
        "list", "grid", "nav", "hero", "author", "bio"};

    final Element[] elements;
    final int[] parent;
    final int[] text;
    final int[] linkText;
    final int[] punctuation;
    final double[] score;
    /** Plain text of the scoring text blocks within each element (nested blocks counted once each). */
    final int[] blockText;
    /** What each scored element's class, id and tag say of it (see {@link #nameWeight}); 0 where unscored. */
    private final double[] weight;
    /** One past the last descendant of each element: element i's subtree is [i, end[i]). */
    final int[] end;
    /** Elements left out: probable furniture that does not hold most of the page's text, and all inside it. */
    final boolean[] dead;
    final List<Element> figures;
    final int[] figureParents;
    final int count;

    private ContentScores(Walk walk) {
        this.count = walk.n;
        this.elements = Arrays.copyOf(walk.elements, count);
        this.parent = Arrays.copyOf(walk.parent, count);
        this.text = Arrays.copyOf(walk.text, count);
        this.linkText = Arrays.copyOf(walk.link, count);
        this.punctuation = Arrays.copyOf(walk.punct, count);
        this.figures = walk.figures;
        this.figureParents = Arrays.copyOf(walk.figureParents, walk.figures.size());
        this.dead = new boolean[count];
        this.score = new double[count];
        this.blockText = new int[count];
        this.weight = new double[count];
        this.end = new int[count];
    }

    /**
     * The strict pass: furniture by tag, style, class, id and role left out. Hands every element of the
     * body, and every subtree left out, to {@code scan}.
     */
    static ContentScores strict(Element body, Budget budget, HeadScan scan) {
        return of(body, new Walk(true, budget, scan));
    }

    /** The lenient pass: furniture by tag and style left out, nothing by name. */
    static ContentScores lenient(Element body, Budget budget) {
        return of(body, new Walk(false, budget, null));
    }

    private static ContentScores of(Element body, Walk walk) {
        Traversal.filter(walk, body);
        ContentScores s = new ContentScores(walk);
        s.bury(walk.soft);
        s.accumulate(walk.ownText);
        return s;
    }

    double linkDensity(int i) {
        return text[i] == 0 ? 0 : (double) linkText[i] / text[i];
    }

    /** The best container, or -1 when no element holds a text block. */
    int best() {
        int best = -1;
        double bestScore = 0;
        for (int i = 0; i < count; i++) {
            if (score[i] <= 0 || dead[i]) continue;
            double s = adjusted(i);
            if (s > bestScore) {
                bestScore = s;
                best = i;
            }
        }
        return best;
    }

    private static final double CLIMB = 0.4;
    private static final double RIVAL = 0.5;
    private static final double GROW = 1.3;
    private static final double TWIN = 0.05;
    private static final double PROSE = 0.5;
    private static final int RIVALS = 2;

    /**
     * The container the article most likely fills, starting from the best block: an article written as
     * several sections makes one of them score best, so the choice moves up to the nearest ancestor that
     * also holds {@code RIVALS} other high-scoring blocks, and then to the highest ancestor within
     * {@code LEVELS} that scores nearly as well while holding more text. Blocks sharing the best block's
     * class count as rivals at a much lower score (an article cut into sections of one class). A climb
     * needs at least half the text it adds to lie in scoring text blocks, not in link lists or labels.
     */
    int widen(int best) {
        if (best < 0) return best;
        double top = adjusted(best);
        String bestClass = elements[best].className();
        boolean[] chain = new boolean[count];
        for (int p = best; p >= 0; p = parent[p]) chain[p] = true;
        List<Integer> rivals = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            if (dead[i] || chain[i] || (i >= best && i < end[best]) || score[i] <= 0) continue;
            boolean twin = TWIN > 0 && !bestClass.isEmpty() && adjusted(i) >= TWIN * top && bestClass.equals(elements[i].className());
            if (adjusted(i) < RIVAL * top && !twin) continue;
            int p = parent[i];
            while (p >= 0 && !chain[p]) p = parent[p];
            // skip a rival nested in a rival already counted (its own parent chain reaches one)
            boolean nested = false;
            for (int q = parent[i]; q >= 0 && !chain[q]; q = parent[q]) {
                if (adjusted(q) >= RIVAL * top && !dead[q]) { nested = true; break; }
            }
            if (!nested) rivals.add(i);
        }
        int chosen = best;
        if (rivals.size() >= RIVALS) {
            for (int a = parent[best]; a >= 0; a = parent[a]) {
                int within = 0;
                for (int r : rivals) if (r >= a && r < end[a]) within++;
                if (within >= RIVALS) {
                    if (linkDensity(a) < 0.35) chosen = a;
                    break;
                }
            }
        }
        double base = adjusted(chosen);
        int up = 0;
        for (int a = parent[chosen]; a >= 0 && up < LEVELS; a = parent[a], up++) {
            int extra = text[a] - linkText[a] - (text[chosen] - linkText[chosen]);
            boolean prose = blockText[a] - blockText[chosen] >= PROSE * extra;
            if (adjusted(a) >= CLIMB * base && text[a] - linkText[a] > GROW * (text[chosen] - linkText[chosen]) && prose) {
                chosen = a;
                base = Math.max(base, adjusted(a));
                up = 0;
            }
        }
        return chosen;
    }

    double adjusted(int i) {
        return score[i] == 0 ? 0 : score[i] * (1 - linkDensity(i)) * weight[i];
    }

    /** Marks probable furniture dead unless it holds more than half of the page's plain text. */
    private void bury(boolean[] soft) {
        int[] plain = new int[count];
        for (int i = 0; i < count; i++) plain[i] = text[i] - linkText[i];
        for (int i = count - 1; i > 0; i--) {
            if (parent[i] >= 0) plain[parent[i]] += plain[i];
        }
        int page = count == 0 ? 0 : plain[0];
        for (int i = 0; i < count; i++) {
            dead[i] = (parent[i] >= 0 && dead[parent[i]]) || (soft[i] && plain[i] <= page / 2);
        }
    }

    private void accumulate(int[] ownText) {
        for (int i = 0; i < count; i++) end[i] = i + 1;
        for (int i = count - 1; i > 0; i--) {
            int p = parent[i];
            if (p >= 0 && end[i] > end[p]) end[p] = end[i];
            if (p < 0 || dead[i]) continue;
            text[p] += text[i];
            linkText[p] += linkText[i];
            punctuation[p] += punctuation[i];
        }
        boolean[] transparent = new boolean[count];
        for (int i = 0; i < count; i++) transparent[i] = TRANSPARENT.contains(elements[i].normalName());
        for (int i = 0; i < count; i++) {
            if (dead[i]) continue;
            String tag = elements[i].normalName();
            boolean block = PARAGRAPHS.contains(tag) || (LOOSE_TEXT.contains(tag) && ownText[i] >= 60) || tag.equals("li");
            if (!block) continue;
            int plain = text[i] - linkText[i];
            if (plain < 25) continue;
            double density = linkDensity(i);
            double value = (1 + Math.min(plain / 80.0, 4) + Math.min(punctuation[i], 12) * 0.25) * (1 - density) * (1 - density);
            if (tag.equals("li") || tag.equals("td")) value *= 0.5;
            blockText[i] = plain;
            double share = 1;
            for (int p = parent[i], up = 0; p >= 0 && up < LEVELS; p = parent[p]) {
                if (transparent[p]) continue;
                score[p] += value * share;
                up++;
                share = 1.0 / (up + 1);
            }
        }
        for (int i = count - 1; i > 0; i--) {
            if (parent[i] >= 0) blockText[parent[i]] += blockText[i];
        }
        for (int i = 0; i < count; i++) {
            if (score[i] > 0) weight[i] = nameWeight(elements[i]);
        }
    }

    private static double nameWeight(Element e) {
        String names = (e.className() + " " + e.id()).toLowerCase(Locale.ROOT);
        double w = 1;
        if (e.normalName().equals("article") || e.normalName().equals("main")) w *= 1.2;
        if (names.isBlank()) return w;
        for (String good : GOOD_NAMES) {
            if (names.contains(good)) {
                w *= 1.25;
                break;
            }
        }
        for (String poor : POOR_NAMES) {
            if (names.contains(poor)) {
                w *= 0.6;
                break;
            }
        }
        return w;
    }

    /** The measuring walk: element numbering in document order, parents before children. */
    private static final class Walk implements NodeFilter {
        /** Punctuation marks counted, as bits of a mask over the characters below 64: {@code , . ; ? ! "}. */
        private static final long MARKS = 1L << ',' | 1L << '.' | 1L << ';' | 1L << '?' | 1L << '!' | 1L << '"';
        private final boolean strict;
        private final Budget budget;
        private final Map<String, Boolean> names = new HashMap<>();
        /** Fed the elements met, in page order; null in the lenient pass. */
        private final HeadScan scan;
        Element[] elements = new Element[1024];
        int[] parent = new int[1024];
        int[] text = new int[1024];
        int[] ownText = new int[1024];
        int[] link = new int[1024];
        int[] punct = new int[1024];
        boolean[] soft = new boolean[1024];
        int[] figureParents = new int[16];
        final List<Element> figures = new ArrayList<>();
        int n;
        private int[] stack = new int[256];
        private int depth;
        private int anchors;

        Walk(boolean strict, Budget budget, HeadScan scan) {
            this.strict = strict;
            this.budget = budget;
            this.scan = scan;
        }

        @Override
        public FilterResult head(Node node, int ignored) {
            if (node instanceof TextNode t) {
                if (depth > 0) count(t.getWholeText(), stack[depth - 1]);
                return FilterResult.CONTINUE;
            }
            if (!(node instanceof Element e)) return FilterResult.SKIP_ENTIRELY;
            budget.element();
            String tag = e.normalName();
            Attributes attributes = Attrs.of(e);
            if (scan != null) scan.element(e, tag, attributes);
            if (Boilerplate.hard(tag, attributes)) {
                if (tag.equals("figure") && depth > 0) {
                    if (figures.size() == figureParents.length) figureParents = Arrays.copyOf(figureParents, figures.size() * 2);
                    figureParents[figures.size()] = stack[depth - 1];
                    figures.add(e);
                }
                if (scan != null) scan.within(e);
                return FilterResult.SKIP_ENTIRELY;
            }
            if (n == elements.length) grow();
            soft[n] = Boilerplate.soft(e, tag, attributes, strict, names);
            elements[n] = e;
            parent[n] = depth == 0 ? -1 : stack[depth - 1];
            if (depth == stack.length) stack = Arrays.copyOf(stack, depth * 2);
            stack[depth++] = n;
            n++;
            if (tag.equals("a")) anchors++;
            return FilterResult.CONTINUE;
        }

        /** Adds the characters of {@code s} (whitespace runs counted as one) and its punctuation marks to element {@code top}. */
        private void count(String s, int top) {
            int chars = 0;
            int marks = 0;
            boolean space = true;
            for (int i = 0, n = s.length(); i < n; i++) {
                char c = s.charAt(i);
                if (c > ' ' && c < '\u00a0') {
                    chars++;
                    space = false;
                    if (c < 64 && (MARKS >>> c & 1) != 0) marks++;
                } else if (Whitespace.isSpace(c)) {
                    if (!space) chars++;
                    space = true;
                } else {
                    chars++;
                    space = false;
                    if (c == '\u201d') marks++;
                }
            }
            text[top] += chars;
            ownText[top] += chars;
            punct[top] += marks;
            if (anchors > 0) link[top] += chars;
        }

        @Override
        public FilterResult tail(Node node, int ignored) {
            if (node instanceof Element e) {
                depth--;
                if (e.normalName().equals("a")) anchors--;
            }
            return FilterResult.CONTINUE;
        }

        private void grow() {
            int size = elements.length * 2;
            elements = Arrays.copyOf(elements, size);
            parent = Arrays.copyOf(parent, size);
            text = Arrays.copyOf(text, size);
            ownText = Arrays.copyOf(ownText, size);
            link = Arrays.copyOf(link, size);
            punct = Arrays.copyOf(punct, size);
            soft = Arrays.copyOf(soft, size);
        }
    }
}
