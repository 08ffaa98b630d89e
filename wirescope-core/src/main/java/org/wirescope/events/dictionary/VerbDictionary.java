package org.wirescope.events.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A PETRARCH-format verb dictionary (such as {@code CAMEO.2.0.txt}): synonym sets, verb blocks with
 * their verbs and patterns, and transformation rules. Immutable once loaded.
 *
 * <pre>{@code
 * VerbDictionary verbs = VerbDictionary.load(Path.of("CAMEO.2.0.txt"));
 * verbs.warnings().forEach(System.err::println);        // "CAMEO.2.0.txt:5792: ..."
 * verbs.codeFor("ACCUSED");                             // Optional[[112]]
 * verbs.patternsFor("ACCUSED");                         // the patterns of the ACCUSE block
 * verbs.synset("&MILITARY").map(Synset::forms);         // MILITARY, MILITARIES, ARMED FORCES, ...
 * }</pre>
 *
 * <p>Synonym sets stay references inside patterns ({@link PatternElement.SynsetRef}); {@link #expand}
 * gives their phrases. A pattern naming a synonym set the file never defines is dropped with a
 * warning. Lines the loader cannot read are skipped and reported in {@link #warnings()}.
 */
public final class VerbDictionary {

    /** A transformation rule ({@code ~ a (a b ATTACK) SAY = a b 015}), kept as written. */
    public record Transformation(String rule, int line) {
        public Transformation {
            Objects.requireNonNull(rule, "rule");
        }
    }

    /** Where a verb form lives: block and verb index. */
    record Location(int block, int verb) {}

    private final String source;
    private final List<VerbBlock> blocks;
    private final Map<String, Synset> synsets;
    private final Map<String, Location> forms;
    private final List<Transformation> transformations;
    private final List<DictionaryWarning> warnings;

    VerbDictionary(String source, List<VerbBlock> blocks, Map<String, Synset> synsets, Map<String, Location> forms,
            List<Transformation> transformations, List<DictionaryWarning> warnings) {
        this.source = source;
        this.blocks = List.copyOf(blocks);
        this.synsets = Collections.unmodifiableMap(synsets);
        this.forms = Collections.unmodifiableMap(forms);
        this.transformations = List.copyOf(transformations);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Loads a verb dictionary file (UTF-8).
     *
     * @throws IOException naming the file when it cannot be read, or when no line of it is a verb dictionary line
     */
    public static VerbDictionary load(Path path) throws IOException {
        return DictionaryText.fromPath(path, "verb", VerbDictionary::load);
    }

    /** Loads a verb dictionary from a reader; warnings name it {@code <reader>}. */
    public static VerbDictionary load(Reader reader) throws IOException {
        return load(reader, "<reader>");
    }

    /** Loads a verb dictionary from a reader; {@code source} names it in warnings and errors. */
    public static VerbDictionary load(Reader reader, String source) throws IOException {
        Objects.requireNonNull(source, "source");
        return new VerbDictionaryReader(source).read(reader);
    }

    /** The name the dictionary was loaded under. */
    public String source() {
        return source;
    }

    /** The verb blocks, in file order. */
    public List<VerbBlock> blocks() {
        return blocks;
    }

    /** The synonym sets by name ({@code "&MILITARY"}). */
    public Map<String, Synset> synsets() {
        return synsets;
    }

    /** A synonym set by name, with or without the leading {@code &} and a trailing {@code _}. */
    public Optional<Synset> synset(String name) {
        Objects.requireNonNull(name, "name");
        return Optional.ofNullable(synsets.get(VerbDictionaryReader.synsetKey(name)));
    }

    /** The phrases a synonym-set reference stands for, plurals included; empty when undefined. */
    public List<String> expand(PatternElement.SynsetRef ref) {
        return synset(ref.name()).map(Synset::forms).orElse(List.of());
    }

    /** The verb a word form belongs to ({@code "ACCUSED"}, {@code "asked for"}); case and {@code _} do not matter. */
    public Optional<VerbEntry> verb(String form) {
        return locate(form).map(l -> blocks.get(l.block()).verbs().get(l.verb()));
    }

    /** The block of the verb a word form belongs to. */
    public Optional<VerbBlock> blockOf(String form) {
        return locate(form).map(l -> blocks.get(l.block()));
    }

    /** The code a word form codes on its own: its verb's code, or its block's. */
    public Optional<VerbCode> codeFor(String form) {
        return locate(form).map(l -> {
            VerbBlock b = blocks.get(l.block());
            return b.codeOf(b.verbs().get(l.verb()));
        });
    }

    /** The patterns that apply to a word form: those of its block. */
    public List<VerbPattern> patternsFor(String form) {
        return blockOf(form).map(VerbBlock::patterns).orElse(List.of());
    }

    /** The transformation rules, in file order. */
    public List<Transformation> transformations() {
        return transformations;
    }

    /** The lines that could not be used, as {@code file:line: reason}. */
    public List<DictionaryWarning> warnings() {
        return warnings;
    }

    /** How many distinct word forms the dictionary recognises. */
    public int formCount() {
        return forms.size();
    }

    /** How many patterns all blocks hold together. */
    public int patternCount() {
        return blocks.stream().mapToInt(b -> b.patterns().size()).sum();
    }

    private Optional<Location> locate(String form) {
        Objects.requireNonNull(form, "form");
        return Optional.ofNullable(forms.get(Phrases.key(form)));
    }
}
