package org.wirescope.actors;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.wirescope.actors.ActorMention.Form;
import org.wirescope.actors.Mention.Evidence;
import org.wirescope.model.Actor.Type;

/**
 * Ties the names of one article into actors: the same gazetteer entry or the same written name is one
 * actor; person names by {@link PersonNames}; a parenthetical acronym ("Korean Central News Agency
 * (KCNA)") and any acronym spelling an organisation's initials are aliases of that organisation; and a
 * seat of power written in full and in part ("Islamic Revolutionary Guard Corps", "Revolutionary Guard
 * Corps") is one institution; and a one-word organisation or outlet name that is the first or last word
 * of exactly one longer such name in the article is its short form ("the Post" of "The Washington
 * Post"; "Hofstra" of "Hofstra University", the first word only before a generic word such as
 * "University" or "Foundation", so "Senate" is not "Senate Armed Services Committee").
 */
final class Linker {

    private static final Set<String> GENERIC_SUFFIXES = Set.of("university", "college", "institute", "foundation",
            "corporation", "corp", "corp.", "inc", "inc.", "group", "company", "co", "co.", "ltd", "ltd.", "holdings",
            "bank", "airlines", "motors");

    private final Doc doc;
    private final Clusters clusters;

    private Linker(Doc doc, Clusters clusters) {
        this.doc = doc;
        this.clusters = clusters;
    }

    static Clusters link(Doc doc, List<Mention> names) {
        Linker linker = new Linker(doc, new Clusters());
        linker.byKeyAndName(names);
        linker.acronyms(names);
        linker.seats();
        linker.shortOrganisationNames();
        return linker.clusters;
    }

    private void byKeyAndName(List<Mention> names) {
        Map<String, Cluster> byKey = new LinkedHashMap<>();
        List<Mention> persons = new ArrayList<>();
        for (Mention m : names) {
            if (m.type() == Type.PERSON && m.key().isEmpty()) {
                persons.add(m);
                continue;
            }
            Cluster c = byKey.get(m.key());
            if (c == null) byKey.put(m.key(), clusters.create(m));
            else clusters.add(c, m);
        }
        for (List<Mention> person : PersonNames.group(persons, doc.text())) {
            Cluster c = clusters.create(person.get(0));
            for (int k = 1; k < person.size(); k++) clusters.add(c, person.get(k));
        }
    }

    // ---- acronyms

    private void acronyms(List<Mention> names) {
        String text = doc.text();
        Map<String, Cluster> acronyms = new HashMap<>();
        for (Mention m : names) {
            int open = m.endToken();
            if (m.type() == Type.PERSON || open + 2 >= doc.size() || !doc.word(open).equals("(")
                    || !doc.word(open + 2).equals(")") || !Words.isAcronym(doc.word(open + 1))) {
                continue;
            }
            clusters.of(m).ifPresent(c -> acronyms.putIfAbsent(doc.word(open + 1), c));
        }
        for (Cluster c : List.copyOf(clusters.all())) {
            if (c.type() != Type.ORGANIZATION && c.type() != Type.MEDIA) continue;
            for (Mention m : c.mentions()) {
                String initials = initials(m.text(text));
                if (initials.length() >= 2) acronyms.putIfAbsent(initials, c);
            }
        }
        if (acronyms.isEmpty()) return;
        for (Mention m : names) {
            Cluster target = acronyms.get(m.text(text));
            if (target == null) continue;
            Optional<Cluster> own = clusters.of(m);
            if (own.isPresent() && own.get() != target && clusters.all().contains(target)
                    && compatible(target, own.get())) {
                clusters.merge(target, own.get());
            }
        }
        addUntaggedAcronyms(acronyms, names);
    }

