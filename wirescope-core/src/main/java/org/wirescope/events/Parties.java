package org.wirescope.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.wirescope.actors.gazetteer.Gazetteer;
import org.wirescope.actors.gazetteer.RoleEntry;
import org.wirescope.model.Actor;
import org.wirescope.model.TextSpan;
import org.wirescope.model.Token;

/**
 * Codes the parties of an event that the actor stage left without a code, the way CAMEO codes agents: a
 * sector from the agent noun ("protesters" OPP, "police" COP, "rebels" REB) and a country from where the
 * act happened or, failing that, from the country the article is about.
 *
 * <ul>
 *   <li>An agent with a country only in a complement takes it: "police in Kenya" is KENCOP, not Kenya.</li>
 *   <li>An agent the text names with no country ("protesters", "Ibo elders", "the government") takes the
 *       country of the act's place ("marched in Hong Kong", "rioted at a jail in Dili"), else the
 *       article's context country ({@link Cast#contextCountry()}).</li>
 *   <li>The unknown doer of violence — a passive without agent, or a thing ("a roadside bomb", "an
 *       explosion") — is CAMEO's unidentified armed force (UAF) of the act's place, or, when the place is
 *       unknown and the victims are of the article's context country, of that country.</li>
 *   <li>The unknown doer of an act only a state does ("was arrested in Lebanon", "was put under
 *       investigation") is the government of the place, else of the context country.</li>
 * </ul>
 * Stateless apart from the immutable gazetteer.
 */
final class Parties {

    /** Prepositions that say where an act happened. */
    private static final Set<String> PLACE_CASES = Set.of("in", "at", "near", "outside", "inside", "across", "throughout",
            "around", "on");
    /** Nouns that count or gather the agents their "of" complement names. */
    private static final Set<String> QUANTITIES = Set.of("hundred", "hundreds", "thousand", "thousands", "dozen", "dozens",
            "score", "scores", "million", "millions", "ten", "tens", "group", "groups", "number", "band", "delegation",
            "contingent", "team", "some", "many", "most", "all", "several", "handful");
    private static final Set<String> PRONOUNS = Set.of("they", "he", "she", "it", "we", "them", "who");
    /** Sectors of nouns that are never acted upon as a party of their own: the press is told, it reports. */
    private static final Set<String> NOT_AGENTS = Set.of("MED");
    /** Sectors whose holders act for their state even when the role is a plain noun ("official", "diplomat"). */
    private static final Set<String> NATIONAL = Set.of("GOV", "MIL", "LEG", "JUD", "COP", "SPY");
    /** Role words of people who often serve another state or body than their own (an envoy to, an adviser of). */
    private static final Set<String> SERVING = Set.of("adviser", "advisor", "aide", "envoy", "ambassador", "spokesman",
            "spokeswoman", "spokesperson", "consul", "emissary", "representative", "negotiator", "mediator", "coordinator");
    /** Sectors of armed state agents. */
    static final Set<String> ARMED = Set.of("MIL", "COP");

    private final Gazetteer gazetteer;

    Parties(Gazetteer gazetteer) {
        this.gazetteer = gazetteer;
    }

