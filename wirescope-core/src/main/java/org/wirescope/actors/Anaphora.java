package org.wirescope.actors;

import java.util.ArrayList;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wirescope.actors.Salience.Standing;
import org.wirescope.model.Actor.Type;

/**
 * Resolves references to the actors named before them, in text order, so that a resolved pronoun can
 * itself be the antecedent of the next one.
 *
 * <ul>
 *   <li>Pronouns: he/she/him/her/his refer to a person whose gender, as far as the article tells it
 *       ({@link Genders}), agrees; it/its to an organisation, outlet or country;
 *       they/them/their to a group or a people ("the Americans"). Candidates are the compatible mentions
 *       of the same sentence (before the pronoun) and the three sentences before it. Each scores by
 *       recency (100 in the same sentence, halved for each sentence back) plus its standing (subject 80,
 *       object 50, oblique 40, possessive or other 30); a name that only premodifies a noun ("a US
 *       attack") is never an antecedent. A pronoun that is the subject of a verb of saying ("He added")
 *       gives 60 more to candidates that were speaking ("Shamkhani said", "quoted Araghchi as saying"):
 *       it usually continues the previous speaker. The best score wins; ties go to the nearer one.</li>
 *   <li>"it" (not "its") usually means a thing, so it is resolved only as a subject, and only to a
 *       subject of its own sentence ("Iran claimed that it …") or, when it is itself the subject of a
 *       verb of saying, of the sentence before.</li>
 *   <li>"the country", "the nation": the most recent country; "the agency", "the broadcaster": the most
 *       recent outlet (for "the agency", a government agency named since then wins: "the Department of
 *       Revenue Services … the agency"); "the president", "the US president": the person the article gives that role
 *       (and that country), the most recent one before it, else the first after it. A reference that
 *       finds nothing stays unresolved and is no mention of any actor.</li>
 * </ul>
 */
final class Anaphora {

    private static final int SENTENCES_BACK = 3;
    private static final Set<String> AGENCY_WORDS = Set.of("agency", "department", "administration", "bureau",
            "service", "services", "commission", "authority", "office", "directorate");

    private final Doc doc;
    private final Clusters clusters;
    private final Salience salience;
    private final List<Mention> known;
    private final Map<Mention, Standing> standings = new IdentityHashMap<>();
    private final Map<Cluster, Genders.Gender> genders = new IdentityHashMap<>();

    Anaphora(Doc doc, Clusters clusters, Salience salience) {
        this.doc = doc;
        this.clusters = clusters;
        this.salience = salience;
        this.known = new ArrayList<>(clusters.mentionsInOrder());
        for (Cluster c : clusters.all()) {
            if (c.type() == Type.PERSON) genders.put(c, Genders.of(doc, c));
        }
    }

    void resolve(List<Reference> references) {
        for (Reference r : references) {
            Optional<Cluster> target = switch (r.kind()) {
                case PERSON_PRONOUN, THING_PRONOUN, PLURAL_PRONOUN -> pronoun(r);
                case COUNTRY_NOUN -> mostRecent(r.mention(), Type.COUNTRY);
                case MEDIA_NOUN -> mostRecentOutlet(r);
                case TITLE -> holder(r);
            };
            if (target.isPresent()) {
                Genders.Gender said = Genders.ofPronoun(r.term());
                if (target.get().type() == Type.PERSON && genders.get(target.get()) == Genders.Gender.UNKNOWN) {
                    genders.put(target.get(), said);
                }
                Mention m = r.mention().withType(target.get().type(), r.mention().evidence());
                clusters.add(target.get(), m);
                insert(m);
            }
        }
    }

    private void insert(Mention m) {
        int at = known.size();
        while (at > 0 && known.get(at - 1).start() > m.start()) at--;
        known.add(at, m);
    }

    private Standing standing(Mention m) {
        return standings.computeIfAbsent(m, salience::standing);
    }

    // ---- pronouns

