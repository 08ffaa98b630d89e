package org.wirescope.nlp;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wirescope.model.Token;

/**
 * The default {@link ParseSelector}: a sentence is parsed when it holds a quotation mark, a colon,
 * or a cue: a verb whose lemma is a cue verb, or any token whose lemma is a cue of any part of
 * speech. A lone apostrophe that closes a plural possessive ({@code the workers' union}, tagged
 * {@code POS}) is not a quotation mark.
 */
final class CueSelector implements ParseSelector {

    static final String RESOURCE = "parse-cues.txt";
    static final CueSelector DEFAULT = load(RESOURCE);

    private static final String QUOTE_CHARS = "\"'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A";
    private static final String ANY_POS = "any";

    private final Set<String> verbs;
    private final Set<String> anyPos;

    CueSelector(Set<String> verbs, Set<String> anyPos) {
        this.verbs = Set.copyOf(verbs);
        this.anyPos = Set.copyOf(anyPos);
    }

    /** Every cue lemma, whatever part of speech it needs. */
    Set<String> lemmas() {
        Set<String> all = new HashSet<>(verbs);
        all.addAll(anyPos);
        return all;
    }

    @Override
    public boolean wantsParse(List<Token> sentence) {
        for (Token t : sentence) {
            if (isQuotationMark(t) || t.text().equals(":") || isCue(t)) return true;
        }
        return false;
    }

    private boolean isCue(Token t) {
        String lemma = t.lemma().toLowerCase(Locale.ROOT);
        return anyPos.contains(lemma) || (t.isVerb() && verbs.contains(lemma));
    }

    static boolean isQuotationMark(Token t) {
        if (t.pos().equals("POS") || t.text().isEmpty()) return false;
        for (int i = 0; i < t.text().length(); i++) {
            if (QUOTE_CHARS.indexOf(t.text().charAt(i)) < 0) return false;
        }
        return true;
    }

    /** Reads a cue list: one lemma a line, optionally followed by {@code any}; {@code #} starts a comment. */
    static CueSelector load(String resource) {
        InputStream in = CueSelector.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource org/wirescope/nlp/" + resource);
        Set<String> verbs = new HashSet<>();
        Set<String> anyPos = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            int number = 0;
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                number++;
                int hash = line.indexOf('#');
                String entry = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
                if (entry.isEmpty()) continue;
                String[] words = entry.split("\\s+");
                if (words.length == 1) verbs.add(words[0]);
                else if (words.length == 2 && words[1].equals(ANY_POS)) anyPos.add(words[0]);
                else throw new IllegalStateException(resource + " line " + number + ": expected 'lemma' or 'lemma any', got '" + line + "'");
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/wirescope/nlp/" + resource, e);
        }
        return new CueSelector(verbs, anyPos);
    }

    @Override
    public String toString() {
        return "CueSelector[" + verbs.size() + " verbs, " + anyPos.size() + " any part of speech]";
    }
}
