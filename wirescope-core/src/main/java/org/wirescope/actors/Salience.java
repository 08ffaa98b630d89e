package org.wirescope.actors;

import org.wirescope.model.Actor.Type;

/**
 * The grammatical standing of a mention in its sentence, read from the parse where the sentence has one
 * and from parts of speech where it does not. Pronouns prefer antecedents that are subjects, then objects,
 * then the rest; a name that only premodifies a noun ("a US attack") is no antecedent at all.
 */
final class Salience {

    /** How a mention stands in its clause. */
    enum Standing {
        SUBJECT(80), OBJECT(50), OBLIQUE(40), POSSESSIVE(30), OTHER(30), MODIFIER(0);

        final int weight;

        Standing(int weight) {
            this.weight = weight;
        }
    }

    private final Doc doc;

    Salience(Doc doc) {
        this.doc = doc;
    }

    Standing standing(Mention m) {
        int head = headToken(m);
        if (doc.parsed(head)) {
            Standing s = fromParse(m, head);
            if (s != null) return s;
        }
        return fromWords(m);
    }

    /**
     * Whether the mention is the one speaking in its sentence: subject of a verb of saying ("Shamkhani said",
     * "He added") or the person quoted ("state television quoted Foreign Minister Abbas Araghchi as saying").
     */
    boolean speaks(Mention m) {
        int head = headToken(m);
        if (doc.parsed(head)) {
            String rel = doc.relation(head);
            int gov = doc.head(head);
            if (gov < 0) return false;
            if (rel.startsWith("nsubj")) return doc.isSpeechVerb(gov);
            if (rel.equals("obj")) return doc.lower(gov).startsWith("quot");
            return false;
        }
        Standing s = fromWords(m);
        if (s == Standing.SUBJECT) {
            int verb = nextVerb(m.endToken());
            if (verb >= 0) return doc.isSpeechVerb(verb);
            int before = m.firstToken() - 1;
            return before >= 0 && doc.sameSentence(before, m.firstToken()) && doc.isSpeechVerb(before);
        }
        int before = m.firstToken() - 1;
        while (before >= 0 && doc.sameSentence(before, m.firstToken()) && (doc.isCapitalized(before) && !doc.isVerb(before))) {
            before--;
        }
        return before >= 0 && doc.sameSentence(before, m.firstToken()) && doc.lower(before).startsWith("quot");
    }

    /** The token of the mention that hangs outside it in the parse (its head word); the last token otherwise. */
    int headToken(Mention m) {
        int last = m.endToken() - 1;
        for (int i = last; i >= m.firstToken(); i--) {
            int h = doc.head(i);
            if (doc.parsed(i) && (h < m.firstToken() || h >= m.endToken())) return i;
        }
        return last;
    }

    private Standing fromParse(Mention m, int head) {
        String rel = doc.relation(head);
        int gov = doc.head(head);
        if (rel.startsWith("nsubj") || rel.startsWith("csubj")) return Standing.SUBJECT;
        if (rel.equals("obj") || rel.equals("iobj")) return Standing.OBJECT;
        if (rel.equals("nmod:poss")) return Standing.POSSESSIVE;
        if ((rel.equals("compound") || rel.equals("amod")) && gov > head) return Standing.MODIFIER;
        if (rel.startsWith("obl") || rel.startsWith("nmod")) return Standing.OBLIQUE;
        if ((rel.equals("appos") || rel.equals("conj")) && gov >= 0 && gov != head) {
            int govGov = doc.head(gov);
            String govRel = doc.relation(gov);
            if (govRel.startsWith("nsubj")) return Standing.SUBJECT;
            if (govRel.equals("obj")) return Standing.OBJECT;
            return govGov >= 0 ? Standing.OBLIQUE : Standing.OTHER;
        }
        return null;
    }

    private Standing fromWords(Mention m) {
        int next = m.endToken();
        boolean sameNext = next < doc.size() && doc.sameSentence(next, m.firstToken());
        if (sameNext && doc.isPossessiveMarker(next)) return Standing.POSSESSIVE;
        if (m.form() == ActorMention.Form.PRONOUN) {
            String p = doc.lower(m.firstToken());
            if (p.equals("his") || p.equals("its") || p.equals("their") || doc.pos(m.firstToken()).equals("PRP$")) {
                return Standing.POSSESSIVE;
            }
        }
        if (sameNext && doc.isNoun(next) && m.form() != ActorMention.Form.PRONOUN
                && (m.form() != ActorMention.Form.NAME || !doc.isCapitalized(next) || m.type() == Type.COUNTRY)) {
            return Standing.MODIFIER;
        }
        int before = m.firstToken() - 1;
        while (before >= 0 && doc.sameSentence(before, m.firstToken())
                && (doc.pos(before).equals("DT") || doc.pos(before).startsWith("JJ") || doc.isCapitalized(before) && !doc.isVerb(before)
                && !doc.isPreposition(before) && !doc.isPunctuation(before))) {
            before--;
        }
        boolean sameBefore = before >= 0 && doc.sameSentence(before, m.firstToken());
        if (sameBefore && doc.isPreposition(before) && !Words.SUBORDINATORS.contains(doc.lower(before))) {
            return Standing.OBLIQUE;
        }
        int verb = nextVerb(next);
        if (verb >= 0 && verb - next <= 2) return Standing.SUBJECT;
        if (sameBefore && doc.isVerb(before)) {
            return doc.isSpeechVerb(before) ? Standing.SUBJECT : Standing.OBJECT;
        }
        if (!verbBefore(m.firstToken())) return Standing.SUBJECT;
        return Standing.OTHER;
    }

    /** The first verb from {@code from} on in the same sentence, skipping an apposition set off by commas; -1 if none. */
    private int nextVerb(int from) {
        if (from >= doc.size()) return -1;
        int i = from;
        int sentence = doc.sentenceOf(Math.min(from, doc.size() - 1));
        if (doc.word(i).equals(",")) {
            int j = i + 1;
            while (j < doc.size() && doc.sentenceOf(j) == sentence && !doc.word(j).equals(",")) j++;
            if (j < doc.size() && doc.sentenceOf(j) == sentence) i = j + 1;
        }
        for (; i < doc.size() && doc.sentenceOf(i) == sentence; i++) {
            if (doc.isVerb(i)) return i;
            if (doc.pos(i).equals("RB") || doc.pos(i).equals("MD")) continue;
            return -1;
        }
        return -1;
    }

    private boolean verbBefore(int token) {
        int first = doc.sentence(doc.sentenceOf(token)).firstToken();
        for (int i = first; i < token; i++) {
            if (doc.isVerb(i)) return true;
        }
        return false;
    }
}