    private Optional<Cluster> pronoun(Reference r) {
        Mention p = r.mention();
        int sentence = doc.sentenceOf(p.firstToken());
        boolean speaking = r.kind() != Reference.Kind.PLURAL_PRONOUN && salience.speaks(p);
        if (r.isBareIt() && standing(p) != Standing.SUBJECT) return Optional.empty();
        Cluster best = null;
        int bestScore = -1;
        for (int k = known.size() - 1; k >= 0; k--) {
            Mention c = known.get(k);
            if (c.end() > p.start()) continue;
            int back = sentence - doc.sentenceOf(c.firstToken());
            if (back > SENTENCES_BACK) break;
            Optional<Cluster> owner = clusters.of(c);
            if (owner.isEmpty() || !fits(r, c, owner.get()) || !agrees(r, owner.get())) continue;
            Standing s = standing(c);
            if (s == Standing.MODIFIER) continue;
            if (r.isBareIt() && (s != Standing.SUBJECT || back > (speaking ? 1 : 0))) continue;
            int score = (100 >> back) + s.weight + (speaking && salience.speaks(c) ? 60 : 0);
            if (score > bestScore) {
                best = owner.get();
                bestScore = score;
            }
        }
        return Optional.ofNullable(best);
    }

    /** Whether a personal pronoun's gender agrees with what the article says of the person. */
    private boolean agrees(Reference r, Cluster person) {
        Genders.Gender said = Genders.ofPronoun(r.term());
        Genders.Gender known = genders.getOrDefault(person, Genders.Gender.UNKNOWN);
        return said == Genders.Gender.UNKNOWN || known == Genders.Gender.UNKNOWN || said == known;
    }

    private static boolean fits(Reference r, Mention c, Cluster owner) {
        Type t = owner.type();
        return switch (r.kind()) {
            case PERSON_PRONOUN -> t == Type.PERSON;
            case THING_PRONOUN -> (t == Type.ORGANIZATION || t == Type.MEDIA || t == Type.COUNTRY)
                    && c.form() != ActorMention.Form.PEOPLE;
            case PLURAL_PRONOUN -> t == Type.GROUP || c.form() == ActorMention.Form.PEOPLE;
            default -> false;
        };
    }

    // ---- definite noun phrases

    private Optional<Cluster> mostRecent(Mention ref, Type type) {
        for (int k = known.size() - 1; k >= 0; k--) {
            Mention c = known.get(k);
            if (c.end() > ref.start()) continue;
            Optional<Cluster> owner = clusters.of(c);
            if (owner.isPresent() && owner.get().type() == type) return owner;
        }
        return Optional.empty();
    }

    /** The most recent outlet; for "the agency", a government agency named more recently wins ("the Department of …"). */
    private Optional<Cluster> mostRecentOutlet(Reference r) {
        for (int k = known.size() - 1; k >= 0; k--) {
            Mention c = known.get(k);
            if (c.end() > r.mention().start()) continue;
            Optional<Cluster> owner = clusters.of(c);
            if (owner.isEmpty()) continue;
            if (owner.get().type() == Type.MEDIA) return owner;
            if (r.term().equals("agency") && owner.get().type() == Type.ORGANIZATION && c.isName()
                    && isAgencyName(c.text(doc.text()))) {
                return owner;
            }
        }
        return Optional.empty();
    }

    private static boolean isAgencyName(String name) {
        for (String w : Words.key(name).split(" ")) {
            if (AGENCY_WORDS.contains(w)) return true;
        }
        return false;
    }

    private Optional<Cluster> holder(Reference r) {
        Cluster before = null;
        int beforeAt = -1;
        Cluster after = null;
        int afterAt = Integer.MAX_VALUE;
        for (Cluster c : clusters.all()) {
            if (c.type() != Type.PERSON || c.role().isEmpty() || !holds(c.role().get(), r.term())) continue;
            if (r.country().isPresent() && !r.country().equals(c.country())) continue;
            for (Mention m : c.mentions()) {
                if (m.end() <= r.mention().start() && m.start() > beforeAt) {
                    before = c;
                    beforeAt = m.start();
                } else if (m.start() >= r.mention().end() && m.start() < afterAt) {
                    after = c;
                    afterAt = m.start();
                }
            }
        }
        return Optional.ofNullable(before != null ? before : after);
    }

    /** Whether a role's head is the title term, or ends in it ("parliament speaker" holds "speaker"). */
    private static boolean holds(Role role, String term) {
        return role.head().map(h -> h.term().equals(term) || h.term().endsWith(" " + term)).orElse(false);
    }
}
