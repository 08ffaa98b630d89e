package org.wirescope.events.dictionary;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/** Reads one verb dictionary source line by line into a {@link VerbDictionary}. */
final class VerbDictionaryReader {

    private static final String VERB_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789_+-'.";
    private static final String NOT_IN_PHRASES = "$%^&*{}()[]";

    private final DictionaryText text;
    private final List<BlockBuilder> blocks = new ArrayList<>();
    private final Map<String, Synset> synsets = new LinkedHashMap<>();
    private final List<VerbDictionary.Transformation> transformations = new ArrayList<>();

    private BlockBuilder block;
    private SynsetBuilder synset;

    VerbDictionaryReader(String source) {
        this.text = new DictionaryText(source);
    }

    VerbDictionary read(Reader reader) throws IOException {
        text.read(reader, this::line);
        closeSynset();
        return build();
    }

    /** The map key of a synonym-set label: with {@code &}, upper case, no trailing {@code _}. */
    static String synsetKey(String label) {
        String k = label.strip().toUpperCase(Locale.ROOT);
        if (!k.startsWith("&")) k = "&" + k;
        while (k.endsWith("_")) k = k.substring(0, k.length() - 1);
        return k;
    }

    private void line(int number, String raw) {
        String line = DictionaryText.stripComment(raw).strip();
        if (DictionaryText.isIgnorable(line)) return;
        char first = line.charAt(0);
        if (synset != null && first == '+') {
            synsetMember(number, line.substring(1).strip());
            return;
        }
        closeSynset();
        if (line.startsWith("---")) {
            header(number, line);
        } else if (first == '&') {
            synsetLabel(number, line);
        } else if (first == '-') {
            pattern(number, line.substring(1));
        } else if (first == '~') {
            transformations.add(new VerbDictionary.Transformation(line.substring(1).strip(), number));
            text.used();
        } else {
            verb(number, line);
        }
    }

    // ---- blocks and verbs ----

    private void header(int number, String line) {
        String inner = line.replaceAll("^-+", "").replaceAll("-+$", "").strip();
        VerbCode code = VerbCode.NONE;
        String name = inner;
        int open = inner.indexOf('[');
        if (open >= 0) {
            int close = inner.indexOf(']', open);
            name = inner.substring(0, open).strip();
            if (close < 0) {
                text.warn(number, "block header has '[' without ']'; block coded [---]");
            } else {
                try {
                    code = VerbCode.parse(inner.substring(open + 1, close));
                } catch (IllegalArgumentException e) {
                    text.warn(number, "block header: " + e.getMessage() + "; block coded [---]");
                }
            }
        }
        if (name.isEmpty()) {
            text.warn(number, "block header without a name");
            name = "(unnamed)";
        }
        block = new BlockBuilder(name, code, number);
        blocks.add(block);
        text.used();
    }

    private void verb(int number, String line) {
        if (block == null) {
            text.warn(number, "verb line before any '--- NAME ---' block header; skipped");
            return;
        }
        String rest = line;
        Optional<VerbCode> code = Optional.empty();
        int open = rest.indexOf('[');
        if (open >= 0) {
            int close = rest.indexOf(']', open);
            if (close < 0) {
                text.warn(number, "verb has '[' without ']'; skipped");
                return;
            }
            try {
                code = Optional.of(VerbCode.parse(rest.substring(open + 1, close)));
            } catch (IllegalArgumentException e) {
                text.warn(number, "verb code " + e.getMessage() + "; skipped");
                return;
            }
            rest = rest.substring(0, open) + " " + rest.substring(close + 1);
        }
        List<String> listed = null;
        int brace = rest.indexOf('{');
        if (brace >= 0) {
            int end = rest.indexOf('}', brace);
            if (end < 0) {
                text.warn(number, "verb forms have '{' without '}'; skipped");
                return;
            }
            listed = new ArrayList<>();
            for (String f : rest.substring(brace + 1, end).trim().split("[\\s,]+")) {
                if (!f.isEmpty()) listed.add(Phrases.key(f.replace("+", "")));
            }
            rest = rest.substring(0, brace) + " " + rest.substring(end + 1);
        }
        String token = rest.strip().toUpperCase(Locale.ROOT);
        if (token.isEmpty()) {
            text.warn(number, "verb line without a verb; skipped");
            return;
        }
        if (token.indexOf(' ') >= 0 || token.indexOf('\t') >= 0) {
            text.warn(number, "verb '" + token + "' has blanks; write the words of a multi-word verb joined with '_'; skipped");
            return;
        }
        for (int i = 0; i < token.length(); i++) {
            if (VERB_CHARS.indexOf(token.charAt(i)) < 0) {
                text.warn(number, "verb '" + token + "' contains '" + token.charAt(i) + "'; skipped");
                return;
            }
        }
        List<String> words = new ArrayList<>(List.of(token.split("_+")));
        words.removeIf(String::isEmpty);
        int head = headIndex(number, token, words);
        if (head < 0) return;
        words.set(head, words.get(head).replace("+", ""));
        String lemma = String.join(" ", words);
        List<String> forms = new ArrayList<>();
        forms.add(lemma);
        if (listed != null) {
            for (String f : listed) {
                if (!forms.contains(f)) forms.add(f);
            }
        } else {
            for (String inflected : Phrases.regularVerbForms(words.get(head))) {
                List<String> w = new ArrayList<>(words);
                w.set(head, inflected);
                String f = String.join(" ", w);
                if (!forms.contains(f)) forms.add(f);
            }
        }
        block.verbs.add(new VerbEntry(lemma, forms, code, number));
        text.used();
    }

