package org.wirescope.actors;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wirescope.actors.gazetteer.RoleEntry;
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
 *       Khamenei" → Khamenei's country;</li>
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
 * (IGOUNO); otherwise country and sector run together (IRNLEG), the country alone when the sector is
 * unknown, and none without a country (an outlet without one is MED).
 */
final class Attributes {

    private static final Set<String> NATIONAL_SECTORS = Set.of("GOV", "LEG", "JUD", "MIL", "SPY", "COP");

    private final Doc doc;
    private final Marks marks;
    private final Clusters clusters;
    private final Optional<String> dominant;
    private final Map<Integer, Cluster> nameOwner = new HashMap<>();

    Attributes(Doc doc, Marks marks, Clusters clusters) {
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
            if (c.country().isPresent()) continue;
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

    /** Rules 1 to 3, repeated so that an adviser can take the country of the person he advises. */
    private void fromRoles() {
        for (int pass = 0; pass < 3; pass++) {
            for (Cluster c : clusters.all()) {
                if (c.role().isEmpty() || c.type() == Type.COUNTRY) continue;
                if (c.type() == Type.PERSON && c.sector().isEmpty()) c.sector(c.role().get().sector());
                if (c.country().isEmpty()) c.country(fromRole(c, c.role().get()));
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
        if (c.country().isPresent()) return Optional.of(c.country().get() + c.sector().orElse(""));
        if (c.type() == Type.MEDIA) return Optional.of("MED");
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

    static boolean isNationalOffice(Role role) {
        if (role.head().isEmpty()) return false;
        RoleEntry head = role.head().get();
        if (head.kind() != RoleEntry.Kind.LEADER && head.kind() != RoleEntry.Kind.TITLE) return false;
        String term = head.term();
        String last = term.substring(term.lastIndexOf(' ') + 1);
        if (Words.NOT_NATIONAL_OFFICES.contains(last)) return false;
        return head.kind() == RoleEntry.Kind.LEADER || NATIONAL_SECTORS.contains(head.sector().substring(0, 3));
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
        String best = null;
        int bestCount = 0;
        boolean tie = false;
        for (Map.Entry<String, Integer> e : counts.entrySet()) {
            if (e.getValue() > bestCount) {
                best = e.getKey();
                bestCount = e.getValue();
                tie = false;
            } else if (e.getValue() == bestCount) {
                tie = true;
            }
        }
        return tie ? Optional.empty() : Optional.ofNullable(best);
    }
}