    /**
     * The parties of the noun phrase headed by {@code head}: the actors in it, with an agent that has its
     * country only in a complement coded as that country's agent; or, when no actor is in it, the agent
     * the phrase names, coded by place and context; or nothing.
     */
    List<Cast.Placed> of(Deps deps, Cast cast, Token head, List<Integer> phrase, Token act) {
        List<Cast.Placed> found = new ArrayList<>(cast.within(phrase));
        found.removeIf(p -> isRegion(cast, p) && !(p.first() <= head.index() && head.index() <= p.last())); // "the Europe Bridge"
        Optional<RoleEntry> role = agentRole(deps, head, Deps.is(head, "nsubj")); // a subject acts, even a newspaper
        if (role.isEmpty()) return placedOrganisations(deps, cast, head, found, act);
        if (found.isEmpty()) {
            if (ownedByPronoun(deps, head)) return List.of(); // "its troops": the actor's own, not a party
            return agent(deps, cast, head, phrase, role.get(), act).map(List::of).orElse(List.of());
        }
        if (found.size() != 1) return found;
        Cast.Placed only = found.get(0);
        if (only.actor().code().isEmpty() && !only.actor().id().isEmpty() && only.actor().type() == Actor.Type.ORGANIZATION) {
            // "the fundamentalist Umma party", "workers of the SSS union": an organisation of the place or context
            Optional<String> country = placeOf(deps, cast, act, phrase).or(cast::contextCountry);
            return country.map(c -> List.of(recoded(only, c, sector(role.get())))).orElse(found);
        }
        if (only.actor().type() == Actor.Type.PERSON && complementOf(deps, head, only)) {
            // "supporters of Ahmed Ben Bella" are not Ben Bella: his country, else the place's or the context's
            Optional<String> country = Cast.country(only.actor()).filter(cast::isCountry)
                    .or(() -> placeOf(deps, cast, act, List.of())).or(cast::contextCountry);
            return country.map(c -> List.of(placed(deps, head, phrase, c + sector(role.get()), c))).orElse(List.of());
        }
        Actor.Type type = only.actor().type();
        Optional<String> country = Cast.country(only.actor()).filter(cast::isCountry);
        if (type != Actor.Type.COUNTRY && type != Actor.Type.LOCATION || country.isEmpty() || !complementOf(deps, head, only)) return found;
        return List.of(placed(deps, head, phrase, country.get() + sector(role.get()), country.get()));
    }

    /**
     * "the Esfahan conversion facilities in central Iran": an organisation the actor stage could not code
     * that its phrase or the act places in a country is of that country. The place itself then names no
     * second party.
     */
    private static List<Cast.Placed> placedOrganisations(Deps deps, Cast cast, Token head, List<Cast.Placed> found, Token act) {
        Cast.Placed named = null;
        for (Cast.Placed p : found) {
            if (p.first() <= head.index() && head.index() <= p.last()) named = p;
        }
        if (named == null || named.actor().type() != Actor.Type.ORGANIZATION || named.actor().code().isPresent()) return found;
        Optional<String> country = placeIn(deps, cast, head).or(() -> placeOf(deps, cast, act, List.of()));
        if (country.isEmpty()) return found;
        List<Cast.Placed> out = new ArrayList<>();
        for (Cast.Placed p : found) {
            if (p == named) out.add(recoded(p, country.get(), Optional.empty()));
            else if (!Cast.country(p.actor()).equals(country) || p.actor().type() == Actor.Type.ORGANIZATION) out.add(p);
        }
        return out;
    }

    /** Whether a party is a place that is no country: a world region ("Europe", "the Middle East"). */
    static boolean isRegion(Cast cast, Cast.Placed p) {
        return p.actor().type() == Actor.Type.LOCATION && Cast.country(p.actor()).filter(cast::isCountry).isEmpty();
    }

    /** Whether a country mention modifies an agent noun: "police in Kenya", "the people of Iraq", "a U.S. soldier". */
    private static boolean complementOf(Deps deps, Token head, Cast.Placed country) {
        if (country.first() <= head.index() && head.index() <= country.last()) return false;
        for (Token c : deps.children(head)) {
            boolean complement = Deps.is(c, "nmod") && !Deps.is(c, "nmod:poss")
                    && deps.caseOf(c).filter(k -> k.equals("in") || k.equals("of") || k.equals("from")).isPresent()
                    || Deps.is(c, "compound") || Deps.is(c, "amod");
            if (complement && country.first() <= c.index() && c.index() <= country.last()) return true;
        }
        return false;
    }

    private static boolean ownedByPronoun(Deps deps, Token head) {
        for (Token c : deps.children(head)) if (Deps.is(c, "nmod:poss") && c.pos().startsWith("PRP")) return true;
        return false;
    }

    /** The kind of act whose unknown doer is sought: any, violence (UAF), or one only a state does (its authorities). */
    enum Kind { PLAIN, VIOLENT, OFFICIAL }

    /**
     * Codes the doers of a drafted event that still have no code: agents by place and context (a
     * newspaper too), the unknown doer of violence as an unidentified armed force and of an official act
     * as the authorities.
     */
    List<Cast.Placed> doers(Deps deps, Cast cast, Token act, List<Cast.Placed> doers, List<Cast.Placed> victims, Kind kind) {
        return coded(deps, cast, act, doers, victims, kind, true);
    }