    /** Acronym tokens the tagger and gazetteer left alone ("KCNA said") join the actor they abbreviate. */
    private void addUntaggedAcronyms(Map<String, Cluster> acronyms, List<Mention> names) {
        boolean[] named = new boolean[doc.size()];
        for (Mention m : names) {
            for (int i = m.firstToken(); i < m.endToken() && i < named.length; i++) named[i] = true;
        }
        for (int i = 0; i < doc.size(); i++) {
            Cluster c = acronyms.get(doc.word(i));
            if (named[i] || c == null || !clusters.all().contains(c) || !Words.isAcronym(doc.word(i))) continue;
            Mention m = Mention.of(doc, i, i + 1, Form.NAME, c.type(), Evidence.CONTEXT, c.key());
            clusters.add(c, m);
        }
    }

    /** The capitals of a name's words, skipping "of", "the", "and", "for": "Korean Central News Agency" → KCNA. */
    static String initials(String name) {
        String[] words = Words.fold(name).split(" ");
        if (words.length < 2) return "";
        StringBuilder b = new StringBuilder();
        for (String w : words) {
            if (w.isEmpty()) continue;
            String lw = Words.lower(w);
            if (lw.equals("of") || lw.equals("the") || lw.equals("and") || lw.equals("for")) continue;
            if (!Character.isUpperCase(w.charAt(0))) return "";
            b.append(w.charAt(0));
        }
        return b.toString();
    }

    /** Whether two clusters may be one actor: not two different gazetteer organisations or outlets, not a person and a thing. */
    private static boolean compatible(Cluster a, Cluster b) {
        if ((a.type() == Type.PERSON) != (b.type() == Type.PERSON)) return false;
        if (a.type() == Type.COUNTRY || b.type() == Type.COUNTRY) return false;
        String ka = a.key();
        String kb = b.key();
        boolean fixedA = ka.startsWith("O:") || ka.startsWith("M:");
        boolean fixedB = kb.startsWith("O:") || kb.startsWith("M:");
        return !(fixedA && fixedB && !ka.equals(kb));
    }

    // ---- seats of power written in full and in part

    private void seats() {
        List<Cluster> seats = new ArrayList<>();
        for (Cluster c : clusters.all()) {
            if (c.key().startsWith("S:")) seats.add(c);
        }
        for (int i = 0; i < seats.size(); i++) {
            for (int j = i + 1; j < seats.size(); j++) {
                Cluster a = seats.get(i);
                Cluster b = seats.get(j);
                if (!clusters.all().contains(a) || !clusters.all().contains(b) || !a.country().equals(b.country())) continue;
                String na = a.key().substring(a.key().indexOf(':', 2) + 1);
                String nb = b.key().substring(b.key().indexOf(':', 2) + 1);
                if (containsWords(na, nb) || containsWords(nb, na)) clusters.merge(a, b);
            }
        }
    }

    private void shortOrganisationNames() {
        String text = doc.text();
        for (Cluster single : List.copyOf(clusters.all())) {
            if (!isOrganisation(single) || single.key().startsWith("O:") || single.key().startsWith("M:")) continue;
            String word = null;
            boolean oneWord = true;
            for (Mention m : single.mentions()) {
                List<String> words = PersonNames.words(CanonicalNames.clean(m.text(text)));
                oneWord &= words.size() == 1 && (word == null || word.equals(words.get(0)));
                if (!words.isEmpty()) word = words.get(0);
            }
            if (!oneWord || word == null) continue;
            Cluster only = null;
            int count = 0;
            for (Cluster other : clusters.all()) {
                if (other == single || !isOrganisation(other)) continue;
                for (Mention m : other.mentions()) {
                    List<String> words = PersonNames.words(CanonicalNames.clean(m.text(text)));
                    String last = words.get(words.size() - 1);
                    boolean firstWord = words.size() > 1 && words.get(0).equals(word) && GENERIC_SUFFIXES.contains(last);
                    if (words.size() > 1 && (firstWord || last.equals(word))) {
                        if (only != other) count++;
                        only = other;
                        break;
                    }
                }
            }
            if (count == 1) clusters.merge(only, single);
        }
    }

    private static boolean isOrganisation(Cluster c) {
        return c.type() == Type.ORGANIZATION || c.type() == Type.MEDIA;
    }

    private static boolean containsWords(String longer, String shorter) {
        return shorter.contains(" ") && (" " + longer + " ").contains(" " + shorter + " ");
    }
}
