package org.wirescope.events;

import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wirescope.model.Event.Modality;
import org.wirescope.model.Token;

/** Modality of a coded act over the parse: negation, condition, allegation, intention. Stateless. */
final class Modalities {

    static final Set<String> NEGATORS = Set.of("not", "never", "n't", "no");
    static final Set<String> CONDITIONS = Set.of("if", "unless");
    static final Set<String> POSSIBLE = Set.of("could", "might", "may");
    static final Set<String> FUTURE = Set.of("will", "would", "shall", "'ll", "wo");
    static final Set<String> INTENDING = Set.of("plan", "intend", "want", "aim", "seek", "prepare", "expect",
            "hope", "decide", "mean", "willingness", "willing", "ready", "readiness", "intention", "prepared");

    private Modalities() {
    }

    /**
     * How the act of cue {@code t} is told: negated, conditional, alleged ({@code alleged} when the cue
     * lies inside an accusation), intended, or asserted, in that order of precedence.
     */
    static Modality of(Deps deps, Token t, Pattern pattern, Modality alleged) {
        Token clause = t;
        if (!clauseHead(deps, t)) {
            Token cur = t;
            for (int hop = 0; hop < 3; hop++) {
                Optional<Token> h = deps.head(cur);
                if (h.isEmpty()) break;
                cur = h.get();
                if (cur.isVerb()) {
                    clause = cur;
                    break;
                }
            }
        }
        if (negated(deps, t) || (clause != t && negated(deps, clause) && !t.isNoun())) return Modality.NEGATED;
        if (t.isNoun() && deps.children(t).stream().anyMatch(c -> lower(c).equals("no"))) return Modality.NEGATED;
        Optional<Token> up = deps.head(t);
        if (Deps.is(t, "xcomp") && up.isPresent() && negated(deps, up.get())) return Modality.NEGATED;
        Token cur = t;
        for (int hop = 0; hop < 6; hop++) {
            for (Token c : deps.children(cur)) {
                if (Deps.is(c, "mark") && CONDITIONS.contains(lower(c))) return Modality.CONDITIONAL;
                if (Deps.is(c, "advcl") && deps.children(c, "mark").stream().anyMatch(m -> CONDITIONS.contains(lower(m)))
                        && (cur == t || cur == clause)) return Modality.CONDITIONAL;
            }
            Optional<Token> h = deps.head(cur);
            if (h.isEmpty()) break;
            cur = h.get();
        }
        for (Token c : deps.children(clause)) {
            if (Deps.is(c, "aux") && POSSIBLE.contains(lower(c))) return Modality.CONDITIONAL;
        }
        if (alleged != null) return alleged;
        for (Token c : deps.children(t)) {
            String w = lower(c);
            if (w.equals("allegedly") || w.equals("reportedly") || w.equals("alleged")) return Modality.ALLEGED;
        }
        if (INTENDING.contains(pattern.lemma())) return Modality.INTENDED;
        for (Token c : deps.children(clause)) {
            if (Deps.is(c, "aux") && FUTURE.contains(lower(c))) return Modality.INTENDED;
        }
        Token x = clause;
        for (int hop = 0; hop < 2 && Deps.is(x, "xcomp"); hop++) {
            Optional<Token> h = deps.head(x);
            if (h.isEmpty()) break;
            x = h.get();
            if (INTENDING.contains(lower(x))) return Modality.INTENDED;
            if (lower(x).equals("go") && deps.children(x).stream().anyMatch(c -> Deps.is(c, "aux"))) return Modality.INTENDED;
        }
        return Modality.ASSERTED;
    }

    /** Whether {@code t} heads its own clause: a verb, or a word the tagger took for a noun that has an auxiliary. */
    private static boolean clauseHead(Deps deps, Token t) {
        return t.isVerb() || deps.children(t).stream().anyMatch(c -> Deps.is(c, "aux") && !Deps.is(c, "aux:pass"));
    }

    /** Whether the cue's clause speaks of the future: "will", "would", "plan to", "intend to". */
    static boolean future(Deps deps, Token t) {
        Token clause = t;
        for (int hop = 0; hop < 3 && !clauseHead(deps, clause); hop++) {
            Optional<Token> h = deps.head(clause);
            if (h.isEmpty()) break;
            clause = h.get();
        }
        for (Token c : deps.children(clause)) if (Deps.is(c, "aux") && FUTURE.contains(lower(c))) return true;
        Token x = clause;
        for (int hop = 0; hop < 2 && Deps.is(x, "xcomp"); hop++) {
            Optional<Token> h = deps.head(x);
            if (h.isEmpty()) break;
            x = h.get();
            if (INTENDING.contains(lower(x))) return true;
            for (Token c : deps.children(x)) if (Deps.is(c, "aux") && FUTURE.contains(lower(c))) return true;
        }
        return false;
    }

    /** Whether the condition an act is told under is "unless" ("will withdraw unless the talks resume"). */
    static boolean unless(Deps deps, Token t) {
        Token cur = t;
        for (int hop = 0; hop < 6; hop++) {
            for (Token c : deps.children(cur)) {
                if (Deps.is(c, "mark") && lower(c).equals("unless")) return true;
                if (Deps.is(c, "advcl") && deps.children(c, "mark").stream().anyMatch(m -> lower(m).equals("unless"))) return true;
            }
            Optional<Token> h = deps.head(cur);
            if (h.isEmpty()) break;
            cur = h.get();
        }
        return false;
    }

    static boolean negated(Deps deps, Token t) {
        for (Token c : deps.children(t)) {
            if ((Deps.is(c, "advmod") || Deps.is(c, "neg")) && NEGATORS.contains(lower(c))) return true;
        }
        return false;
    }

    private static String lower(Token t) {
        return t.lemma().toLowerCase(Locale.ROOT);
    }
}
