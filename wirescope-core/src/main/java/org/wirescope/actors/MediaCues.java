package org.wirescope.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirescope.actors.Mention.Evidence;
import org.wirescope.model.Actor.Type;

/**
 * Retypes tagged names as news outlets when the words around them say so: "X, a news agency …",
 * "X news agency", "X state television", or "according to X" where X is a single word that names no
 * person elsewhere in the article; and tagged organisations or places whose name ends in a word only
 * outlets end in ("Dallas Morning News", "Cincinnati Enquirer"). Names the gazetteer knows keep its reading.
 */
final class MediaCues {

    private static final Set<String> NEWSPAPER_WORDS = Set.of("times", "post", "news", "journal", "tribune", "herald",
            "gazette", "enquirer", "inquirer", "chronicle", "telegraph", "courier", "dispatch", "examiner", "daily",
            "newsweek", "magazine", "tv", "television", "radio", "broadcasting", "newswire", "wire");

    private MediaCues() {
    }

    static List<Mention> retype(Doc doc, Marks marks, Roles roles, List<Mention> names) {
        String text = doc.text();
        List<Mention> out = new ArrayList<>(names.size());
        Set<String> outlets = new HashSet<>();
        for (Mention m : names) {
            boolean tagged = m.evidence() == Evidence.TAGGER
                    && (m.type() == Type.PERSON || m.type() == Type.ORGANIZATION);
            boolean tagger = m.evidence() == Evidence.TAGGER && m.type() != Type.PERSON && m.type() != Type.COUNTRY;
            if (tagged && (mediaHeadFollows(doc, marks, m) || describedAsMedia(roles, m)
                    || relayedWithoutPerson(doc, m, names, text)) || tagger && hasNewspaperName(doc, m)) {
                out.add(asOutlet(m, text));
                outlets.add(Words.key(m.text(text)));
            } else {
                out.add(m);
            }
        }
        // the same name elsewhere, without the cue, is the same outlet
        for (int k = 0; k < out.size(); k++) {
            Mention m = out.get(k);
            boolean tagged = m.evidence() == Evidence.TAGGER && (m.type() == Type.PERSON || m.type() == Type.ORGANIZATION);
            if (tagged && outlets.contains(Words.key(m.text(text)))) out.set(k, asOutlet(m, text));
        }
        return out;
    }

    private static Mention asOutlet(Mention m, String text) {
        return m.withType(Type.MEDIA, Evidence.CONTEXT).withKey("N:" + Words.key(m.text(text))).withSector(Optional.of("MED"));
    }

    /** "Dallas Morning News", "Cincinnati Enquirer", "The Post": a tagged name ending in a word only outlets end in. */
    private static boolean hasNewspaperName(Doc doc, Mention m) {
        String last = doc.word(m.endToken() - 1);
        return Words.isCapitalized(last) && NEWSPAPER_WORDS.contains(Words.lower(last));
    }

    /** "Fars news agency", "IRNA state television": a media head right after the name. */
    private static boolean mediaHeadFollows(Doc doc, Marks marks, Mention m) {
        int next = m.endToken();
        return next < doc.size() && doc.sameSentence(next, m.firstToken()) && marks.isMediaHead(next)
                && doc.token(next).start() - m.end() <= 1;
    }

    /** "Tasnim, a news agency affiliated with …". */
    private static boolean describedAsMedia(Roles roles, Mention m) {
        return roles.apposition(m.withType(Type.MEDIA, m.evidence())).isPresent();
    }

    /** "according to Tasnim", where "Tasnim" is one word and no longer person name in the article ends or starts with it. */
    private static boolean relayedWithoutPerson(Doc doc, Mention m, List<Mention> names, String text) {
        if (m.type() != Type.PERSON || m.endToken() - m.firstToken() != 1 || m.firstToken() < 2) return false;
        int to = m.firstToken() - 1;
        if (!doc.lower(to).equals("to") || !doc.lower(to - 1).equals("according")) return false;
        String word = Words.key(m.text(text));
        for (Mention other : names) {
            if (other.type() != Type.PERSON || other == m) continue;
            List<String> words = PersonNames.words(other.text(text));
            if (words.size() > 1 && (words.get(0).equals(word) || words.get(words.size() - 1).equals(word))) return false;
        }
        return true;
    }
}
