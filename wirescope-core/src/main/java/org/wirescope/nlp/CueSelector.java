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
 * or a token whose lemma is a cue. A lone apostrophe that closes a plural possessive
 * ({@code the workers' union}, tagged {@code POS}) is not a quotation mark.
 */
final class CueSelector implements ParseSelector {

    static final String RESOURCE = "parse-cues.txt";
    static final CueSelector DEFAULT = new CueSelector(load(RESOURCE));

    private static final String QUOTE_CHARS = "\"'`\u2018\u2019\u201A\u201B\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A";

    private final Set<String> lemmas;

    CueSelector(Set<String> lemmas) {
        this.lemmas = Set.copyOf(lemmas);
    }

    Set<String> lemmas() {
        return lemmas;
    }

    @Override
    public boolean wantsParse(List<Token> sentence) {
        for (Token t : sentence) {
            if (isQuotationMark(t) || t.text().equals(":")) return true;
            if (lemmas.contains(t.lemma().toLowerCase(Locale.ROOT))) return true;
        }
        return false;
    }

    static boolean isQuotationMark(Token t) {
        if (t.pos().equals("POS") || t.text().isEmpty()) return false;
        for (int i = 0; i < t.text().length(); i++) {
            if (QUOTE_CHARS.indexOf(t.text().charAt(i)) < 0) return false;
        }
        return true;
    }

    static Set<String> load(String resource) {
        InputStream in = CueSelector.class.getResourceAsStream(resource);
        if (in == null) throw new IllegalStateException("missing resource org/wirescope/nlp/" + resource);
        Set<String> out = new HashSet<>();
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                int hash = line.indexOf('#');
                String lemma = (hash >= 0 ? line.substring(0, hash) : line).strip().toLowerCase(Locale.ROOT);
                if (!lemma.isEmpty()) out.add(lemma);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read org/wirescope/nlp/" + resource, e);
        }
        return out;
    }

    @Override
    public String toString() {
        return "CueSelector[" + lemmas.size() + " lemmas]";
    }
}
