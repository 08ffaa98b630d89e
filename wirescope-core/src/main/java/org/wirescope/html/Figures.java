package org.wirescope.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;
import org.jsoup.select.Evaluator;
import org.wirescope.model.Caption;

/**
 * Captions of {@code <figure>} elements: the {@code <figcaption>} text, with the credit taken from a
 * child whose class names a credit, copyright or source, or from a trailing credit phrase
 * ("(Photo: X)", "Photo by X", "Credit: X", "© X").
 */
final class Figures {

    private static final Pattern CREDIT_NAMES = Pattern.compile("credit|copyright|source|attribution|byline|photographer");
    private static final Pattern TRAILING = Pattern.compile(
            "(?i)[\\s(\\[|-]*(?:(?:photo|image|picture|foto|video)s?(?:graph)?\\s*(?:credit)?\\s*(?::|by)|credit\\s*:|©|\\(c\\))\\s*([^()\\[\\]]{2,120}?)[)\\].]?\\s*$");

    private static final Pattern CREDIT_WORD = Pattern.compile(
            "(?i)^[(\\[]?\\s*(?:(?:photo|image|picture)s?\\s*(?:credit)?\\s*(?::|by)|credit\\s*:|©)\\s*");
    private static final Evaluator FIGCAPTION = new Evaluator.Tag("figcaption");
    private static final Pattern CLOSING = Pattern.compile("[)\\]]\\s*$");

    private Figures() {}

    static List<Caption> of(List<Element> figures) {
        List<Caption> out = new ArrayList<>();
        for (Element figure : figures) {
            Element caption = figure.selectFirst(FIGCAPTION);
            if (caption == null) continue;
            Optional<String> credit = Optional.empty();
            String captionText = Whitespace.normalise(caption.text());
            for (Element child : caption.getAllElements()) {
                if (child == caption) continue;
                String names = (child.className() + " " + child.id()).toLowerCase(Locale.ROOT);
                if (CREDIT_NAMES.matcher(names).find()) {
                    String c = Whitespace.normalise(child.text());
                    if (!c.isEmpty()) {
                        credit = Optional.of(stripCreditWord(c));
                        captionText = Whitespace.normalise(captionText.replace(c, ""));
                        break;
                    }
                }
            }
            if (credit.isEmpty()) {
                Matcher m = TRAILING.matcher(captionText);
                if (m.find() && m.start() > 0) {
                    credit = Optional.of(m.group(1).strip());
                    captionText = captionText.substring(0, m.start()).strip();
                }
            }
            if (!captionText.isEmpty()) out.add(new Caption(captionText, credit));
        }
        return out;
    }

    private static String stripCreditWord(String credit) {
        return CLOSING.matcher(CREDIT_WORD.matcher(credit).replaceFirst("")).replaceFirst("").strip();
    }
}
