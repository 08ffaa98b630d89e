package org.wirescope.events.dictionary;

import java.util.List;
import java.util.Objects;

/**
 * An agent word of an agent dictionary ({@code FOREIGN_MINISTER [~GOV]}): a role or sector noun that
 * adds a code to the actor it qualifies.
 *
 * @param name the word or phrase as a lookup key (upper case, words separated by one space)
 * @param plurals its plural forms: the ones given in braces, or else the regular plural; none for {@code {}}
 * @param code the code as written: {@code ~GOV} goes after the actor's code, {@code NGO~} before it
 * @param line the line number in the source
 */
public record AgentEntry(String name, List<String> plurals, String code, int line) {

    public AgentEntry {
        Objects.requireNonNull(name, "name");
        plurals = List.copyOf(plurals);
        Objects.requireNonNull(code, "code");
        if (!isAgentCode(code)) {
            throw new IllegalArgumentException("code must be ~CODE or CODE~, was '" + code + "'");
        }
    }

    static boolean isAgentCode(String code) {
        boolean leading = code.startsWith("~");
        boolean trailing = code.endsWith("~");
        if (leading == trailing || code.length() < 2) return false;
        String bare = leading ? code.substring(1) : code.substring(0, code.length() - 1);
        return bare.chars().allMatch(c -> Character.isLetterOrDigit(c));
    }

    /** The code without its {@code ~}. */
    public String bareCode() {
        return code.replace("~", "");
    }

    /** Whether the agent code goes after the actor's code ({@code ~GOV}) rather than before it ({@code NGO~}). */
    public boolean followsActor() {
        return code.startsWith("~");
    }

    /** The combined code for an actor: {@code applyTo("USA")} is {@code USAGOV} for {@code ~GOV}, {@code NGOUSA} for {@code NGO~}. */
    public String applyTo(String actorCode) {
        Objects.requireNonNull(actorCode, "actorCode");
        return followsActor() ? actorCode + bareCode() : bareCode() + actorCode;
    }
}
