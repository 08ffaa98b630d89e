package org.wirescope.actors;

import java.util.Objects;
import java.util.Optional;
import org.wirescope.actors.gazetteer.RoleEntry;

/**
 * A role the text gives an actor, before or after its name.
 *
 * @param text the role's words, determiners and trailing parenthetical acronyms dropped, apostrophes folded
 * @param firstToken first token of the role
 * @param endToken the token after the role
 * @param headEnd the token where the role's head ends and its complement begins ("adviser | to Supreme
 *     Leader Ali Khamenei"); {@code endToken} when there is no complement
 * @param head the role term that heads it, if the gazetteer knows one
 * @param placement before the name (a premodifying title) or after it (an apposition)
 */
record Role(String text, int firstToken, int endToken, int headEnd, Optional<RoleEntry> head, Placement placement) {

    enum Placement { TITLE, APPOSITION }

    Role {
        Objects.requireNonNull(text, "text");
        Objects.requireNonNull(head, "head");
        Objects.requireNonNull(placement, "placement");
    }

    /** The sector the role's head gives its holder ("Parliament Speaker" → LEG), if any. */
    Optional<String> sector() {
        return head.map(RoleEntry::sector);
    }
}