    /** Codes the targets of a drafted event that still have no code: agents by place and context. */
    List<Cast.Placed> targets(Deps deps, Cast cast, Token act, List<Cast.Placed> targets, List<Cast.Placed> doers) {
        return coded(deps, cast, act, targets, doers, Kind.PLAIN, false);
    }

    private List<Cast.Placed> coded(Deps deps, Cast cast, Token act, List<Cast.Placed> parties, List<Cast.Placed> others, Kind kind,
            boolean doer) {
        boolean violent = kind == Kind.VIOLENT;
        boolean official = kind == Kind.OFFICIAL;
        List<Cast.Placed> out = new ArrayList<>(parties.size());
        for (Cast.Placed p : parties) {
            if (p.actor().code().isPresent()) {
                out.add(p);
                continue;
            }
            if (!p.actor().id().isEmpty()) {
                out.add(officeHolder(cast, p).orElse(p));
                continue;
            }
            Optional<Cast.Placed> coded = Optional.empty();
            if (p.span().start() < p.span().end()) {
                Token head = deps.token(p.last());
                List<Integer> phrase = range(p.first(), p.last());
                Optional<RoleEntry> role = agentRole(deps, head, doer); // "a newspaper based in Beirut" acts, never is acted upon
                if (role.isPresent()) coded = agent(deps, cast, head, phrase, role.get(), act);
                else if (violent && !isPronoun(head)) coded = unknownDoer(deps, cast, act, p, others);
            } else if (violent) {
                coded = unknownDoer(deps, cast, act, p, others);
            } else if (official) {
                coded = authorities(deps, cast, act, p);
            }
            out.add(coded.orElse(p));
        }
        return out;
    }

    /** "President Dos Santos" in an article about Angola: a person with a role and no country, of the context country. */
    private Optional<Cast.Placed> officeHolder(Cast cast, Cast.Placed p) {
        Actor a = p.actor();
        if (a.type() != Actor.Type.PERSON || a.role().isEmpty()) return Optional.empty();
        Optional<RoleEntry> role = gazetteer.role(a.role().get());
        if (role.isEmpty() || !NATIONAL.contains(role.get().sector())) return Optional.empty();
        String term = role.get().term();
        if (role.get().kind() != RoleEntry.Kind.LEADER && SERVING.contains(term.substring(term.lastIndexOf(' ') + 1))) return Optional.empty();
        return cast.contextCountry().map(c -> recoded(p, c, sector(role.get())));
    }

    /**
     * "Ethnic Albanians demonstrated in Serbia": CAMEO codes an ethnic group by the country it lives in —
     * the place its phrase or the act names, else the article's context country — not by its kin state.
     */
    List<Cast.Placed> hosted(Deps deps, Cast cast, Token act, List<Cast.Placed> parties) {
        List<Cast.Placed> out = new ArrayList<>(parties.size());
        for (Cast.Placed p : parties) {
            Optional<String> kin = Cast.country(p.actor()).filter(cast::isCountry);
            int ethnic = ethnicWord(deps, p);
            if (kin.isEmpty() || ethnic < 0 || !(p.actor().type() == Actor.Type.COUNTRY || p.actor().type() == Actor.Type.GROUP)) {
                out.add(p);
                continue;
            }
            Token head = deps.token(p.last());
            Optional<String> host = placeIn(deps, cast, head).or(() -> placeOfClauses(deps, cast, head))
                    .or(() -> placeOf(deps, cast, act, List.of())).or(cast::contextCountry).filter(h -> !h.equals(kin.get()));
            if (host.isEmpty()) {
                out.add(p);
                continue;
            }
            Token from = deps.token(ethnic);
            String text = deps.text().substring(from.start(), p.span().end());
            Optional<String> sector = p.actor().type() == Actor.Type.GROUP ? p.actor().sector() : Optional.empty();
            Actor a = new Actor("", text, Actor.Type.GROUP, host, sector, Optional.of(host.get() + sector.orElse("")), Optional.empty(), List.of());
            out.add(new Cast.Placed(a, new TextSpan(from.start(), p.span().end(), text), ethnic, p.last()));
        }
        return out;
    }

