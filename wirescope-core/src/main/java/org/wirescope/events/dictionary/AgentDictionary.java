package org.wirescope.events.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A PETRARCH-format agent dictionary (such as {@code Phoenix.agents.txt}): role and sector words with
 * their plurals and the codes they add to an actor. Immutable once loaded.
 *
 * <pre>{@code
 * AgentDictionary agents = AgentDictionary.load(Path.of("Phoenix.agents.txt"));
 * agents.codeFor("foreign ministers");                         // Optional["~GOV"]
 * agents.entry("PRESIDENT").map(a -> a.applyTo("USA"));         // Optional["USAGOV"]
 * }</pre>
 *
 * <p>Substitution sets ({@code !PERSON! = MAN, MEN, WOMAN, WOMEN, PERSON}) are expanded: a line
 * {@code CONGRESS!PERSON! [~LEG]} becomes one entry per member, without further plurals. When a word
 * occurs twice, the first entry keeps it. Lines the loader cannot read are skipped and reported in
 * {@link #warnings()}.
 */
public final class AgentDictionary {

    private final List<AgentEntry> entries;
    private final Map<String, Integer> byWord;
    private final List<DictionaryWarning> warnings;

    private AgentDictionary(List<AgentEntry> entries, List<DictionaryWarning> warnings) {
        this.entries = List.copyOf(entries);
        Map<String, Integer> index = new HashMap<>();
        for (int i = 0; i < this.entries.size(); i++) {
            AgentEntry e = this.entries.get(i);
            index.putIfAbsent(e.name(), i);
            for (String p : e.plurals()) index.putIfAbsent(p, i);
        }
        this.byWord = Collections.unmodifiableMap(index);
        this.warnings = List.copyOf(warnings);
    }

    /**
     * Loads an agent dictionary file (UTF-8).
     *
     * @throws IOException naming the file when it cannot be read, or when no line of it is an agent dictionary line
     */
    public static AgentDictionary load(Path path) throws IOException {
        return DictionaryText.fromPath(path, "agent", AgentDictionary::load);
    }

    /** Loads a agent dictionary from a reader; warnings name it {@code <reader>}. */
    public static AgentDictionary load(Reader reader) throws IOException {
        return load(reader, "<reader>");
    }

    /** Loads an agent dictionary from a reader; {@code source} names it in warnings and errors. */
    public static AgentDictionary load(Reader reader, String source) throws IOException {
        Objects.requireNonNull(source, "source");
        DictionaryText text = new DictionaryText(source);
        Parser parser = new Parser(text);
        text.read(reader, parser::line);
        return new AgentDictionary(parser.entries, text.finish("agent"));
    }

    /** The entries, in file order. */
    public List<AgentEntry> entries() {
        return entries;
    }

    /** The entry of a word or its plural; case, {@code _} and extra blanks do not matter. */
    public Optional<AgentEntry> entry(String word) {
        Integer i = byWord.get(Phrases.key(Objects.requireNonNull(word, "word")));
        return i == null ? Optional.empty() : Optional.of(entries.get(i));
    }

    /** The code of a word or its plural, as written ({@code ~GOV}, {@code NGO~}). */
    public Optional<String> codeFor(String word) {
        return entry(word).map(AgentEntry::code);
    }

    /** How many distinct words and plurals the dictionary knows. */
    public int wordCount() {
        return byWord.size();
    }

    /** The lines that could not be used, as {@code file:line: reason}. */
    public List<DictionaryWarning> warnings() {
        return warnings;
    }

    /** The line grammar of agent files. */
    private static final class Parser {
        private final DictionaryText text;
        private final List<AgentEntry> entries = new ArrayList<>();
        private final Map<String, List<String>> substitutions = new LinkedHashMap<>();

        Parser(DictionaryText text) {
            this.text = text;
        }

        void line(int number, String raw) {
            String line = DictionaryText.stripComment(raw).strip();
            if (DictionaryText.isIgnorable(line)) return;
            int open = line.indexOf('[');
            if (open < 0 && line.startsWith("!") && line.indexOf('=') > 0) {
                substitution(number, line);
                return;
            }
            if (open < 0) {
                text.warn(number, "agent without a [code]; skipped");
                return;
            }
            int close = line.indexOf(']', open);
            if (close < 0) {
                text.warn(number, "'[' without ']'; skipped");
                return;
            }
            String code = line.substring(open + 1, close).replaceAll("\\s+", "").toUpperCase(Locale.ROOT);
            if (!AgentEntry.isAgentCode(code)) {
                text.warn(number, "agent code '" + code + "' must be ~CODE or CODE~; skipped");
                return;
            }
            String phrase = line.substring(0, open);
            List<String> plurals = null;
            int brace = phrase.indexOf('{');
            if (brace >= 0) {
                int end = phrase.indexOf('}', brace);
                if (end < 0) {
                    text.warn(number, "plural has '{' without '}'; skipped");
                    return;
                }
                plurals = new ArrayList<>();
                for (String p : phrase.substring(brace + 1, end).split(",")) {
                    String k = Phrases.key(p);
                    if (!k.isEmpty()) plurals.add(k);
                }
                phrase = phrase.substring(0, brace) + " " + phrase.substring(end + 1);
            }
            if (phrase.indexOf('!') >= 0) {
                expand(number, phrase, code);
                return;
            }
            String name = Phrases.key(phrase);
            if (name.isEmpty()) {
                text.warn(number, "agent line without a word; skipped");
                return;
            }
            entries.add(new AgentEntry(name, plurals != null ? plurals : List.of(Phrases.plural(name)), code, number));
            text.used();
        }

        private void substitution(int number, String line) {
            int second = line.indexOf('!', 1);
            int eq = line.indexOf('=');
            if (second < 0 || second > eq || second == 1) {
                text.warn(number, "substitution set must read '!NAME! = A, B, C'; skipped");
                return;
            }
            String marker = line.substring(1, second).toUpperCase(Locale.ROOT);
            List<String> members = new ArrayList<>();
            for (String m : line.substring(eq + 1).split(",")) {
                String k = Phrases.key(m);
                if (!k.isEmpty()) members.add(k);
            }
            if (members.isEmpty()) {
                text.warn(number, "substitution set !" + marker + "! has no members; skipped");
                return;
            }
            substitutions.put(marker, List.copyOf(members));
            text.used();
        }

        private void expand(int number, String phrase, String code) {
            int first = phrase.indexOf('!');
            int second = phrase.indexOf('!', first + 1);
            if (second < 0) {
                text.warn(number, "unclosed substitution marker in '" + phrase.strip() + "'; skipped");
                return;
            }
            String marker = phrase.substring(first + 1, second).toUpperCase(Locale.ROOT);
            List<String> members = substitutions.get(marker);
            if (members == null) {
                text.warn(number, "substitution set !" + marker + "! is not defined above this line; skipped");
                return;
            }
            if (phrase.indexOf('!', second + 1) >= 0) {
                text.warn(number, "only one substitution marker per line is supported; skipped");
                return;
            }
            for (String m : members) {
                String name = Phrases.key(phrase.substring(0, first) + m + phrase.substring(second + 1));
                entries.add(new AgentEntry(name, List.of(), code, number));
            }
            text.used();
        }
    }
}
