package org.wirescope.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wirescope.model.Annotated;
import org.wirescope.model.Article;
import org.wirescope.model.ArticleIds;
import org.wirescope.model.Caption;
import org.wirescope.model.EntityMention;
import org.wirescope.model.OffsetMap;
import org.wirescope.model.Published;
import org.wirescope.model.Sentence;
import org.wirescope.model.Source;
import org.wirescope.model.Span;
import org.wirescope.model.Token;

/**
 * Builds an annotated article by hand, for tests that need no models. The text is split into tokens at
 * white space and punctuation (a possessive {@code 's} and a closing apostrophe are tokens of their own),
 * into sentences after {@code . ? !} (with a closing quotation mark) and into paragraphs at blank lines.
 * Parts of speech are guessed from closed word lists, capitals and endings, and can be set per word;
 * named-entity classes are set per phrase; a dependency parse can be given arc by arc.
 *
 * <pre>{@code
 * Annotated doc = HandDoc.of("Foreign Minister Abbas Araghchi said talks failed. He added that …")
 *         .ner("PERSON", "Abbas Araghchi")
 *         .dep("He", "added", "nsubj")
 *         .build();
 * }</pre>
 *
 * <p>Words are picked by their text; {@code "Kim#2"} is the second token reading "Kim".
 */
final class HandDoc {

    private static final Set<String> DT = Set.of("the", "a", "an", "another", "this", "that", "these", "those", "some",
            "any", "every", "no", "each");
    private static final Set<String> PRP = Set.of("he", "she", "it", "they", "them", "him", "we", "i", "you", "us", "me");
    private static final Set<String> PRPS = Set.of("his", "its", "their", "her", "our", "my", "your");
    private static final Set<String> IN = Set.of("of", "in", "on", "at", "with", "from", "for", "by", "about", "against",
            "during", "through", "after", "before", "as", "while", "if", "because", "into", "over", "under", "between",
            "toward", "towards", "across", "since", "than", "like", "according");
    private static final Set<String> CC = Set.of("and", "or", "but", "nor");
    private static final Set<String> MD = Set.of("will", "would", "could", "may", "might", "can", "must", "should", "shall");
    private static final Map<String, String> VERBS = Map.ofEntries(Map.entry("said", "say"), Map.entry("says", "say"),
            Map.entry("say", "say"), Map.entry("told", "tell"), Map.entry("is", "be"), Map.entry("was", "be"),
            Map.entry("are", "be"), Map.entry("were", "be"), Map.entry("has", "have"), Map.entry("had", "have"),
            Map.entry("have", "have"), Map.entry("met", "meet"), Map.entry("sent", "send"), Map.entry("made", "make"),
            Map.entry("took", "take"), Map.entry("gave", "give"), Map.entry("went", "go"), Map.entry("wrote", "write"),
            Map.entry("does", "do"), Map.entry("did", "do"), Map.entry("set", "set"), Map.entry("held", "hold"),
            Map.entry("spoke", "speak"), Map.entry("left", "leave"), Map.entry("fell", "fall"), Map.entry("rose", "rise"),
            Map.entry("won", "win"), Map.entry("shown", "show"), Map.entry("been", "be"), Map.entry("takes", "take"),
            Map.entry("carries", "carry"), Map.entry("came", "come"), Map.entry("saw", "see"), Map.entry("knew", "know"));

    private final String text;
    private final List<String[]> words = new ArrayList<>();
    private final List<int[]> spans = new ArrayList<>();
    private final Map<Integer, String> pos = new HashMap<>();
    private final Map<Integer, String> ner = new HashMap<>();
    private final Map<Integer, int[]> heads = new HashMap<>();
    private final Map<Integer, String> relations = new HashMap<>();
    private final List<Caption> captions = new ArrayList<>();

    private HandDoc(String text) {
        this.text = text;
        tokenize();
    }

    static HandDoc of(String text) {
        return new HandDoc(text);
    }

    /** Sets the part of speech of the named words (every occurrence unless "#n" picks one). */
    HandDoc pos(String tag, String... picks) {
        for (String p : picks) for (int i : find(p)) pos.put(i, tag);
        return this;
    }

    /** Tags every occurrence of each phrase with the entity class. */
    HandDoc ner(String type, String... phrases) {
        for (String phrase : phrases) {
            String[] parts = tokensOf(phrase);
            for (int i = 0; i + parts.length <= spans.size(); i++) {
                boolean match = true;
                for (int k = 0; k < parts.length && match; k++) match = word(i + k).equals(parts[k]);
                if (match) for (int k = 0; k < parts.length; k++) ner.put(i + k, type);
            }
        }
        return this;
    }