    /** The token "ethnic" right before a party's words, or -1. */
    private static int ethnicWord(Deps deps, Cast.Placed p) {
        int before = p.first() - 1;
        if (before < deps.sentence().firstToken()) return -1;
        return deps.token(before).text().equalsIgnoreCase("ethnic") ? before : -1;
    }

    /** The place of a clause that describes a party: "guerrillas operating in Macedonia". */
    private static Optional<String> placeOfClauses(Deps deps, Cast cast, Token head) {
        for (Token c : deps.children(head)) {
            if (Deps.is(c, "acl")) {
                Optional<String> country = placeIn(deps, cast, c);
                if (country.isPresent()) return country;
            }
        }
        return Optional.empty();
    }

    private static Cast.Placed recoded(Cast.Placed p, String country, String sector) {
        return recoded(p, country, Optional.of(sector));
    }

    private static Cast.Placed recoded(Cast.Placed p, String country, Optional<String> sector) {
        Actor a = p.actor();
        Actor coded = new Actor(a.id(), a.name(), a.type(), Optional.of(country), sector, Optional.of(country + sector.orElse("")),
                a.role(), a.mentions());
        return new Cast.Placed(coded, p.span(), p.first(), p.last());
    }

    private Optional<Cast.Placed> agent(Deps deps, Cast cast, Token head, List<Integer> phrase, RoleEntry role, Token act) {
        Optional<String> country = placeOf(deps, cast, act, phrase).or(cast::contextCountry);
        return country.map(c -> placed(deps, head, phrase, c + sector(role), c));
    }

    private static Optional<Cast.Placed> unknownDoer(Deps deps, Cast cast, Token act, Cast.Placed doer, List<Cast.Placed> victims) {
        Optional<String> country = placeOf(deps, cast, act, List.of());
        if (country.isEmpty() && doer.span().start() < doer.span().end()) country = placeIn(deps, cast, deps.token(doer.last()));
        if (country.isEmpty()) {
            Optional<String> context = cast.contextCountry();
            boolean domestic = context.isPresent() && victims.stream().anyMatch(v -> Cast.country(v.actor()).equals(context)
                    && v.actor().sector().filter(ARMED::contains).isEmpty()); // soldiers abroad are no sign of home
            if (domestic) country = context;
        }
        if (country.isEmpty()) return Optional.empty();
        String name = doer.span().start() < doer.span().end() ? doer.actor().name() : "unidentified attackers";
        Actor a = new Actor("", name, Actor.Type.GROUP, country, Optional.of("UAF"), Optional.of(country.get() + "UAF"),
                Optional.empty(), List.of());
        return Optional.of(new Cast.Placed(a, doer.span(), doer.first(), doer.last()));
    }

    /** "was arrested in Lebanon", "was put under investigation in Italy": the authorities of the place, else of the context. */
    private static Optional<Cast.Placed> authorities(Deps deps, Cast cast, Token act, Cast.Placed doer) {
        Optional<String> country = placeOf(deps, cast, act, List.of()).or(cast::contextCountry);
        if (country.isEmpty()) return Optional.empty();
        Actor a = new Actor("", "authorities", Actor.Type.GROUP, country, Optional.of("GOV"), Optional.of(country.get() + "GOV"),
                Optional.empty(), List.of());
        return Optional.of(new Cast.Placed(a, doer.span(), doer.first(), doer.last()));
    }

    /**
     * The country of the place an act happened: the first place complement of the act or of the
     * clause it belongs to ("demonstrated in Serbia", "killed in a blast in Beirut"), or of the party's
     * own phrase ("people in Hong Kong"), whose actors include a country.
     */
    private static Optional<String> placeOf(Deps deps, Cast cast, Token act, List<Integer> phrase) {
        List<Token> anchors = new ArrayList<>();
        anchors.add(act);
        deps.head(act).filter(h -> Deps.is(act, "xcomp") || Deps.is(act, "advcl") || Deps.is(act, "conj")
                || act.isNoun() && h.isVerb()).ifPresent(anchors::add); // "put under investigation in Italy"
        for (Token anchor : anchors) {
            Optional<String> country = placeIn(deps, cast, anchor);
            if (country.isPresent()) return country;
        }
        return phrase.isEmpty() ? Optional.empty() : countryIn(cast, phrase);
    }

