package org.wirescope.actors;

import java.util.Optional;
import org.wirescope.actors.gazetteer.Gazetteer;
import org.wirescope.actors.gazetteer.Match;
import org.wirescope.actors.gazetteer.RoleEntry;
import org.wirescope.model.Actor.Type;

/**
 * Reads the role the text gives a named actor: a premodifying title ("Iranian Parliament Speaker
 * Mohammad Bagher Ghalibaf", "US President Donald Trump") or an apposition ("Ali Shamkhani, an adviser
 * to Supreme Leader Ali Khamenei, …"; "Tasnim, a news agency affiliated with the Iranian Revolutionary
 * Guard Corps (IRGC)"). Determiners are dropped from the front and a parenthetical acronym from the end.
 * Appositions come from the parse where the sentence has one ({@code appos}) and from the tokens'
 * parts of speech where it does not; titles are read from the words before the name and, in a parsed
 * sentence, kept only as far as they hang on the name.
 */
final class Roles {

    private final Gazetteer gazetteer;
    private final Doc doc;
    private final Marks marks;
    private final Mention[] nameAt;

    Roles(Gazetteer gazetteer, Doc doc, Marks marks, Mention[] nameAt) {
        this.gazetteer = gazetteer;
        this.doc = doc;
        this.marks = marks;
        this.nameAt = nameAt;
    }

    /** The role of the actor named by {@code name}: its title, else its apposition. */
    Optional<Role> of(Mention name) {
        if (name.type() == Type.PERSON) {
            Optional<Role> title = title(name);
            if (title.isPresent()) return title;
        }
        return apposition(name);
    }

    // ---- titles before a name

    Optional<Role> title(Mention name) {
        int first = name.firstToken();
        if (first == 0 || !doc.sameSentence(first - 1, first) || !marks.isPersonRole(first - 1)) return Optional.empty();
        int start = first;
        for (int i = first - 1; i >= 0 && doc.sameSentence(i, first); i--) {
            if (!inTitle(i, start)) break;
            start = i;
        }
        if (doc.parsed(first)) start = attached(start, first, name.endToken());
        while (start < first && (doc.isPossessiveMarker(start) || doc.isPunctuation(start))) start++;
        if (start >= first || !marks.isPersonRole(first - 1)) return Optional.empty();
        return Optional.of(role(start, first, Role.Placement.TITLE));
    }

    private boolean inTitle(int i, int chainStart) {
        if (marks.is(i, Match.Kind.ROLE) || marks.isCountryWord(i)) return true; // the hyphen of "Secretary-General" too
        if (doc.isPunctuation(i) && !doc.isPossessiveMarker(i)) return false;
        Mention named = nameAt[i];
        if (named != null) return true;
        if (doc.isPossessiveMarker(i)) return i > 0 && (marks.isCountryWord(i - 1) || nameAt[i - 1] != null);
        String lower = doc.lower(i);
        if (Words.NOT_TITLE_WORDS.contains(lower) || Words.DETERMINERS.contains(lower)) return false;
        if (Words.TITLE_MODIFIERS.contains(lower)) return true;
        String pos = doc.pos(i);
        return doc.isCapitalized(i) && (pos.startsWith("NNP") || pos.equals("JJ")) && chainStart > i;
    }

    /** Drops title words from the left until every one hangs (through the others) on the name. */
    private int attached(int start, int first, int end) {
        for (int s = start; s < first; s++) {
            boolean all = true;
            for (int i = s; i < first && all; i++) {
                int h = doc.head(i);
                all = h >= s && h < end;
            }
            if (all) return s;
        }
        return first;
    }

    // ---- appositions after a name

