package org.wirescope.actors;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import org.wirescope.actors.gazetteer.Gazetteer;
import org.wirescope.actors.gazetteer.PersonEntry;
import org.wirescope.actors.gazetteer.RoleEntry;
import org.wirescope.model.Actor;
import org.wirescope.model.Actor.Type;

/**
 * Gives each actor its country, sector and CAMEO-style code.
 *
 * <p>A person's country, first rule that applies:
 * <ol>
 *   <li>a country word in the role's head or its "of" complement: "Iranian Parliament Speaker" → IRN,
 *       "US President" → USA, "North Korean leader" → PRK, "leader of North Korea" → PRK;</li>
 *   <li>an organisation or outlet named in the role, if it has a country: "IRGC commander" → IRN;</li>
 *   <li>a person named in the role, if that person has a country: "adviser to Supreme Leader Ali
 *       Khamenei" → Khamenei's country; an organisation without a country named in the role makes the
 *       person one of its own ("U.N. Secretary-General …" → IGOUNO);</li>
 *   <li>a country right after the name: "King Hassan of Morocco" → MAR;</li>
 *   <li>the gazetteer's well-known figures, by the person's fullest name ("President Bush" → USAGOV,
 *       "Ismail Haniyeh" → PSEREBHMS);</li>
 *   <li>when the role is a national office — a leader's title, or another title of government,
 *       legislature, judiciary, military or security ("Foreign Minister", "Supreme Leader", "Parliament
 *       Speaker") that is not one often held for someone else (adviser, aide, spokesman, envoy,
 *       ambassador …) — the article's dominant country (the one mentioned most by name, demonym, people
 *       form, metonym or context form, if it has at least half of those mentions), else the country the
 *       sentence naming the person mentions most (if one leads);</li>
 *   <li>otherwise none: unknown values stay empty.</li>
 * </ol>
 * A country word in a "to" or "for" complement is not the person's country ("envoy to the United States").
 *
 * <p>An outlet or organisation without a country of its own takes one from its role ("a news agency
 * affiliated with the IRGC") or from a country word right before its name ("Iran's Zorvani news agency").
 *
 * <p>Sectors: a person's from the gazetteer sector of the role's head ("Parliament Speaker" → LEG,
 * "President" → GOV); outlets MED; seats of power and gazetteer organisations as listed; groups and
 * institutions from their noun. Codes: a country's ISO code alone; a gazetteer organisation's own code
 * (IGOUNO, PSEREBHMS); the code of the organisation a person or group acts for when it has no country
 * of its own ("NATO commanders" → IGOWSTNAT); otherwise country and sector run together (IRNLEG), the
 * country alone when the sector is unknown, and none without a country (an outlet without one is MED).
 */
final class Attributes {


    private final Gazetteer gazetteer;
    private final Doc doc;
    private final Marks marks;
    private final Clusters clusters;
    private final Optional<String> dominant;
    private final Map<Integer, Cluster> nameOwner = new HashMap<>();
    /** Actors that act for an organisation without a country of its own: the organisation's code. */
    private final Map<Cluster, String> affiliations = new HashMap<>();

    Attributes(Gazetteer gazetteer, Doc doc, Marks marks, Clusters clusters) {
        this.gazetteer = gazetteer;
        this.doc = doc;
        this.marks = marks;
        this.clusters = clusters;
        this.dominant = dominantCountry(clusters);
        for (Cluster c : clusters.all()) {
            for (Mention m : c.mentions()) {
                if (!m.isName()) continue;
                for (int i = m.firstToken(); i < m.endToken(); i++) nameOwner.putIfAbsent(i, c);
            }
        }
    }

    /** Sets countries and sectors of every actor; codes come last, in {@link #codes()}. */
    void infer() {
        for (Cluster c : clusters.all()) {
            if (c.type() == Type.MEDIA) c.sector(Optional.of("MED"));
            if (c.type() == Type.COUNTRY) c.sector(Optional.empty());
        }
        for (Cluster c : clusters.all()) {
            if (c.type() == Type.ORGANIZATION && c.sector().isEmpty()) c.sector(sectorInName(c));
        }
        fromRoles();
        for (Cluster c : clusters.all()) {
            if (c.country().isEmpty() && (c.type() == Type.MEDIA || c.type() == Type.ORGANIZATION)) c.country(countryBefore(c));
        }
        for (Cluster c : clusters.all()) {
            if (c.type() == Type.PERSON && c.country().isEmpty() && !affiliations.containsKey(c)) {
                c.country(countryAfterName(c));
                if (c.country().isEmpty()) known(c);
            }
        }
        for (Cluster c : clusters.all()) {
            if (c.country().isPresent() || affiliations.containsKey(c)) continue;
            if (c.type() == Type.PERSON && c.role().isPresent() && isNationalOffice(c.role().get())) {
                c.country(dominant.or(() -> sentenceCountry(c)));
            }
            if (c.type() == Type.MEDIA && !c.hasName() && stateDescribed(c)) c.country(dominant);
        }
        fromRoles();
    }

