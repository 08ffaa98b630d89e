package org.wirescope.actors;

import java.util.ArrayList;
import java.util.List;
import org.wirescope.actors.Mention.Evidence;
import org.wirescope.model.Actor.Type;

/**
 * Retypes tagged names as news outlets when the words around them say so: "X, a news agency …",
 * "X news agency", "X state television", or "according to X" where X is a single word that names no
 * person elsewhere in the article. Names the gazetteer knows keep its reading.
 */
final class MediaCues {

    private MediaCues() {
    }

    static List<Mention> retype(Doc doc, Marks marks, Roles roles, List<Mention> names) {
        String text = doc.text();
        List<Mention> out = new ArrayList<>(names.size());
        for (Mention m : names) {
            boolean tagged = m.evidence() == Evidence.TAGGER
                    && (m.type() == Type.PERSON || m.type() == Type.ORGANIZATION);
            if (tagged && (mediaHeadFollows(doc, marks, m) || describedAsMedia(roles, m)
                    || relayedWithoutPerson(doc, m, names, text))) {
                out.add(m.withType(Type.MEDIA, Evidence.CONTEXT).withKey("N:" + Words.key(m.text(text)))
                        .withSector(java.util.Optional.of("MED")));
            } else {
                out.add(m);
            }
        }
        return out;
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
