package org.wirescope.actors;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirescope.actors.gazetteer.Gazetteer;
import org.wirescope.actors.gazetteer.MediaEntry;
import org.wirescope.model.Actor.Type;

/**
 * Makes a media description an alias of the one named outlet it fits: "state media" in an article whose
 * state outlet is the Korean Central News Agency is that agency. A description fits an outlet when their
 * countries agree (a description without a country word takes the article's dominant country), when a
 * "state" or "official" description meets a state-run outlet, and when its noun suits the outlet: "media"
 * and "outlet" suit any; "television", "TV", "broadcaster" need a broadcaster's name; "agency", "news
 * agency", "wire" an agency's. A description that fits no outlet, or several, is an outlet of its own
 * ("Iranian state television" beside the news agencies Tasnim and IRNA).
 */
final class OutletAliases {

    private static final Set<String> ANY = Set.of("media", "outlet", "outlets", "press");
    private static final Set<String> BROADCAST_HEADS = Set.of("television", "tv", "broadcaster", "channel", "network",
            "station", "radio");
    private static final Set<String> BROADCAST_NAMES = Set.of("television", "tv", "broadcasting", "broadcaster",
            "channel", "radio", "network");
    private static final Set<String> AGENCY_HEADS = Set.of("agency", "wire", "service", "newswire");
    private static final Set<String> AGENCY_NAMES = Set.of("agency", "news");

    private OutletAliases() {
    }

    static void apply(Gazetteer gazetteer, String text, Clusters clusters, Optional<String> dominant) {
        List<Cluster> outlets = new ArrayList<>();
        List<Cluster> described = new ArrayList<>();
        for (Cluster c : clusters.all()) {
            if (c.type() != Type.MEDIA) continue;
            (c.hasName() ? outlets : described).add(c);
        }
        for (Cluster d : described) {
            String words = Words.key(longestDescription(d, text));
            boolean state = Descriptions.isStateRun(words);
            Optional<String> country = d.country().or(() -> state ? dominant : Optional.empty());
            String head = words.substring(words.lastIndexOf(' ') + 1);
            Cluster only = null;
            int fitting = 0;
            for (Cluster o : outlets) {
                if (country.isPresent() && !country.equals(o.country())) continue;
                Optional<MediaEntry> entry = entry(gazetteer, o, text);
                if (state && !entry.map(MediaEntry::stateRun).orElse(false)) continue;
                if (!suits(head, o, entry, text)) continue;
                only = o;
                fitting++;
            }
            if (fitting == 1) clusters.merge(only, d);
        }
    }

    private static String longestDescription(Cluster c, String text) {
        String best = "";
        for (Mention m : c.mentions()) {
            String t = m.text(text);
            if (t.length() > best.length()) best = t;
        }
        return best;
    }

    private static Optional<MediaEntry> entry(Gazetteer gazetteer, Cluster outlet, String text) {
        for (Mention m : outlet.mentions()) {
            if (!m.isName()) continue;
            Optional<MediaEntry> e = gazetteer.media(m.text(text));
            if (e.isPresent()) return e;
        }
        return Optional.empty();
    }

    private static boolean suits(String head, Cluster outlet, Optional<MediaEntry> entry, String text) {
        if (ANY.contains(head)) return true;
        StringBuilder names = new StringBuilder();
        entry.ifPresent(e -> {
            names.append(e.name()).append(' ');
            e.aliases().forEach(a -> names.append(a).append(' '));
        });
        for (Mention m : outlet.mentions()) names.append(m.text(text)).append(' ');
        outlet.role().ifPresent(r -> names.append(r.text()));
        Set<String> words = new HashSet<>(Arrays.asList(Words.key(names.toString()).split("[^a-z0-9]+")));
        if (BROADCAST_HEADS.contains(head)) return words.stream().anyMatch(BROADCAST_NAMES::contains);
        if (AGENCY_HEADS.contains(head)) return words.stream().anyMatch(AGENCY_NAMES::contains);
        return false;
    }
}
