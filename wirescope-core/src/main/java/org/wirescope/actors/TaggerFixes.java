package org.wirescope.actors;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.wirescope.actors.ActorMention.Form;
import org.wirescope.actors.Mention.Evidence;
import org.wirescope.model.Actor.Type;

/**
 * Mends two slips of the named-entity tagger that the rest of the article shows up:
 * <ul>
 *   <li>a person's name tagged as an organisation or a place ("Trump critic Mark Cuban" with "Trump" a
 *       LOCATION; "Governor Pence" an ORGANIZATION) is that person when it is, after any leading title,
 *       the full name, the surname or the East Asian family name of a person tagged elsewhere;</li>
 *   <li>a title tagged as an organisation right before a person's name ("U.S. Supreme Court Justice
 *       Antonin Scalia") is that person's title, not an organisation.</li>
 * </ul>
 * Names the gazetteer reads are never changed.
 */
final class TaggerFixes {

    private TaggerFixes() {
    }

    static List<Mention> apply(Doc doc, Marks marks, List<Mention> names) {
        Set<String> personForms = personForms(doc, names);
        List<Mention> out = new ArrayList<>(names.size());
        for (int k = 0; k < names.size(); k++) {
            Mention m = names.get(k);
            boolean tagged = m.evidence() == Evidence.TAGGER && (m.type() == Type.ORGANIZATION || m.type() == Type.LOCATION);
            if (!tagged) {
                out.add(m);
                continue;
            }
            Mention next = k + 1 < names.size() ? names.get(k + 1) : null;
            if (m.type() == Type.ORGANIZATION && next != null && next.type() == Type.PERSON && next.firstToken() == m.endToken()
                    && marks.isPersonRole(m.endToken() - 1)) {
                continue;
            }
            int first = m.firstToken();
            while (first < m.endToken() - 1 && marks.isPersonRole(first)) first++;
            String words = String.join(" ", PersonNames.words(doc.text(first, m.endToken())));
            if (personForms.contains(words)) {
                out.add(Mention.of(doc, first, m.endToken(), Form.NAME, Type.PERSON, Evidence.TAGGER, ""));
            } else {
                out.add(m);
            }
        }
        return out;
    }

    /** Full names of tagged persons with more than one word, their surnames and East Asian family names. */
    private static Set<String> personForms(Doc doc, List<Mention> names) {
        Set<String> forms = new HashSet<>();
        for (Mention m : names) {
            if (m.type() != Type.PERSON || m.evidence() != Evidence.TAGGER) continue;
            List<String> words = PersonNames.words(m.text(doc.text()));
            if (words.size() < 2) continue;
            forms.add(String.join(" ", words));
            forms.add(words.get(words.size() - 1));
            if (PersonNames.isFamilyFirst(words)) forms.add(words.get(0));
        }
        return forms;
    }
}
