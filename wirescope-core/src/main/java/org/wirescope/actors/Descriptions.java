package org.wirescope.actors;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.wirescope.actors.ActorMention.Form;
import org.wirescope.actors.Mention.Evidence;
import org.wirescope.actors.gazetteer.Match;
import org.wirescope.actors.gazetteer.RoleEntry;
import org.wirescope.model.Actor.Type;

/**
 * Finds actors the text describes without naming them.
 *
 * <ul>
 *   <li>Groups: a plural role noun tied to a country or an organisation ("Iranian officials", "US
 *       lawmakers", "IRGC commanders", "North Korean troops") is a GROUP actor. A role noun with nothing
 *       to tie it ("officials", "experts", "some observers", "sources") is not an actor: it cannot be
 *       coded, and the quotes stage keeps its words as an unnamed speaker.</li>
 *   <li>Institutions: a singular institution noun tied to a country ("the Iranian government", "Iran's
 *       foreign ministry") is an ORGANIZATION with that country and the noun's sector.</li>
 *   <li>Outlets: a media description that is neither part of a name ("IRNA news agency") nor an
 *       apposition ("Tasnim, a news agency …") — "state media", "Iranian state television" — is a MEDIA
 *       mention; {@link OutletAliases} makes it an alias of the one outlet in the article it fits, or an
 *       outlet of its own.</li>
 * </ul>
 */
final class Descriptions {

    private final Doc doc;
    private final Marks marks;
    private final Mention[] nameAt;
    private final boolean[] inRole;

    Descriptions(Doc doc, Marks marks, Mention[] nameAt, boolean[] inRole) {
        this.doc = doc;
        this.marks = marks;
        this.nameAt = nameAt;
        this.inRole = inRole;
    }

    List<Mention> find() {
        List<Mention> out = new ArrayList<>();
        for (int i = 0; i < doc.size(); i++) {
            Optional<Mention> found = Optional.empty();
            if (startsTie(i)) found = group(i);
            if (found.isEmpty() && marks.isMediaHead(i) && marks.firstOf(i) == i) found = outlet(i);
            if (found.isPresent()) {
                out.add(found.get());
                i = found.get().endToken() - 1;
            }
        }
        return out;
    }

    // ---- groups and institutions

    /** Whether a country word or an organisation's name starts at token {@code i}. */
    private boolean startsTie(int i) {
        if (marks.isCountryWord(i) && marks.firstOf(i) == i) return true;
        Mention n = nameAt[i];
        return n != null && n.firstToken() == i && (n.type() == Type.ORGANIZATION || n.type() == Type.MEDIA);
    }

    private Optional<Mention> group(int start) {
        Mention org = nameAt[start];
        boolean byOrg = org != null && org.type() != Type.COUNTRY;
        Optional<String> country = byOrg ? org.country() : marks.countryAt(start);
        int i = byOrg ? org.endToken() : marks.endOf(start);
        if (i < doc.size() && doc.isPossessiveMarker(i)) i++;
        int headStart = -1;
        int headEnd = -1;
        while (i < doc.size() && doc.sameSentence(i, start)) {
            if (marks.is(i, Match.Kind.ROLE)) {
                headStart = marks.firstOf(i);
                headEnd = marks.endOf(i);
                i = headEnd;
                continue;
            }
            if (i == (byOrg ? org.endToken() : marks.endOf(start)) && doc.word(i).equals("-") && doc.lower(i + 1).equals("led")) {
                i += 2; // "Vietnamese-led forces" are Vietnam's
                continue;
            }
            String pos = doc.pos(i);
            boolean modifier = pos.startsWith("JJ") || pos.equals("VBN") || Words.TITLE_MODIFIERS.contains(doc.lower(i));
            if (doc.isCapitalized(i) || !modifier) break;
            i++;
        }
        if (headEnd < 0 || headEnd != i || (i < doc.size() && doc.sameSentence(i, start) && doc.isNoun(i))) return Optional.empty();
        Optional<RoleEntry> role = marks.role(headStart);
        if (role.isEmpty()) return Optional.empty();
        RoleEntry r = role.get();
        if (r.sector().equals("PPL") || r.sector().equals("MED")) return Optional.empty();
        String headWords = Words.key(doc.text(headStart, headEnd));
        boolean plural = doc.pos(headEnd - 1).endsWith("S") || r.plurals().stream().anyMatch(p -> Words.key(p).equals(headWords));
        boolean collective = r.kind() == RoleEntry.Kind.GROUP;
        if (!plural && !collective) return Optional.empty();
        Type type = plural ? Type.GROUP : Type.ORGANIZATION;
        String tie = byOrg ? org.key() : "C:" + country.orElse("");
        String key = (plural ? "G:" : "I:") + tie + ":" + r.term();
        Mention m = Mention.of(doc, start, headEnd, Form.DESCRIPTION, type, Evidence.CONTEXT, key)
                .withCountry(country).withSector(Optional.of(r.sector()))
                .withCode(byOrg && country.isEmpty() ? org.code() : Optional.empty()); // "UN peacekeepers": the UN's code
        return Optional.of(m);
    }

    // ---- outlets described, not named

    private Optional<Mention> outlet(int head) {
        int end = marks.endOf(head);
        if (inRole[head]) return Optional.empty();
        Mention before = head > 0 ? nameAt[head - 1] : null;
        if (before != null && before.type() != Type.COUNTRY && doc.sameSentence(head - 1, head)) return Optional.empty();
        if (end < doc.size() && nameAt[end] != null && doc.sameSentence(end, head)) return Optional.empty();
        int start = head;
        Optional<String> country = Optional.empty();
        int prev = head - 1;
        if (prev >= 0 && doc.isPossessiveMarker(prev)) prev--;
        if (prev >= 0 && doc.sameSentence(prev, head) && marks.isCountryWord(prev)) {
            start = marks.firstOf(prev);
            country = marks.countryAt(prev);
        } else if (prev >= 0 && doc.lower(prev).equals("the") && !isStateRun(doc.text(head, end))) {
            return Optional.empty(); // "the news agency": a reference back, not a new outlet
        }
        String words = Words.key(doc.text(head, end));
        if (country.isEmpty() && !isStateRun(words)) return Optional.empty(); // "newspapers", "the press": nobody in particular
        Mention m = Mention.of(doc, start, end, Form.DESCRIPTION, Type.MEDIA, Evidence.CONTEXT,
                "D:" + country.orElse("") + ":" + words).withCountry(country).withSector(Optional.of("MED"));
        return Optional.of(m);
    }

    /** Whether a media description says the outlet is the state's: "state media", "official news agency". */
    static boolean isStateRun(String description) {
        String d = Words.lower(description);
        return d.contains("state") || d.contains("official") || d.contains("government");
    }
}
