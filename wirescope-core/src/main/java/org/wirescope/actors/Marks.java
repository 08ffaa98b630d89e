package org.wirescope.actors;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirescope.actors.gazetteer.Gazetteer;
import org.wirescope.actors.gazetteer.Match;
import org.wirescope.actors.gazetteer.RoleEntry;

/** The gazetteer matches of one article, looked up by token. */
final class Marks {

    private final Match[] byToken;
    private final int[] firstOf;
    private final int[] endOf;
    private final boolean[] partial;
    private final Gazetteer gazetteer;
    private final Map<String, Optional<RoleEntry>> roles = new HashMap<>();

    private Marks(Gazetteer gazetteer, int size) {
        this.gazetteer = gazetteer;
        this.byToken = new Match[size];
        this.firstOf = new int[size];
        this.endOf = new int[size];
        this.partial = new boolean[size];
    }

    static Marks of(Gazetteer gazetteer, Doc doc, List<Match> matches) {
        Marks marks = new Marks(gazetteer, doc.size());
        for (Match m : matches) {
            int first = doc.firstTokenFrom(m.start());
            if (first > 0 && doc.token(first - 1).end() > m.start()) first--;
            int end = doc.endTokenTo(m.end());
            if (end < doc.size() && doc.token(end).start() < m.end()) end++;
            boolean inside = first < doc.size() && end > first
                    && (doc.token(first).start() != m.start() || doc.token(Math.min(end, doc.size()) - 1).end() != m.end());
            for (int i = first; i < end && i < doc.size(); i++) {
                marks.byToken[i] = m;
                marks.firstOf[i] = first;
                marks.endOf[i] = end;
                marks.partial[i] = inside;
            }
        }
        return marks;
    }

    /** The match covering token {@code i}, if any. */
    Optional<Match> at(int i) {
        return i >= 0 && i < byToken.length ? Optional.ofNullable(byToken[i]) : Optional.empty();
    }

    boolean is(int i, Match.Kind kind) {
        return i >= 0 && i < byToken.length && byToken[i] != null && byToken[i].kind() == kind;
    }

    /** The first token of the match covering {@code i} ({@code i} itself when none does). */
    int firstOf(int i) {
        return at(i).isPresent() ? firstOf[i] : i;
    }

    /** The token after the match covering {@code i} ({@code i + 1} when none does). */
    int endOf(int i) {
        return at(i).isPresent() ? endOf[i] : i + 1;
    }

    /** The role term covering token {@code i}, if a role match covers it. */
    Optional<RoleEntry> role(int i) {
        if (!is(i, Match.Kind.ROLE)) return Optional.empty();
        return roles.computeIfAbsent(byToken[i].surface(), gazetteer::role);
    }

    /** Whether token {@code i} lies in a role term that marks a person (a leader, a title, a person noun). */
    boolean isPersonRole(int i) {
        return role(i).map(RoleEntry::marksPerson).orElse(false);
    }

    /**
     * Whether token {@code i} lies in a form naming or describing a country: "Iran", "Iranian", "Iranians",
     * "Tehran" — but not one inside a longer word ("pro-Moscow", "US-led"), which ties nothing to that country.
     */
    boolean isCountryWord(int i) {
        Optional<Match> m = at(i);
        if (m.isEmpty() || partial[i]) return false;
        return switch (m.get().kind()) {
            case COUNTRY, DEMONYM, PEOPLE -> true;
            case METONYM -> !NameMentions.isInstitution(m.get().surface());
            default -> false;
        };
    }

    /** The country code of the country word covering token {@code i}, if any. */
    Optional<String> countryAt(int i) {
        return isCountryWord(i) ? Optional.of(byToken[i].code()) : Optional.empty();
    }

    boolean isMediaHead(int i) {
        return is(i, Match.Kind.MEDIA_HEAD);
    }
}