    Optional<Role> apposition(Mention name) {
        int comma = name.endToken();
        if (comma >= doc.size() || !doc.word(comma).equals(",") || !doc.sameSentence(comma, name.firstToken())) {
            return Optional.empty();
        }
        int from = comma + 1;
        if (from >= doc.size() || !doc.sameSentence(from, comma)) return Optional.empty();
        int to = doc.parsed(comma) ? parsedApposition(name, from) : -1;
        if (to < 0) to = patternApposition(from);
        if (to <= from) return Optional.empty();
        for (int i = from; i < to; i++) {
            if (isDash(doc.word(i))) to = i;
        }
        while (from < to && Words.DETERMINERS.contains(doc.lower(from))) from++;
        to = trimEnd(from, to);
        if (to <= from || doc.isVerb(from) || doc.isPreposition(from) || doc.pos(from).equals("CD")) return Optional.empty();
        Role role = role(from, to, Role.Placement.APPOSITION);
        boolean fits = name.type() == Type.PERSON
                ? role.head().map(RoleEntry::marksPerson).orElse(false)
                : hasMediaHead(from, role.headEnd()) && name.type() != Type.COUNTRY;
        return fits ? Optional.of(role) : Optional.empty();
    }

    private boolean hasMediaHead(int from, int to) {
        for (int i = from; i < to; i++) {
            if (marks.isMediaHead(i)) return true;
        }
        return false;
    }

    /** The end of the apposition the parse hangs on the name, or -1 when it has none. */
    private int parsedApposition(Mention name, int from) {
        int sentenceEnd = doc.sentence(doc.sentenceOf(from)).endToken();
        for (int i = from; i < sentenceEnd; i++) {
            int h = doc.head(i);
            if (doc.relation(i).equals("appos") && h >= name.firstToken() && h < name.endToken()) {
                int last = i;
                for (int j = i + 1; j < sentenceEnd; j++) {
                    if (descends(j, i)) last = j;
                }
                return last + 1;
            }
        }
        return -1;
    }

    private boolean descends(int token, int ancestor) {
        int t = token;
        for (int steps = 0; steps < 64 && t >= 0; steps++) {
            if (t == ancestor) return true;
            t = doc.head(t);
        }
        return false;
    }

    /** The end of a noun phrase after a comma: up to the next comma, clause or sentence end. */
    private int patternApposition(int from) {
        int i = from;
        int depth = 0;
        while (i < doc.size() && doc.sameSentence(i, from)) {
            String w = doc.word(i);
            String pos = doc.pos(i);
            if (w.equals("(")) depth++;
            else if (w.equals(")")) depth = Math.max(0, depth - 1);
            else if (depth == 0) {
                if (w.equals(",") || w.equals(".") || w.equals(";") || w.equals(":") || isQuoteMark(w) || isDash(w)) break;
                boolean participle = pos.equals("VBD") && i > from && doc.isPreposition(i + 1);
                if (pos.equals("WDT") || pos.equals("WP") || pos.equals("VBD") && !participle || pos.equals("VBZ")
                        || pos.equals("VBP") || pos.equals("MD")) {
                    break;
                }
            }
            i++;
        }
        return i;
    }

    private static boolean isDash(String w) {
        return w.equals("\u2014") || w.equals("\u2013") || w.equals("\u2015") || w.equals("--");
    }

    private static boolean isQuoteMark(String w) {
        return w.equals("\"") || w.equals("\u201C") || w.equals("\u201D") || w.equals("``") || w.equals("''");
    }

    /** Drops trailing punctuation and a trailing parenthetical acronym: "… Guard Corps (IRGC)" → "… Guard Corps". */
    private int trimEnd(int from, int to) {
        int end = to;
        while (end > from) {
            String w = doc.word(end - 1);
            if (w.equals(")") && end - 3 >= from && doc.word(end - 3).equals("(") && Words.isAcronym(doc.word(end - 2))) {
                end -= 3;
            } else if (doc.isPunctuation(end - 1) && !w.equals(")")) {
                end--;
            } else {
                break;
            }
        }
        return end;
    }

    // ---- building a role

    private Role role(int from, int to, Role.Placement placement) {
        int headEnd = to;
        for (int i = from + 1; i < to; i++) {
            if (marks.is(i, Match.Kind.ROLE) || marks.isMediaHead(i)) continue;
            String pos = doc.pos(i);
            if (pos.equals("IN") || pos.equals("TO") || pos.startsWith("VB") || doc.word(i).equals(",")) {
                headEnd = i;
                break;
            }
        }
        Optional<RoleEntry> head = gazetteer.role(doc.text(from, headEnd));
        return new Role(Words.fold(doc.text(from, to)), from, to, headEnd, head, placement);
    }
}
