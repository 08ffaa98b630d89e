package org.wirescope.events.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A PETRARCH/TABARI-format actor dictionary (such as {@code Phoenix.Countries.actors.txt}): names and
 * aliases of actors with codes that may hold only between dates. Immutable once loaded.
 *
 * <pre>{@code
 * ActorDictionary actors = ActorDictionary.load(List.of(countries, international, nonState));
 * actors.codeFor("Kofi Annan", LocalDate.of(2001, 5, 1));   // Optional["IGOUNO"]
 * actors.codeFor("AFGHANISTAN", LocalDate.now());           // Optional["AFG"]
 * }</pre>
 *
 * <p>Names are matched after {@link #key normalisation}. When a name occurs in more than one entry,
 * the first entry read keeps it. Lines the loader cannot read are skipped and reported in
 * {@link #warnings()}.
 */
public final class ActorDictionary {

    private final List<ActorEntry> entries;
    private final Map<String, Integer> byName;
    private final List<DictionaryWarning> warnings;

    ActorDictionary(List<ActorEntry> entries, List<DictionaryWarning> warnings) {
        this.entries = List.copyOf(entries);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            for (String n : this.entries.get(i).names()) index.putIfAbsent(n, i);
        }
        this.byName = Collections.unmodifiableMap(index);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Loads an actor dictionary file (UTF-8).
     *
     * @throws IOException naming the file when it cannot be read, or when no line of it is an actor dictionary line
     */
    public static ActorDictionary load(Path path) throws IOException {
        return DictionaryText.fromPath(path, "actor", ActorDictionary::load);
    }

    /** Loads several files as one dictionary; for a name in more than one file, the earlier file wins. */
    public static ActorDictionary load(List<Path> paths) throws IOException {
        List<ActorEntry> entries = new ArrayList<>();
        List<DictionaryWarning> warnings = new ArrayList<>();
        for (Path p : paths) {
            ActorDictionary d = load(p);
            entries.addAll(d.entries);
            warnings.addAll(d.warnings);
        }
        return new ActorDictionary(entries, warnings);
    }

    /** Loads a actor dictionary from a reader; warnings name it {@code <reader>}. */
    public static ActorDictionary load(Reader reader) throws IOException {
        return load(reader, "<reader>");
    }

    /** Loads an actor dictionary from a reader; {@code source} names it in warnings and errors. */
    public static ActorDictionary load(Reader reader, String source) throws IOException {
        Objects.requireNonNull(source, "source");
        return new ActorDictionaryReader(source).read(reader);
    }

    /**
     * The form names are matched in: upper case, {@code _} and runs of blanks as one space.
     * {@code "Kofi_Annan_"}, {@code "kofi annan"} and {@code "KOFI ANNAN"} are one name.
     */
    public static String key(String name) {
        return Phrases.key(Objects.requireNonNull(name, "name"));
    }

    /** The entries, in file order. */
    public List<ActorEntry> entries() {
        return entries;
    }

    /** The entry a name or alias belongs to. */
    public Optional<ActorEntry> entry(String name) {
        Integer i = byName.get(key(name));
        return i == null ? Optional.empty() : Optional.of(entries.get(i));
    }

    /**
     * The code of a name on a date (see {@link ActorEntry#codeOn}); empty for unknown names and for
     * names whose code on that date is the null code.
     */
    public Optional<String> codeFor(String name, LocalDate date) {
        Objects.requireNonNull(date, "date");
        return entry(name).flatMap(e -> e.codeOn(date));
    }

    /** How many distinct names and aliases the dictionary knows. */
    public int nameCount() {
        return byName.size();
    }

    /** The lines that could not be used, as {@code file:line: reason}. */
    public List<DictionaryWarning> warnings() {
        return warnings;
    }
}