    /** A dependency arc: {@code dependent} hangs on {@code head} by {@code relation}; its sentence becomes parsed. */
    HandDoc dep(String dependent, String head, String relation) {
        int d = one(dependent);
        int h = head.equals("ROOT") ? Token.ROOT : one(head);
        heads.put(d, new int[] {h});
        relations.put(d, relation);
        return this;
    }

    HandDoc caption(String caption) {
        captions.add(new Caption(caption, Optional.empty()));
        return this;
    }

    Annotated build() {
        List<int[]> sentenceBounds = sentences();
        boolean[] parsed = new boolean[sentenceBounds.size()];
        int[] sentenceOf = new int[spans.size()];
        for (int s = 0; s < sentenceBounds.size(); s++) {
            for (int i = sentenceBounds.get(s)[0]; i < sentenceBounds.get(s)[1]; i++) {
                sentenceOf[i] = s;
                if (heads.containsKey(i)) parsed[s] = true;
            }
        }
        List<Token> tokens = new ArrayList<>();
        for (int i = 0; i < spans.size(); i++) {
            String w = word(i);
            String tag = pos.getOrDefault(i, guessPos(i));
            String lemma = VERBS.getOrDefault(w.toLowerCase(Locale.ROOT), w.toLowerCase(Locale.ROOT));
            int head = parsed[sentenceOf[i]] ? heads.getOrDefault(i, new int[] {Token.ROOT})[0] : Token.UNPARSED;
            String rel = parsed[sentenceOf[i]] ? relations.getOrDefault(i, "dep") : "";
            tokens.add(new Token(i, sentenceOf[i], spans.get(i)[0], spans.get(i)[1], w, tag, lemma,
                    ner.getOrDefault(i, "O"), head, rel));
        }
        List<Sentence> sentences = new ArrayList<>();
        for (int s = 0; s < sentenceBounds.size(); s++) {
            int[] b = sentenceBounds.get(s);
            sentences.add(new Sentence(s, spans.get(b[0])[0], spans.get(b[1] - 1)[1], b[0], b[1], parsed[s]));
        }
        return new Annotated(article(), tokens, sentences, entities(tokens));
    }

    // ---- internals

    private Article article() {
        List<Span> paragraphs = new ArrayList<>();
        int start = 0;
        while (true) {
            int gap = text.indexOf("\n\n", start);
            int end = gap < 0 ? text.length() : gap;
            paragraphs.add(new Span(start, end));
            if (gap < 0) break;
            start = gap + 2;
        }
        return new Article(ArticleIds.of("t", text), Source.of("test:hand", Source.Format.TEXT), "t", Published.UNKNOWN,
                Optional.of("en"), List.of(), captions, text, paragraphs, OffsetMap.identity(text.length()));
    }

