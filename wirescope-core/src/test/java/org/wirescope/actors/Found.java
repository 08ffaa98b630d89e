package org.wirescope.actors;

import java.util.List;
import java.util.Optional;
import org.wirescope.model.Actor;
import org.wirescope.model.Annotated;
import org.wirescope.model.TextSpan;

/** The actors of a hand-built article, with lookups for assertions. */
final class Found {

    private static final ActorStage STAGE = ActorStage.create();

    private final Annotated doc;
    private final List<Actor> actors;

    private Found(Annotated doc) {
        this.doc = doc;
        this.actors = STAGE.resolve(doc);
    }

    static Found in(HandDoc doc) {
        return new Found(doc.build());
    }

    static Found in(Annotated doc) {
        return new Found(doc);
    }

    List<Actor> actors() {
        return actors;
    }

    /** The actor with this name; fails the test when there is none. */
    Actor named(String name) {
        return actors.stream().filter(a -> a.name().equals(name)).findFirst()
                .orElseThrow(() -> new AssertionError("no actor named " + name + " among " + summary()));
    }

    Optional<Actor> find(String name) {
        return actors.stream().filter(a -> a.name().equals(name)).findFirst();
    }

    /** The actor one of whose mentions is the {@code nth} (1-based) occurrence of {@code words} in the text. */
    Optional<Actor> at(String words, int nth) {
        int from = -1;
        for (int k = 0; k < nth; k++) {
            from = doc.text().indexOf(words, from + 1);
            if (from < 0) throw new IllegalArgumentException("no occurrence " + nth + " of " + words);
        }
        int start = from;
        return actors.stream().filter(a -> a.mentions().stream()
                .anyMatch(m -> m.start() == start && m.end() == start + words.length())).findFirst();
    }

    Optional<Actor> at(String words) {
        return at(words, 1);
    }

    static List<String> texts(Actor a) {
        return a.mentions().stream().map(TextSpan::text).toList();
    }

    String summary() {
        StringBuilder b = new StringBuilder();
        for (Actor a : actors) {
            b.append('\n').append(a.id()).append(' ').append(a.name()).append(' ').append(a.type()).append(' ')
                    .append(a.country().orElse("-")).append(' ').append(a.code().orElse("-")).append(" role=")
                    .append(a.role().orElse("-")).append(' ').append(texts(a));
        }
        return b.toString();
    }
}
