package org.wirescope.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.wirescope.actors.Mention.Evidence;
import org.wirescope.model.Actor.Type;

/**
 * One actor while an article is being resolved: its mentions and what they say about it. Mutable, and
 * never shared beyond one call of the stage.
 */
final class Cluster {

    private final List<Mention> mentions = new ArrayList<>();
    private Type type;
    private Evidence evidence;
    private Optional<String> country = Optional.empty();
    private Optional<String> sector = Optional.empty();
    private Optional<String> code = Optional.empty();
    private Optional<Role> role = Optional.empty();

    Cluster(Mention first) {
        this.type = first.type();
        this.evidence = first.evidence();
        add(first);
    }

    void add(Mention m) {
        mentions.add(m);
        if (m.form() == ActorMention.Form.PRONOUN || m.form() == ActorMention.Form.ANAPHOR
                || m.form() == ActorMention.Form.TITLE) {
            return;
        }
        if (m.evidence().compareTo(evidence) > 0) {
            type = m.type();
            evidence = m.evidence();
        }
        boolean fromGazetteer = m.evidence() == Evidence.GAZETTEER;
        if (m.country().isPresent() && (country.isEmpty() || fromGazetteer)) country = m.country();
        if (m.code().isPresent() && (code.isEmpty() || fromGazetteer)) code = m.code();
        if (m.sector().isPresent() && sector.isEmpty() && m.form() != ActorMention.Form.METONYM) sector = m.sector();
    }

    /** Takes every mention of {@code other}. */
    void absorb(Cluster other) {
        for (Mention m : other.mentions) add(m);
        if (role.isEmpty()) role = other.role;
    }

    List<Mention> mentions() {
        return mentions;
    }

    /** The mentions sorted by position. */
    List<Mention> sorted() {
        List<Mention> s = new ArrayList<>(mentions);
        s.sort(Comparator.comparingInt(Mention::start).thenComparingInt(Mention::end));
        return s;
    }

    int firstStart() {
        int min = Integer.MAX_VALUE;
        for (Mention m : mentions) min = Math.min(min, m.start());
        return min;
    }

    Type type() {
        return type;
    }

    Evidence evidence() {
        return evidence;
    }

    Optional<String> country() {
        return country;
    }

    void country(Optional<String> c) {
        country = c;
    }

    Optional<String> sector() {
        return sector;
    }

    void sector(Optional<String> s) {
        sector = s;
    }

    Optional<String> code() {
        return code;
    }

    void code(Optional<String> c) {
        code = c;
    }

    Optional<Role> role() {
        return role;
    }

    void role(Role r) {
        role = Optional.of(r);
    }

    /** The key of its first keyed mention, or empty. */
    String key() {
        for (Mention m : mentions) {
            if (!m.key().isEmpty()) return m.key();
        }
        return "";
    }

    boolean hasName() {
        for (Mention m : mentions) {
            if (m.isName()) return true;
        }
        return false;
    }
}