    private List<EntityMention> entities(List<Token> tokens) {
        List<EntityMention> out = new ArrayList<>();
        int i = 0;
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.ner().equals("O")) {
                i++;
                continue;
            }
            int j = i + 1;
            while (j < tokens.size() && tokens.get(j).ner().equals(t.ner()) && tokens.get(j).sentence() == t.sentence()) j++;
            Token last = tokens.get(j - 1);
            out.add(new EntityMention(t.start(), last.end(), i, j, text.substring(t.start(), last.end()), t.ner()));
            i = j;
        }
        return out;
    }

    private String word(int i) {
        return text.substring(spans.get(i)[0], spans.get(i)[1]);
    }

    private void tokenize() {
        int i = 0;
        int n = text.length();
        while (i < n) {
            char c = text.charAt(i);
            if (Character.isWhitespace(c)) {
                i++;
                continue;
            }
            if (isApostrophe(c) && i + 1 < n && (text.charAt(i + 1) == 's') && (i + 2 == n || !Character.isLetter(text.charAt(i + 2)))
                    && i > 0 && Character.isLetter(text.charAt(i - 1))) {
                spans.add(new int[] {i, i + 2});
                i += 2;
                continue;
            }
            if (!Character.isLetterOrDigit(c)) {
                spans.add(new int[] {i, i + 1});
                i++;
                continue;
            }
            int j = i;
            while (j < n) {
                char d = text.charAt(j);
                if (Character.isLetterOrDigit(d) || d == '-' && j + 1 < n && Character.isLetterOrDigit(text.charAt(j + 1))) {
                    j++;
                } else if (d == '.' && j + 1 < n && Character.isLetter(text.charAt(j + 1)) && j - i == 1) {
                    j++; // "U.S."
                } else if (d == '.' && j > i && j - i <= 3 && text.substring(i, j).contains(".")) {
                    j++;
                    break;
                } else if (isApostrophe(d) && j + 1 < n && Character.isLetter(text.charAt(j + 1)) && text.charAt(j + 1) != 's') {
                    j++; // "O'Brien"
                } else {
                    break;
                }
            }
            spans.add(new int[] {i, j});
            i = j;
        }
    }

    private static boolean isApostrophe(char c) {
        return c == '\'' || c == '\u2019';
    }

    private List<int[]> sentences() {
        List<int[]> out = new ArrayList<>();
        int start = 0;
        for (int i = 0; i < spans.size(); i++) {
            String w = word(i);
            boolean paragraphEnd = i + 1 < spans.size() && text.substring(spans.get(i)[1], spans.get(i + 1)[0]).contains("\n\n");
            boolean stop = w.equals(".") || w.equals("?") || w.equals("!");
            if (stop && i + 1 < spans.size() && (word(i + 1).equals("\u201D") || word(i + 1).equals("\""))
                    && !text.substring(spans.get(i)[1], spans.get(i + 1)[0]).contains("\n")) {
                i++;
                paragraphEnd = i + 1 < spans.size() && text.substring(spans.get(i)[1], spans.get(i + 1)[0]).contains("\n\n");
            }
            if (stop || paragraphEnd || i == spans.size() - 1) {
                out.add(new int[] {start, i + 1});
                start = i + 1;
            }
        }
        if (start < spans.size()) out.add(new int[] {start, spans.size()});
        return out;
    }

    private String guessPos(int i) {
        String w = word(i);
        String l = w.toLowerCase(Locale.ROOT);
        char c = w.charAt(0);
        if (w.equals("'s") || w.equals("\u2019s") || w.equals("'") || w.equals("\u2019")) return "POS";
        if (!Character.isLetterOrDigit(c)) {
            return switch (w) {
                case "(" -> "-LRB-";
                case ")" -> "-RRB-";
                case "\u201C", "\"" -> "``";
                case "\u201D" -> "''";
                case "." , "?", "!" -> ".";
                default -> w;
            };
        }
        if (Character.isDigit(c)) return "CD";
        if (DT.contains(l)) return "DT";
        if (PRP.contains(l)) return "PRP";
        if (PRPS.contains(l)) return "PRP$";
        if (l.equals("to")) return "TO";
        if (IN.contains(l)) return "IN";
        if (CC.contains(l)) return "CC";
        if (MD.contains(l)) return "MD";
        if (l.equals("who")) return "WP";
        if (l.equals("which")) return "WDT";
        if (l.equals("not") || l.equals("also") || l.endsWith("ly")) return "RB";
        if (VERBS.containsKey(l)) return l.endsWith("s") && !l.equals("was") ? "VBZ" : l.endsWith("n") ? "VBN" : "VBD";
        if (Character.isUpperCase(c)) return "NNP";
        if (l.endsWith("ed")) return "VBD";
        if (l.endsWith("ing")) return "VBG";
        if (l.endsWith("s") && !l.endsWith("ss")) return "NNS";
        return "NN";
    }

    private String[] tokensOf(String phrase) {
        HandDoc sub = new HandDoc(phrase);
        String[] out = new String[sub.spans.size()];
        for (int k = 0; k < out.length; k++) out[k] = sub.word(k);
        return out;
    }

    private List<Integer> find(String pick) {
        int hash = pick.lastIndexOf('#');
        String w = hash > 0 ? pick.substring(0, hash) : pick;
        int nth = hash > 0 ? Integer.parseInt(pick.substring(hash + 1)) : 0;
        List<Integer> out = new ArrayList<>();
        int seen = 0;
        for (int i = 0; i < spans.size(); i++) {
            if (!word(i).equals(w)) continue;
            seen++;
            if (nth == 0 || seen == nth) out.add(i);
        }
        if (out.isEmpty()) throw new IllegalArgumentException("no token " + pick + " in: " + text);
        return out;
    }

    private int one(String pick) {
        List<Integer> found = find(pick.contains("#") ? pick : pick + "#1");
        return found.get(0);
    }
}
