package org.wirescope.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.wirescope.actors.gazetteer.Gazetteer;
import org.wirescope.actors.gazetteer.Match;
import org.wirescope.model.Actor;
import org.wirescope.model.Actor.Type;
import org.wirescope.model.Annotated;
import org.wirescope.model.TextSpan;

/** One run of the actor stage over one article: every step in order, and the actors put together at the end. */
final class Resolver {

    private final Gazetteer gazetteer;
    private final Doc doc;

    Resolver(Gazetteer gazetteer, Annotated annotated) {
        this.gazetteer = gazetteer;
        this.doc = Doc.of(annotated);
    }

    Resolution run() {
        if (doc.size() == 0) return new Resolution(List.of(), List.of());
        List<Match> matches = Stances.without(gazetteer.findAll(doc.text()), doc.text());
        Marks marks = Marks.of(gazetteer, doc, matches);
        List<Mention> names = NameMentions.find(gazetteer, doc, matches);
        Mention[] nameAt = new Mention[doc.size()];
        index(names, nameAt);
        Roles roles = new Roles(gazetteer, doc, marks, nameAt);
        names = TaggerFixes.apply(doc, marks, names);
        index(names, nameAt);
        names = MediaCues.retype(doc, marks, roles, names);
        index(names, nameAt);

        Clusters clusters = Linker.link(doc, names);
        boolean[] inRole = assignRoles(clusters, roles);
        addDescriptions(clusters, new Descriptions(doc, marks, nameAt, inRole).find());
        OutletAliases.apply(gazetteer, doc.text(), clusters, Attributes.dominantCountry(clusters));

        Attributes attributes = new Attributes(gazetteer, doc, marks, clusters);
        attributes.infer();
        List<Reference> references = new References(gazetteer, doc, marks, taken(clusters)).find();
        new Anaphora(doc, clusters, new Salience(doc)).resolve(references);
        attributes.codes();
        return assemble(clusters);
    }

    private static void index(List<Mention> names, Mention[] nameAt) {
        Arrays.fill(nameAt, null);
        for (Mention m : names) {
            for (int i = m.firstToken(); i < m.endToken() && i < nameAt.length; i++) nameAt[i] = m;
        }
    }

    /** Gives each named person, outlet and organisation the first role the text gives it; marks the role's tokens. */
    private boolean[] assignRoles(Clusters clusters, Roles roles) {
        boolean[] inRole = new boolean[doc.size()];
        for (Cluster c : clusters.all()) {
            if (c.type() != Type.PERSON && c.type() != Type.MEDIA && c.type() != Type.ORGANIZATION) continue;
            for (Mention m : c.sorted()) {
                if (!m.isName()) continue;
                Optional<Role> role = roles.of(m.withType(c.type(), m.evidence()));
                if (role.isEmpty()) continue;
                for (int i = role.get().firstToken(); i < role.get().endToken(); i++) inRole[i] = true;
                if (c.role().isEmpty()) c.role(role.get());
            }
        }
        return inRole;
    }

    private static void addDescriptions(Clusters clusters, List<Mention> descriptions) {
        Map<String, Cluster> byKey = new HashMap<>();
        for (Cluster c : clusters.all()) byKey.putIfAbsent(c.key(), c);
        for (Mention d : descriptions) {
            Cluster c = byKey.get(d.key());
            if (c == null) byKey.put(d.key(), clusters.create(d));
            else clusters.add(c, d);
        }
    }

    /** Tokens that cannot start a reference: names and descriptions, except country names and demonyms ("the US president"). */
    private boolean[] taken(Clusters clusters) {
        boolean[] taken = new boolean[doc.size()];
        for (Cluster c : clusters.all()) {
            for (Mention m : c.mentions()) {
                boolean countryWord = c.type() == Type.COUNTRY
                        && (m.form() == ActorMention.Form.NAME || m.form() == ActorMention.Form.DEMONYM);
                if (countryWord) continue;
                for (int i = m.firstToken(); i < m.endToken(); i++) taken[i] = true;
            }
        }
        return taken;
    }

    private Resolution assemble(Clusters clusters) {
        String text = doc.text();
        CanonicalNames names = new CanonicalNames(gazetteer, text, doc.annotated().article().captions());
        List<Cluster> ordered = new ArrayList<>(clusters.all());
        ordered.sort((a, b) -> Integer.compare(a.firstStart(), b.firstStart()));
        Map<Type, Integer> counters = new EnumMap<>(Type.class);
        List<Actor> actors = new ArrayList<>(ordered.size());
        List<ActorMention> mentions = new ArrayList<>();
        for (Cluster c : ordered) {
            String id = prefix(c.type()) + counters.merge(c.type(), 1, Integer::sum);
            List<TextSpan> spans = new ArrayList<>();
            int lastStart = -1;
            int lastEnd = -1;
            for (Mention m : c.sorted()) {
                if (m.start() == lastStart && m.end() == lastEnd) continue;
                lastStart = m.start();
                lastEnd = m.end();
                TextSpan span = new TextSpan(m.start(), m.end(), text.substring(m.start(), m.end()));
                spans.add(span);
                Optional<String> sector = m.form() == ActorMention.Form.METONYM ? m.sector() : Optional.empty();
                mentions.add(new ActorMention(id, span, m.form(), sector));
            }
            actors.add(new Actor(id, names.of(c), c.type(), c.country(), c.sector(), c.code(),
                    c.role().map(Role::text), spans));
        }
        mentions.sort((a, b) -> a.span().start() != b.span().start() ? Integer.compare(a.span().start(), b.span().start())
                : Integer.compare(a.span().end(), b.span().end()));
        return new Resolution(actors, mentions);
    }

    private static String prefix(Type type) {
        return switch (type) {
            case PERSON -> "p";
            case ORGANIZATION -> "o";
            case MEDIA -> "m";
            case COUNTRY -> "c";
            case LOCATION -> "l";
            case GROUP -> "g";
        };
    }
}
