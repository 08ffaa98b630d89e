package org.wirescope.events.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A PETRARCH-format discard list (such as {@code Phoenix.discards.txt}): phrases that mark a sentence,
 * or with a leading {@code +} a whole story, as not worth coding (sports, weather, history).
 *
 * <pre>{@code
 * DiscardDictionary discards = DiscardDictionary.load(Path.of("Phoenix.discards.txt"));
 * discards.find("world golf championships").map(Discard::wholeStory);   // Optional[true]
 * }</pre>
 */
public final class DiscardDictionary {

    /**
     * One discard phrase.
     *
     * @param phrase the phrase as a lookup key (upper case, words separated by one space)
     * @param wholeStory whether the phrase discards the whole story ({@code +}) rather than the sentence
     * @param line the line number in the source
     */
    public record Discard(String phrase, boolean wholeStory, int line) {
        public Discard {
            Objects.requireNonNull(phrase, "phrase");
            if (phrase.isBlank()) throw new IllegalArgumentException("phrase must not be blank");
        }
    }

    private final List<Discard> entries;
    private final Map<String, Discard> byPhrase;
    private final List<DictionaryWarning> warnings;

    private DiscardDictionary(List<Discard> entries, List<DictionaryWarning> warnings) {
        this.entries = List.copyOf(entries);
        Map<String, Discard> index = new HashMap<>();
        for (Discard d : this.entries) index.putIfAbsent(d.phrase(), d);
        this.byPhrase = Collections.unmodifiableMap(index);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Loads a discard file (UTF-8).
     *
     * @throws IOException naming the file when it cannot be read, or when no line of it is a discard line
     */
    public static DiscardDictionary load(Path path) throws IOException {
        return DictionaryText.fromPath(path, "discard", DiscardDictionary::load);
    }

    /** Loads a discard dictionary from a reader; warnings name it {@code <reader>}. */
    public static DiscardDictionary load(Reader reader) throws IOException {
        return load(reader, "<reader>");
    }

    /** Loads a discard list from a reader; {@code source} names it in warnings and errors. */
    public static DiscardDictionary load(Reader reader, String source) throws IOException {
        Objects.requireNonNull(source, "source");
        DictionaryText text = new DictionaryText(source);
        List<Discard> entries = new ArrayList<>();
        text.read(reader, (number, raw) -> {
            String line = DictionaryText.stripComment(raw).strip();
            if (DictionaryText.isIgnorable(line)) return;
            boolean story = line.startsWith("+");
            String phrase = Phrases.key(story ? line.substring(1) : line);
            if (phrase.isEmpty()) {
                text.warn(number, "'+' without a phrase; skipped");
            } else if (phrase.indexOf('[') >= 0 || phrase.indexOf(']') >= 0) {
                text.warn(number, "discard phrase with a bracket; discard lists carry no codes; skipped");
            } else {
                entries.add(new Discard(phrase, story, number));
                text.used();
            }
        });
        return new DiscardDictionary(entries, text.finish("discard"));
    }

    /** The discards, in file order. */
    public List<Discard> entries() {
        return entries;
    }

    /** The discard with this phrase; case, {@code _} and extra blanks do not matter. */
    public Optional<Discard> find(String phrase) {
        return Optional.ofNullable(byPhrase.get(Phrases.key(Objects.requireNonNull(phrase, "phrase"))));
    }

    /** The lines that could not be used, as {@code file:line: reason}. */
    public List<DictionaryWarning> warnings() {
        return warnings;
    }
}