    /** The country an outlet or organisation's name is premodified by: "Iran's Zorvani news agency", "Iranian Zorvani". */
    private Optional<String> countryBefore(Cluster c) {
        for (Mention m : c.sorted()) {
            if (!m.isName()) continue;
            int before = m.firstToken() - 1;
            if (before >= 0 && doc.isPossessiveMarker(before)) before--;
            if (before >= 0 && doc.sameSentence(before, m.firstToken())) {
                Optional<String> country = marks.countryAt(before);
                if (country.isPresent()) return country;
            }
        }
        return Optional.empty();
    }

    /** "King Hassan of Morocco", "Abdullah II of Jordan": a country named right after the person's name. */
    private Optional<String> countryAfterName(Cluster person) {
        for (Mention m : person.sorted()) {
            if (!m.isName()) continue;
            int of = m.endToken();
            if (of + 1 < doc.size() && doc.lower(of).equals("of") && doc.sameSentence(of + 1, m.firstToken())
                    && marks.isCountryWord(of + 1) && marks.firstOf(of + 1) == of + 1) {
                return marks.countryAt(of + 1);
            }
        }
        return Optional.empty();
    }

    /** A well-known figure the gazetteer lists under the person's fullest name: country, sector and code. */
    private void known(Cluster person) {
        String fullest = "";
        for (Mention m : person.mentions()) {
            if (m.isName() && m.end() - m.start() > fullest.length()) fullest = m.text(doc.text());
        }
        if (fullest.isEmpty()) return;
        Optional<PersonEntry> entry = gazetteer.person(fullest);
        if (entry.isEmpty()) return;
        person.country(entry.get().country());
        if (person.sector().isEmpty()) person.sector(Optional.of(entry.get().sector()));
        if (entry.get().country().isEmpty() || !entry.get().code().equals(entry.get().country().get() + entry.get().sector())) {
            affiliations.put(person, entry.get().code());
        }
    }

    /** Rules 1 to 3, repeated so that an adviser can take the country of the person he advises. */
    private void fromRoles() {
        for (int pass = 0; pass < 3; pass++) {
            for (Cluster c : clusters.all()) {
                if (c.role().isEmpty() || c.type() == Type.COUNTRY) continue;
                if (c.type() == Type.PERSON && c.sector().isEmpty()) c.sector(c.role().get().sector());
                if (c.country().isEmpty()) c.country(fromRole(c, c.role().get()));
                if (c.country().isEmpty() && c.type() == Type.PERSON) affiliation(c, c.role().get()).ifPresent(a -> affiliations.put(c, a));
            }
        }
    }

    /** The sector of an institution word inside an organisation's name: "Iranian Foreign Ministry" → GOV. */
    private Optional<String> sectorInName(Cluster c) {
        for (Mention m : c.mentions()) {
            if (!m.isName()) continue;
            for (int i = m.endToken() - 1; i >= m.firstToken(); i--) {
                Optional<RoleEntry> r = marks.role(i);
                if (r.isPresent() && r.get().kind() == RoleEntry.Kind.GROUP) return Optional.of(r.get().sector());
            }
        }
        return Optional.empty();
    }

    /** Sets each actor's code from its country and sector, once countries are final. */
    void codes() {
        for (Cluster c : clusters.all()) {
            c.code(code(c));
        }
    }

    private Optional<String> code(Cluster c) {
        if (c.type() == Type.COUNTRY) return c.country().or(c::code);
        String key = c.key();
        if (key.startsWith("O:") || (key.startsWith("L:") && c.country().isEmpty())) return c.code();
        if (c.type() == Type.LOCATION) return c.country();
        String affiliation = affiliations.get(c);
        if (affiliation != null && (c.country().isEmpty() || affiliation.startsWith(c.country().get()))) return Optional.of(affiliation);
        if (c.country().isPresent()) return Optional.of(c.country().get() + c.sector().orElse(""));
        if (c.type() == Type.MEDIA) return Optional.of("MED");
        if (c.type() == Type.GROUP && key.startsWith("G:")) return c.code(); // "European Community foreign ministers": IGOEUREEC
        if (c.type() == Type.ORGANIZATION && key.startsWith("N:")) return c.code(); // a body named after its IGO: IGOUNO
        return Optional.empty();
    }