    /** The country of the first place complement of {@code head}: "in Serbia", "outside the Iraqi city of Basra". */
    private static Optional<String> placeIn(Deps deps, Cast cast, Token head) {
        for (Token c : deps.children(head)) {
            if (!(Deps.is(c, "obl") || Deps.is(c, "nmod")) || deps.caseOf(c).filter(PLACE_CASES::contains).isEmpty()) continue;
            Optional<String> country = countryIn(cast, deps.subtree(c, Set.of()).stream().map(Token::index).toList());
            if (country.isPresent()) return country;
        }
        return Optional.empty();
    }

    private static Optional<String> countryIn(Cast cast, List<Integer> tokens) {
        for (Cast.Placed p : cast.within(tokens)) {
            Actor.Type type = p.actor().type();
            if (type != Actor.Type.COUNTRY && type != Actor.Type.LOCATION) continue;
            Optional<String> country = Cast.country(p.actor()).filter(cast::isCountry);
            if (country.isPresent()) return country;
        }
        return Optional.empty();
    }

    /**
     * The role noun an agent phrase is headed by: "protesters", "security forces", "Leaders" of an
     * opposition coalition; through a quantity, "hundreds of protesters", "a group of refugees".
     */
    private Optional<RoleEntry> agentRole(Deps deps, Token head, boolean doer) {
        Token cur = head;
        for (int hop = 0; hop < 3 && (QUANTITIES.contains(cur.lemma().toLowerCase(Locale.ROOT)) || cur.pos().equals("CD")); hop++) {
            Token counted = null;
            for (Token c : deps.children(cur)) {
                if (Deps.is(c, "nmod") && deps.caseOf(c).filter("of"::equals).isPresent()) counted = c;
            }
            if (counted == null) return Optional.empty();
            cur = counted; // "hundreds of thousands of people": people
        }
        return headRole(deps, cur, doer);
    }

    private Optional<RoleEntry> headRole(Deps deps, Token head, boolean doer) {
        if (!head.isNoun() || isPronoun(head)) return Optional.empty();
        if (gazetteer.role(head.text()).or(() -> gazetteer.role(head.lemma())).isEmpty()) return Optional.empty(); // "military aid" is no agent
        StringBuilder words = new StringBuilder();
        for (Token c : deps.children(head)) {
            if ((Deps.is(c, "compound") || Deps.is(c, "amod")) && c.index() < head.index()) words.append(c.text()).append(' ');
        }
        words.append(head.text());
        Optional<RoleEntry> role = gazetteer.role(words.toString());
        if (role.isEmpty()) role = gazetteer.role(head.lemma());
        return role.filter(r -> doer || !NOT_AGENTS.contains(r.sector()));
    }

    private static String sector(RoleEntry role) {
        return role.sector().equals("PPL") ? "CVL" : role.sector(); // "people": civilians
    }

    private static boolean isPronoun(Token t) {
        return t.pos().startsWith("PRP") || t.pos().startsWith("W") || PRONOUNS.contains(t.text().toLowerCase(Locale.ROOT));
    }

    private static Cast.Placed placed(Deps deps, Token head, List<Integer> phrase, String code, String country) {
        int first = head.index();
        int last = head.index();
        for (int i : phrase) {
            first = Math.min(first, i);
            last = Math.max(last, i);
        }
        while (first < head.index() && (deps.token(first).pos().equals("IN") || deps.token(first).pos().equals("DT")
                || !Character.isLetterOrDigit(deps.token(first).text().charAt(0)))) {
            first++; // "of protesters", "-led forces": the words, not the link
        }
        Token from = deps.token(first);
        Token to = deps.token(last);
        String text = deps.text().substring(from.start(), to.end());
        Actor a = new Actor("", text, Actor.Type.GROUP, Optional.of(country), Optional.of(code.substring(3)), Optional.of(code),
                Optional.empty(), List.of());
        return new Cast.Placed(a, new TextSpan(from.start(), to.end(), text), first, last);
    }

    private static List<Integer> range(int first, int last) {
        List<Integer> out = new ArrayList<>();
        for (int i = first; i <= last; i++) out.add(i);
        return out;
    }
}
