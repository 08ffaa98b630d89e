package org.wirescope.actors.gazetteer;

import java.util.Objects;
import java.util.Set;

/**
 * A short form that names a country or organisation only beside a companion: "the North" is North
 * Korea in an article that mentions either Korea.
 *
 * @param form the words as written ("the North")
 * @param code what the form stands for when triggered
 * @param triggers codes any one of which, present in the article, makes the form stand for {@code code}
 */
public record ContextForm(String form, String code, Set<String> triggers) {

    public ContextForm {
        Objects.requireNonNull(form, "form");
        Objects.requireNonNull(code, "code");
        triggers = Set.copyOf(triggers);
    }

    public boolean triggeredBy(Set<String> present) {
        for (String t : triggers) {
            if (present.contains(t)) {
                return true;
            }
        }
        return false;
    }
}
