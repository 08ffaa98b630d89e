package org.wirescope.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.wirescope.actors.ActorMention.Form;
import org.wirescope.actors.Mention.Evidence;
import org.wirescope.actors.gazetteer.Gazetteer;
import org.wirescope.actors.gazetteer.Match;
import org.wirescope.actors.gazetteer.RoleEntry;
import org.wirescope.model.Actor.Type;

/** Finds the pronouns, "the country", "the agency" and "the president" forms of an article. */
final class References {

    /** The nouns that, after "the", refer back to an outlet ("the agency", "the broadcaster", "the daily"). */
    private static final Set<String> OUTLET_NOUNS = Set.of("agency", "broadcaster", "newspaper", "paper", "daily",
            "outlet", "network", "channel", "station", "wire", "service", "newswire", "tabloid", "magazine", "weekly",
            "publication", "website", "broadsheet");

    private final Gazetteer gazetteer;
    private final Doc doc;
    private final Marks marks;
    private final boolean[] taken;

    /** @param taken tokens that cannot start a reference: inside a name, a description or a "the" form the gazetteer read */
    References(Gazetteer gazetteer, Doc doc, Marks marks, boolean[] taken) {
        this.gazetteer = gazetteer;
        this.doc = doc;
        this.marks = marks;
        this.taken = taken;
    }

    List<Reference> find() {
        List<Reference> out = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            if (taken[i]) continue;
            Optional<Reference> r = pronoun(i);
            if (r.isEmpty() && doc.lower(i).equals("the")) r = definite(i);
            if (r.isPresent()) {
                out.add(r.get());
                i = r.get().mention().endToken() - 1;
            }
        }
        return out;
    }

    private Optional<Reference> pronoun(int i) {
        String w = doc.lower(i);
        Reference.Kind kind;
        if (Words.PERSON_PRONOUNS.contains(w)) kind = Reference.Kind.PERSON_PRONOUN;
        else if (Words.THING_PRONOUNS.contains(w)) kind = Reference.Kind.THING_PRONOUN;
        else if (Words.PLURAL_PRONOUNS.contains(w)) kind = Reference.Kind.PLURAL_PRONOUN;
        else return Optional.empty();
        String pos = doc.pos(i);
        if (!pos.startsWith("PRP") && !pos.isEmpty() && !pos.equals("NN") && !pos.equals("NNP")) return Optional.empty();
        Type type = switch (kind) {
            case PERSON_PRONOUN -> Type.PERSON;
            case PLURAL_PRONOUN -> Type.GROUP;
            default -> Type.ORGANIZATION;
        };
        return Optional.of(new Reference(Mention.of(doc, i, i + 1, Form.PRONOUN, type, Evidence.CONTEXT, ""), kind, w,
                Optional.empty()));
    }

    /** "the country", "the agency", "the president", "the US president", starting at "the". */
    private Optional<Reference> definite(int the) {
        int i = the + 1;
        if (i >= doc.size() || !doc.sameSentence(i, the)) return Optional.empty();
        String w = doc.lower(i);
        if ((w.equals("country") || w.equals("nation")) && endsPhrase(i + 1, the)) {
            return Optional.of(reference(the, i + 1, Form.ANAPHOR, Type.COUNTRY, Reference.Kind.COUNTRY_NOUN, w,
                    Optional.empty()));
        }
        Optional<String> country = Optional.empty();
        if (marks.isCountryWord(i)) {
            country = marks.countryAt(i);
            i = marks.endOf(i);
        }
        int head = i;
        while (head < doc.size() && doc.sameSentence(head, the) && doc.pos(head).startsWith("JJ") && !marks.is(head, Match.Kind.ROLE)
                && !marks.isMediaHead(head)) {
            head++;
        }
        if (head >= doc.size() || !doc.sameSentence(head, the)) return Optional.empty();
        if (marks.is(head, Match.Kind.ROLE) && marks.firstOf(head) == head) {
            Optional<RoleEntry> role = marks.role(head);
            int end = marks.endOf(head);
            if (role.isPresent() && (role.get().kind() == RoleEntry.Kind.LEADER || role.get().kind() == RoleEntry.Kind.TITLE)
                    && endsPhrase(end, the) && !doc.pos(end - 1).endsWith("S")) {
                return Optional.of(reference(the, end, Form.TITLE, Type.PERSON, Reference.Kind.TITLE, role.get().term(),
                        country));
            }
            return Optional.empty();
        }
        if (country.isEmpty()) {
            int end = marks.isMediaHead(head) ? marks.endOf(head) : head + 1;
            String noun = Words.key(doc.text(head, end));
            String last = noun.substring(noun.lastIndexOf(' ') + 1);
            if (OUTLET_NOUNS.contains(last) && gazetteer.isMediaHead(noun) && endsPhrase(end, the)
                    && !Descriptions.isStateRun(doc.text(the, end))) {
                return Optional.of(reference(the, end, Form.ANAPHOR, Type.MEDIA, Reference.Kind.MEDIA_NOUN, last,
                        Optional.empty()));
            }
        }
        return Optional.empty();
    }

    /** Whether a noun phrase ends before token {@code next}: no further noun or name follows. */
    private boolean endsPhrase(int next, int start) {
        if (next >= doc.size() || !doc.sameSentence(next, start)) return true;
        if (doc.isPossessiveMarker(next)) return true;
        return !doc.isNoun(next) && !doc.isCapitalized(next) || doc.isPunctuation(next);
    }

    private Reference reference(int from, int to, Form form, Type type, Reference.Kind kind, String term,
            Optional<String> country) {
        for (int k = from; k < to; k++) taken[k] = true;
        return new Reference(Mention.of(doc, from, to, form, type, Evidence.CONTEXT, ""), kind, term, country);
    }
}
