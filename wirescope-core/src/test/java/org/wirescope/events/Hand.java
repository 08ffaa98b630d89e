package org.wirescope.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.wirescope.model.Actor;
import org.wirescope.model.Annotated;
import org.wirescope.model.Article;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.Sentence;
import org.wirescope.model.Source;
import org.wirescope.model.Span;
import org.wirescope.model.TextSpan;
import org.wirescope.model.Token;

/**
 * Hand-built parses and actors, so the coder's rules are tested without models. A sentence is written
 * as {@code word/TAG/head/relation[/lemma]} tokens with 1-based heads inside the sentence (0 for the
 * root); a head of {@code -} leaves the sentence unparsed. Sentences are joined by a space in one paragraph.
 *
 * <pre>{@code
 * Annotated doc = Hand.doc("Iran/NNP/2/nsubj threatened/VBD/0/root/threaten Israel/NNP/2/obj ././2/punct");
 * Actor iran = Hand.actor(doc, "c1", "Iran", "IRN", "Iran");
 * }</pre>
 */
final class Hand {

    private Hand() {
    }

    static Annotated doc(String... sentences) {
        StringBuilder text = new StringBuilder();
        List<Token> tokens = new ArrayList<>();
        List<Sentence> out = new ArrayList<>();
        for (String sentence : sentences) {
            if (text.length() > 0) text.append(' ');
            int sentenceStart = text.length();
            int first = tokens.size();
            String[] parts = sentence.trim().split(" +");
            boolean parsed = true;
            for (int i = 0; i < parts.length; i++) {
                String[] f = parts[i].split("/", -1);
                if (f.length < 4) throw new IllegalArgumentException("token needs word/TAG/head/rel: " + parts[i]);
                if (i > 0) text.append(' ');
                int start = text.length();
                text.append(f[0]);
                int head;
                if (f[2].equals("-")) {
                    parsed = false;
                    head = Token.UNPARSED;
                } else {
                    int h = Integer.parseInt(f[2]);
                    head = h == 0 ? Token.ROOT : first + h - 1;
                }
                String lemma = f.length > 4 && !f[4].isEmpty() ? f[4] : f[0].toLowerCase(Locale.ROOT);
                tokens.add(new Token(first + i, out.size(), start, text.length(), f[0], f[1], lemma, "O", head, f[3]));
            }
            out.add(new Sentence(out.size(), sentenceStart, text.length(), first, tokens.size(), parsed));
        }
        String body = text.toString();
        Article article = new Article("a-test", Source.of("test:hand", Source.Format.TEXT), "Hand-parsed",
                Published.UNKNOWN, Optional.of("en"), List.of(), List.of(), body, List.of(new Span(0, body.length())),
                OffsetMap.identity(body.length()));
        return new Annotated(article, tokens, out, List.of());
    }

    /** A country actor mentioned wherever one of {@code forms} occurs as whole words. */
    static Actor actor(Annotated doc, String id, String name, String code, String... forms) {
        String text = doc.text();
        List<TextSpan> mentions = new ArrayList<>();
        for (String form : forms) {
            int from = 0;
            int at;
            while ((at = text.indexOf(form, from)) >= 0) {
                int end = at + form.length();
                boolean whole = (at == 0 || !Character.isLetter(text.charAt(at - 1)))
                        && (end == text.length() || !Character.isLetter(text.charAt(end)));
                if (whole) mentions.add(new TextSpan(at, end, form));
                from = end;
            }
        }
        mentions.sort(java.util.Comparator.comparingInt(TextSpan::start));
        Actor.Type type = code.length() == 3 ? Actor.Type.COUNTRY : Actor.Type.GROUP;
        return new Actor(id, name, type, Optional.of(code.substring(0, 3)),
                code.length() > 3 ? Optional.of(code.substring(3)) : Optional.empty(), Optional.of(code), Optional.empty(), mentions);
    }
}