    /** Which word of a verb carries the inflection: the one marked {@code +}, else the only or first one. */
    private int headIndex(int number, String token, List<String> words) {
        int marked = -1;
        for (int i = 0; i < words.size(); i++) {
            String w = words.get(i);
            int plus = w.indexOf('+');
            if (plus < 0) continue;
            if (plus != 0 || w.indexOf('+', 1) >= 0 || w.length() == 1 || marked >= 0) {
                text.warn(number, "verb '" + token + "': '+' must stand once, before the word that is the verb; skipped");
                return -1;
            }
            marked = i;
        }
        if (marked >= 0) {
            if (marked != 0 && marked != words.size() - 1) {
                text.warn(number, "verb '" + token + "': only the first or last word may carry '+'; skipped");
                return -1;
            }
            return marked;
        }
        if (words.size() > 1) {
            text.warn(number, "multi-word verb '" + token + "' has no '+' marking the verb; first word taken");
        }
        return 0;
    }

    // ---- patterns ----

    private void pattern(int number, String body) {
        if (block == null) {
            text.warn(number, "pattern before any '--- NAME ---' block header; skipped");
            return;
        }
        int open = body.lastIndexOf('[');
        int close = open < 0 ? -1 : body.indexOf(']', open);
        if (open < 0 || close < 0) {
            text.warn(number, "pattern without a [code]; skipped");
            return;
        }
        VerbCode code;
        try {
            code = VerbCode.parse(body.substring(open + 1, close));
        } catch (IllegalArgumentException e) {
            text.warn(number, "pattern code " + e.getMessage() + "; skipped");
            return;
        }
        try {
            PatternTokenizer t = new PatternTokenizer(body.substring(0, open));
            block.patterns.add(new VerbPattern(t.before, t.after, code, number));
            text.used();
        } catch (IllegalArgumentException e) {
            text.warn(number, "pattern " + e.getMessage() + "; skipped");
        }
    }

    /** Splits a pattern body into elements before and after the verb marker. */
    private static final class PatternTokenizer {
        final List<PatternElement> before = new ArrayList<>();
        final List<PatternElement> after = new ArrayList<>();
        private final Deque<PatternElement.GroupKind> kinds = new ArrayDeque<>();
        private final Deque<List<PatternElement>> groups = new ArrayDeque<>();
        private List<PatternElement> top = before;
        private boolean verbSeen;

        PatternTokenizer(String body) {
            StringBuilder word = new StringBuilder();
            for (int i = 0; i < body.length(); i++) {
                char c = body.charAt(i);
                switch (c) {
                    case '{', '(' -> {
                        flush(word);
                        kinds.push(c == '{' ? PatternElement.GroupKind.NOUN_PHRASE : PatternElement.GroupKind.PREPOSITIONAL_PHRASE);
                        groups.push(new ArrayList<>());
                    }
                    case '}', ')' -> {
                        flush(word);
                        PatternElement.GroupKind expected = c == '}' ? PatternElement.GroupKind.NOUN_PHRASE : PatternElement.GroupKind.PREPOSITIONAL_PHRASE;
                        if (kinds.isEmpty() || kinds.peek() != expected) {
                            throw new IllegalArgumentException("has an unmatched '" + c + "'");
                        }
                        kinds.pop();
                        PatternElement.Group g = new PatternElement.Group(expected, groups.pop());
                        if (g.elements().isEmpty()) throw new IllegalArgumentException("has an empty group");
                        current().add(g);
                    }
                    case '*' -> {
                        flush(word);
                        if (!groups.isEmpty()) throw new IllegalArgumentException("has the verb marker '*' inside a group");
                        if (verbSeen) throw new IllegalArgumentException("has more than one verb marker '*'");
                        verbSeen = true;
                        top = after;
                    }
                    default -> {
                        if (Character.isWhitespace(c)) flush(word);
                        else word.append(c);
                    }
                }
            }
            flush(word);
            if (!groups.isEmpty()) throw new IllegalArgumentException("has an unclosed '" + (kinds.peek() == PatternElement.GroupKind.NOUN_PHRASE ? '{' : '(') + "'");
            if (!verbSeen) throw new IllegalArgumentException("has no verb marker '*'");
        }

        private List<PatternElement> current() {
            return groups.isEmpty() ? top : groups.peek();
        }

