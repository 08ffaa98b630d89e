package org.wirescope.events.dictionary;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An actor of an actor dictionary: its names and its codes with their date ranges.
 *
 * @param name the first name of the entry, as a lookup key (upper case, words separated by one space)
 * @param aliases the other names: {@code +} synonym lines, and name lines without a code that the
 *     file groups with this entry
 * @param codes the codes in file order, restricted or not
 * @param line the line number of the first name
 */
public record ActorEntry(String name, List<String> aliases, List<ActorCode> codes, int line) {

    public ActorEntry {
        Objects.requireNonNull(name, "name");
        aliases = List.copyOf(aliases);
        codes = List.copyOf(codes);
    }

    /** The name followed by the aliases. */
    public List<String> names() {
        List<String> all = new ArrayList<>(aliases.size() + 1);
        all.add(name);
        all.addAll(aliases);
        return List.copyOf(all);
    }

    /**
     * The code on {@code date}: the first date-restricted code whose range holds the date, otherwise
     * the first unrestricted code; empty when neither exists or the code is the null code.
     */
    public Optional<String> codeOn(LocalDate date) {
        Objects.requireNonNull(date, "date");
        ActorCode chosen = null;
        for (ActorCode c : codes) {
            if (!c.isDefault() && c.appliesOn(date)) {
                chosen = c;
                break;
            }
        }
        if (chosen == null) {
            chosen = codes.stream().filter(ActorCode::isDefault).findFirst().orElse(null);
        }
        return chosen == null || chosen.isNull() ? Optional.empty() : Optional.of(chosen.code());
    }
}
