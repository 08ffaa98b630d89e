package org.wirescope.app;

import java.util.ArrayList;
import java.util.List;
import org.wirescope.model.Article;
import org.wirescope.model.Caption;
import org.wirescope.model.Published;
import org.wirescope.model.Quote;
import org.wirescope.model.Record;

/** A stored article laid out for reading in a terminal. */
final class ArticleView {

    static final int WIDTH = 88;

    private ArticleView() {
    }

    static List<String> lines(Record record) {
        Article a = record.article();
        List<String> out = new ArrayList<>();
        out.add(a.title());
        out.add("=".repeat(Math.min(WIDTH, Math.max(3, a.title().codePointCount(0, a.title().length())))));
        out.add("id         " + a.id());
        out.add("published  " + published(a.published()));
        out.add("source     " + a.source().uri() + " (" + a.source().format().label() + ")");
        a.source().url().ifPresent(url -> out.add("url        " + url));
        a.source().fetched().ifPresent(when -> out.add("fetched    " + when));
        if (!a.byline().isEmpty()) out.add("byline     " + String.join(", ", a.byline()));
        a.language().ifPresent(lang -> out.add("language   " + lang));
        record.duplicateOf().ifPresent(d -> out.add("copy of    " + d));
        record.cluster().filter(c -> !c.equals(a.id())).ifPresent(c -> out.add("story of   " + c));
        if (!a.captions().isEmpty()) {
            out.add("");
            out.add("Captions");
            int n = 1;
            for (Caption c : a.captions()) {
                String label = "  " + n++ + ". ";
                out.addAll(wrap(c.text(), label, " ".repeat(label.length())));
                c.credit().ifPresent(credit -> out.add(" ".repeat(label.length()) + "credit: " + credit));
            }
        }
        out.add("");
        out.add("Text (" + a.paragraphs().size() + (a.paragraphs().size() == 1 ? " paragraph)" : " paragraphs)"));
        for (int i = 0; i < a.paragraphs().size(); i++) {
            String label = String.format("%4s ", "[" + (i + 1) + "]");
            out.addAll(wrap(a.paragraph(i), label, " ".repeat(label.length())));
        }
        if (!record.quotes().isEmpty()) {
            out.add("");
            out.add("Quotes");
            for (Quote q : record.quotes()) {
                String who = q.speaker().name() + q.speaker().role().map(r -> ", " + r).orElse("");
                out.addAll(wrap("\u201C" + q.text() + "\u201D — " + who, "  - ", "    "));
            }
        }
        return out;
    }

    static String published(Published p) {
        String when = p.date().map(Object::toString)
                .or(() -> p.notBefore().map(d -> "not before " + d))
                .or(() -> p.notAfter().map(d -> "not after " + d))
                .orElse("unknown");
        StringBuilder sb = new StringBuilder(when);
        if (!"none".equals(p.how())) sb.append(" (").append(p.how()).append(')');
        p.evidence().ifPresent(e -> sb.append(": \u201C").append(e.replaceAll("\\s+", " ").strip()).append('\u201D'));
        return sb.toString();
    }

    /** Word-wraps {@code text} to {@link #WIDTH} columns, the first line after {@code first}, the rest after {@code rest}. */
    static List<String> wrap(String text, String first, String rest) {
        List<String> lines = new ArrayList<>();
        StringBuilder line = new StringBuilder(first);
        int lineStart = 0;
        boolean empty = true;
        for (String word : text.strip().split("\\s+")) {
            if (!empty && line.length() - lineStart + 1 + word.length() > WIDTH) {
                lines.add(line.toString());
                line.setLength(0);
                line.append(rest);
                empty = true;
            }
            if (!empty) line.append(' ');
            line.append(word);
            empty = false;
        }
        lines.add(line.toString());
        return lines;
    }
}