    private Optional<String> fromRole(Cluster self, Role role) {
        int headEnd = role.headEnd();
        if (headEnd < role.endToken() && doc.lower(headEnd).equals("of")) headEnd = role.endToken();
        for (int i = role.firstToken(); i < headEnd; i++) {
            Optional<String> c = marks.countryAt(i);
            if (c.isPresent()) return c;
        }
        for (int i = role.firstToken(); i < role.endToken(); i++) {
            Cluster other = nameOwner.get(i);
            if (other == null || other == self) continue;
            if ((other.type() == Type.ORGANIZATION || other.type() == Type.MEDIA) && other.country().isPresent()) {
                return other.country();
            }
        }
        for (int i = role.firstToken(); i < role.endToken(); i++) {
            Cluster other = nameOwner.get(i);
            if (other != null && other != self && other.type() == Type.PERSON && other.country().isPresent()) {
                return other.country();
            }
        }
        return Optional.empty();
    }

    /** "U.N. Secretary-General Kofi Annan": the code of an organisation without a country named in the role. */
    private Optional<String> affiliation(Cluster self, Role role) {
        for (int i = role.firstToken(); i < role.endToken(); i++) {
            Cluster other = nameOwner.get(i);
            if (other != null && other != self && other.type() == Type.ORGANIZATION && other.country().isEmpty()
                    && other.code().isPresent()) {
                return other.code();
            }
        }
        return Optional.empty();
    }

    static boolean isNationalOffice(Role role) {
        if (role.head().isEmpty()) return false;
        RoleEntry head = role.head().get();
        if (head.kind() != RoleEntry.Kind.LEADER && head.kind() != RoleEntry.Kind.TITLE) return false;
        String term = head.term();
        String last = term.substring(term.lastIndexOf(' ') + 1);
        if (Words.NOT_NATIONAL_OFFICES.contains(last)) return false;
        return head.kind() == RoleEntry.Kind.LEADER || Actor.STATE_SECTORS.contains(head.sector().substring(0, 3));
    }

    private boolean stateDescribed(Cluster c) {
        for (Mention m : c.mentions()) {
            if (m.form() == ActorMention.Form.DESCRIPTION && Descriptions.isStateRun(m.text(doc.text()))) return true;
        }
        return false;
    }

    /**
     * The article's dominant country: the one named most often (by name, demonym, people form, metonym or
     * context form; the first named among equals), provided it takes at least half of all such mentions.
     * An article about several countries has none.
     */
    static Optional<String> dominantCountry(Clusters clusters) {
        String best = null;
        int bestCount = 0;
        int bestFirst = Integer.MAX_VALUE;
        int total = 0;
        for (Cluster c : clusters.all()) {
            if (c.type() != Type.COUNTRY || c.country().isEmpty()) continue;
            int count = 0;
            for (Mention m : c.mentions()) {
                if (namesCountry(m)) count++;
            }
            total += count;
            int first = c.firstStart();
            if (count > bestCount || count == bestCount && first < bestFirst) {
                best = c.country().get();
                bestCount = count;
                bestFirst = first;
            }
        }
        return 2 * bestCount >= total ? Optional.ofNullable(best) : Optional.empty();
    }

    private static boolean namesCountry(Mention m) {
        return switch (m.form()) {
            case NAME, DEMONYM, PEOPLE, METONYM, CONTEXT -> true;
            default -> false;
        };
    }

    /** The country named most often in the sentence of the person's first name, when one leads. */
    private Optional<String> sentenceCountry(Cluster person) {
        Mention first = null;
        for (Mention m : person.sorted()) {
            if (m.isName()) {
                first = m;
                break;
            }
        }
        if (first == null) return Optional.empty();
        int sentence = doc.sentenceOf(first.firstToken());
        Map<String, Integer> counts = new HashMap<>();
        for (Cluster c : clusters.all()) {
            if (c.type() != Type.COUNTRY || c.country().isEmpty()) continue;
            for (Mention m : c.mentions()) {
                if (namesCountry(m) && doc.sentenceOf(m.firstToken()) == sentence) counts.merge(c.country().get(), 1, Integer::sum);
            }
        }
        return Counts.leader(counts).map(Map.Entry::getKey);
    }
}
