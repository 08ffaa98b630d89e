package org.wirescope.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.wirescope.actors.gazetteer.Match;

/**
 * Drops country words that name a side someone takes rather than an actor: "pro-Iranian militias",
 * "an anti-Syria journalist", "Syrian-backed forces" are neither Iran, Syria nor their people. Stateless.
 */
final class Stances {

    private static final Set<String> PREFIXES = Set.of("pro-", "anti-", "pro\u2010", "anti\u2010");
    private static final Set<String> SUFFIXES = Set.of("-backed", "-sponsored", "-supported", "-funded", "-armed",
            "-allied", "-aligned", "-friendly", "-leaning", "-inspired");
    private static final Set<Match.Kind> COUNTRY_KINDS = Set.of(Match.Kind.COUNTRY, Match.Kind.DEMONYM, Match.Kind.PEOPLE,
            Match.Kind.METONYM, Match.Kind.CONTEXT_FORM);

    private Stances() {
    }

    /** {@code matches} without the country words that {@code text} marks as a stance. */
    static List<Match> without(List<Match> matches, String text) {
        List<Match> out = new ArrayList<>(matches.size());
        for (Match m : matches) {
            if (!COUNTRY_KINDS.contains(m.kind()) || !isStance(text, m.start(), m.end())) out.add(m);
        }
        return out;
    }

    private static boolean isStance(String text, int start, int end) {
        String before = text.substring(Math.max(0, start - 5), start).toLowerCase(Locale.ROOT);
        for (String p : PREFIXES) {
            if (before.endsWith(p) && (before.length() == p.length() || !Character.isLetter(before.charAt(before.length() - p.length() - 1)))) {
                return true;
            }
        }
        String after = text.substring(end, Math.min(text.length(), end + 12)).toLowerCase(Locale.ROOT);
        for (String s : SUFFIXES) {
            if (after.startsWith(s) && (after.length() == s.length() || !Character.isLetter(after.charAt(s.length())))) return true;
        }
        return false;
    }
}
