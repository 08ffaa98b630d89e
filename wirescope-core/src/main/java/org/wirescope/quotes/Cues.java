package org.wirescope.quotes;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Set;
import org.wirescope.model.Token;

/**
 * The cue lexicons: verbs that report speech, nouns that name a statement, and verbs that report a
 * belief, wish or finding instead.
 */
public final class Cues {

    private static final Set<String> SPEECH = load("speech-cues.txt");
    private static final Set<String> BELIEF = load("belief-cues.txt");
    private static final Set<String> SPEECH_NOUNS = load("speech-nouns.txt");

    private Cues() {
    }

    /** Whether {@code lemma} reports speech or writing ("say", "warn", "point out"). */
    public static boolean isSpeech(String lemma) {
        return SPEECH.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code t} is a verb of speech, particle included ("pointed out"). */
    static boolean isSpeechVerb(Tree tree, Token t) {
        return t.isVerb() && isSpeech(tree.lemmaWithParticle(t));
    }

    /** Whether {@code lemma} names a statement ("claim", "promise", "warning"). */
    public static boolean isSpeechNoun(String lemma) {
        return SPEECH_NOUNS.contains(lemma.toLowerCase(Locale.ROOT));
    }

    /** Whether {@code lemma} reports a belief, wish, perception or finding ("believe", "learn", "show"). */
    public static boolean isBelief(String lemma) {
        return BELIEF.contains(lemma.toLowerCase(Locale.ROOT));
    }

    private static Set<String> load(String name) {
        try (InputStream in = Cues.class.getResourceAsStream(name)) {
            if (in == null) throw new IllegalStateException("missing resource " + name);
            Set<String> words = new HashSet<>();
            BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
            for (String line = r.readLine(); line != null; line = r.readLine()) {
                String w = line.strip();
                if (!w.isEmpty() && !w.startsWith("#")) words.add(w.toLowerCase(Locale.ROOT));
            }
            return Set.copyOf(words);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
