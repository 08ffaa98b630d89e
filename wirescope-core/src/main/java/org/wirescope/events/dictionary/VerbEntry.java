package org.wirescope.events.dictionary;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * A verb of a verb block with the word forms that trigger it.
 *
 * @param lemma the verb as written, upper case, words of a multi-word verb separated by a space
 *     and the {@code +} head marker removed ({@code +ASK_FOR} → {@code "ASK FOR"})
 * @param forms every form the coder should recognise, the lemma first: the forms listed in braces,
 *     or else generated regular forms
 * @param code the verb's own code, when it overrides the block's
 * @param line the line number in the source
 */
public record VerbEntry(String lemma, List<String> forms, Optional<VerbCode> code, int line) {

    public VerbEntry {
        Objects.requireNonNull(lemma, "lemma");
        forms = List.copyOf(forms);
        Objects.requireNonNull(code, "code");
    }

    /** Whether the verb is a phrase of several words, such as {@code "CORDON OFF"}. */
    public boolean isMultiWord() {
        return lemma.indexOf(' ') >= 0;
    }
}