        private void flush(StringBuilder word) {
            if (word.length() == 0) return;
            String w = word.toString();
            word.setLength(0);
            current().add(element(w));
        }

        private static PatternElement element(String w) {
            if (w.length() == 1) {
                PatternElement.SlotKind slot = PatternElement.SlotKind.of(w.charAt(0));
                if (slot != null) return new PatternElement.Slot(slot);
            }
            if (w.charAt(0) == '&') {
                String key = synsetKey(w);
                if (key.length() < 2 || hasAny(key.substring(1), NOT_IN_PHRASES)) {
                    throw new IllegalArgumentException("has a bad synonym-set reference '" + w + "'");
                }
                return new PatternElement.SynsetRef(key);
            }
            if (w.indexOf('|') >= 0) {
                throw new IllegalArgumentException("has TABARI alternatives '|', which PETRARCH dictionaries replace with synonym sets");
            }
            if (hasAny(w, NOT_IN_PHRASES + "+")) {
                throw new IllegalArgumentException("has an unreadable token '" + w + "'");
            }
            String key = Phrases.key(w);
            if (key.isEmpty()) throw new IllegalArgumentException("has an empty word '" + w + "'");
            return new PatternElement.Word(key);
        }
    }

    // ---- synonym sets ----

    private void synsetLabel(int number, String line) {
        String[] parts = line.split("\\s+");
        String label = parts[0];
        if (parts.length > 1) {
            text.warn(number, "synonym-set label '" + label + "' followed by other text; text ignored");
        }
        String key = synsetKey(label);
        if (key.length() < 2 || hasAny(key.substring(1), NOT_IN_PHRASES)) {
            text.warn(number, "bad synonym-set label '" + label + "'; skipped");
            return;
        }
        synset = new SynsetBuilder(key, label.endsWith("_"), number);
        text.used();
    }

    private void synsetMember(int number, String phrase) {
        if (phrase.isEmpty() || hasAny(phrase, NOT_IN_PHRASES + "+")) {
            text.warn(number, "synonym-set member '" + phrase + "' must be plain words; skipped");
            return;
        }
        String key = Phrases.key(phrase);
        if (key.isEmpty()) {
            text.warn(number, "empty synonym-set member; skipped");
            return;
        }
        synset.members.add(key);
        if (synset.singularOnly || phrase.endsWith("_")) synset.noPlural.add(key);
        text.used();
    }

    private void closeSynset() {
        if (synset == null) return;
        SynsetBuilder s = synset;
        synset = null;
        if (s.members.isEmpty()) {
            text.warn(s.line, "synonym set " + s.name + " has no '+' members");
            return;
        }
        Synset previous = synsets.put(s.name, new Synset(s.name, s.members, s.noPlural, s.line));
        if (previous != null) {
            text.warn(s.line, "synonym set " + s.name + " defined again (first at line " + previous.line() + "); the later definition is used");
        }
    }

    // ---- assembling ----

    private VerbDictionary build() throws IOException {
        List<VerbBlock> built = new ArrayList<>(blocks.size());
        Map<String, VerbDictionary.Location> forms = new HashMap<>();
        for (BlockBuilder b : blocks) {
            List<VerbPattern> kept = new ArrayList<>(b.patterns.size());
            for (VerbPattern p : b.patterns) {
                Optional<String> missing = p.synsetNames().stream().filter(n -> !synsets.containsKey(n)).findFirst();
                if (missing.isPresent()) {
                    text.warn(p.line(), "pattern names synonym set " + missing.get() + ", which is never defined; skipped");
                } else {
                    kept.add(p);
                }
            }
            int blockIndex = built.size();
            for (int v = 0; v < b.verbs.size(); v++) {
                for (String f : b.verbs.get(v).forms()) {
                    forms.putIfAbsent(f, new VerbDictionary.Location(blockIndex, v));
                }
            }
            built.add(new VerbBlock(b.name, b.code, b.verbs, kept, b.line));
        }
        List<DictionaryWarning> warnings = text.finish("verb");
        return new VerbDictionary(text.source(), built, synsets, forms, transformations, warnings);
    }

    private static boolean hasAny(String s, String chars) {
        for (int i = 0; i < s.length(); i++) {
            if (chars.indexOf(s.charAt(i)) >= 0) return true;
        }
        return false;
    }

    private static final class BlockBuilder {
        final String name;
        final VerbCode code;
        final int line;
        final List<VerbEntry> verbs = new ArrayList<>();
        final List<VerbPattern> patterns = new ArrayList<>();

        BlockBuilder(String name, VerbCode code, int line) {
            this.name = name;
            this.code = code;
            this.line = line;
        }
    }

    private static final class SynsetBuilder {
        final String name;
        final boolean singularOnly;
        final int line;
        final List<String> members = new ArrayList<>();
        final Set<String> noPlural = new HashSet<>();

        SynsetBuilder(String name, boolean singularOnly, int line) {
            this.name = name;
            this.singularOnly = singularOnly;
            this.line = line;
        }
    }
}
