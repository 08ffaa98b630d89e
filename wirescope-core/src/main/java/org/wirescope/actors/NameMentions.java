package org.wirescope.actors;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.wirescope.actors.ActorMention.Form;
import org.wirescope.actors.Mention.Evidence;
import org.wirescope.actors.gazetteer.CountryEntry;
import org.wirescope.actors.gazetteer.Gazetteer;
import org.wirescope.actors.gazetteer.Match;
import org.wirescope.actors.gazetteer.MediaEntry;
import org.wirescope.actors.gazetteer.Metonym;
import org.wirescope.actors.gazetteer.OrgEntry;
import org.wirescope.actors.gazetteer.RegionEntry;
import org.wirescope.model.Actor.Type;
import org.wirescope.model.EntityMention;

/**
 * Finds the names in an article: gazetteer matches and named-entity spans, merged so that no two overlap.
 *
 * <p>Where both read the same words the gazetteer decides the type ("Tasnim" tagged PERSON is the news
 * agency; "Washington" tagged LOCATION is the United States' government). A tagged name longer than the
 * gazetteer forms inside it stays one name ("Jordan Peterson" is a person, not Jordan); a tagged
 * organisation made of a demonym and a known institution ("Iranian Revolutionary Guard Corps") is that
 * institution under its longer name.
 */
final class NameMentions {

    private final Gazetteer gazetteer;
    private final Doc doc;

    private NameMentions(Gazetteer gazetteer, Doc doc) {
        this.gazetteer = gazetteer;
        this.doc = doc;
    }

    /** The names in {@code doc}, in text order and without overlaps. */
    static List<Mention> find(Gazetteer gazetteer, Doc doc, List<Match> matches) {
        return new NameMentions(gazetteer, doc).find(matches);
    }

    private List<Mention> find(List<Match> all) {
        if (doc.size() == 0) return List.of();
        List<Mention> fromGazetteer = fromMatches(all);
        boolean[] dropped = new boolean[fromGazetteer.size()];
        List<Mention> out = new ArrayList<>();
        for (EntityMention e : doc.annotated().entities()) {
            fromEntity(e, fromGazetteer, dropped).ifPresent(out::add);
        }
        for (int k = 0; k < fromGazetteer.size(); k++) {
            if (!dropped[k]) out.add(fromGazetteer.get(k));
        }
        out.sort(Comparator.comparingInt(Mention::start));
        return out;
    }

    // ---- named-entity spans

    private Optional<Mention> fromEntity(EntityMention e, List<Mention> gaz, boolean[] dropped) {
        if (e.endToken() <= e.firstToken() || e.end() <= e.start()) return Optional.empty();
        List<Integer> inside = new ArrayList<>();
        for (int k = 0; k < gaz.size(); k++) {
            Mention g = gaz.get(k);
            if (g.end() <= e.start() || g.start() >= e.end()) continue;
            if (g.start() <= e.start() && g.end() >= e.end()) return Optional.empty(); // the gazetteer reads it all
            if (g.start() < e.start() || g.end() > e.end()) return Optional.empty(); // crossing: keep the gazetteer's
            inside.add(k);
        }
        String type = e.type();
        int first = e.firstToken();
        int end = e.endToken();
        for (int i = first + 1; i < end; i++) {
            if (doc.word(i).equals("(")) end = i;
        }
        while (end > first + 1 && (doc.isPossessiveMarker(end - 1) || doc.isPunctuation(end - 1))) end--;
        while (end - first > 1 && (doc.lower(first).equals("the")
                || !doc.isCapitalized(first) && !doc.pos(first).startsWith("NNP") && !doc.pos(first).equals("FW"))) {
            first++; // "invite Gennifer Flowers", "The Post"
        }
        if (inside.isEmpty()) return tagged(type, first, end);
        if (type.equals("PERSON")) {
            inside.forEach(k -> dropped[k] = true);
            return tagged(type, first, end);
        }
        if (!type.equals("ORGANIZATION")) return Optional.empty();
        int from = first;
        int to = end;
        inside.removeIf(k -> gaz.get(k).firstToken() >= to); // "Hizbollah (Party of God": the alias in brackets stays its own
        if (inside.isEmpty()) return tagged(type, first, end);
        if (inside.size() == 1) {
            Mention g = gaz.get(inside.get(0));
            if (g.key().startsWith("O:") && g.endToken() == to && onlyModifiers(from, g.firstToken())) {
                return Optional.empty(); // "pro-Iranian Hizbollah" is Hizbollah
            }
        }
        Mention institution = null;
        String country = null;
        int covered = 0;
        for (int k : inside) {
            Mention g = gaz.get(k);
            covered += g.end() - g.start();
            if (g.type() == Type.COUNTRY) {
                if (country == null) country = g.country().orElse(null);
            } else if ((g.type() == Type.ORGANIZATION || g.type() == Type.MEDIA) && institution == null) {
                institution = g;
            } else {
                institution = null;
                covered = -1;
                break;
            }
        }
        inside.forEach(k -> dropped[k] = true);
        Mention span = Mention.of(doc, first, end, Form.NAME, Type.ORGANIZATION, Evidence.TAGGER,
                "N:" + Words.key(doc.text(first, end)));
        int spaces = inside.size() - 1;
        if (institution != null && covered + spaces >= span.end() - span.start()) {
            return Optional.of(new Mention(span.start(), span.end(), first, end, Form.NAME, institution.type(),
                    institution.evidence(), institution.key(), institution.country(), institution.sector(),
                    institution.code()));
        }
        if (institution != null && institution.firstToken() == first && institution.key().startsWith("O:")
                && institution.country().isEmpty() && country == null) {
            return Optional.of(span.withCode(institution.code())); // "United Nations Emergency Relief Coordinator": a UN body
        }
        return Optional.of(span.withCountry(Optional.ofNullable(country)));
    }

    /** Whether tokens {@code [from, to)} only say whose or which: country words, punctuation, lower-case words. */
    private boolean onlyModifiers(int from, int to) {
        for (int i = from; i < to; i++) {
            String w = doc.word(i);
            boolean modifier = doc.isPunctuation(i) || !doc.isCapitalized(i) || gazetteer.demonym(w).isPresent()
                    || gazetteer.country(w).isPresent();
            if (!modifier) return false;
        }
        return true;
    }

    private Optional<Mention> tagged(String nerType, int first, int end) {
        if (end <= first) return Optional.empty();
        String key = Words.key(doc.text(first, end));
        return switch (nerType) {
            case "PERSON" -> Optional.of(Mention.of(doc, first, end, Form.NAME, Type.PERSON, Evidence.TAGGER, ""));
            case "ORGANIZATION" -> Optional.of(Mention.of(doc, first, end, Form.NAME, Type.ORGANIZATION, Evidence.TAGGER,
                    "N:" + key));
            case "LOCATION" -> Optional.of(Mention.of(doc, first, end, Form.NAME, Type.LOCATION, Evidence.TAGGER,
                    "L:" + key));
            default -> Optional.empty();
        };
    }

    // ---- gazetteer matches

    private List<Mention> fromMatches(List<Match> matches) {
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < matches.size(); k++) {
            Match m = matches.get(k);
            Optional<Mention> mention = fromMatch(m);
            if (mention.isEmpty()) continue;
            Mention got = mention.get();
            // "Iranian Revolutionary Guard Corps": a demonym right before an institution of its country is part of the name
            if (got.form() == Form.DEMONYM && k + 1 < matches.size()) {
                Match next = matches.get(k + 1);
                Optional<Mention> following = fromMatch(next);
                if (following.isPresent() && following.get().type() == Type.ORGANIZATION
                        && following.get().key().startsWith("S:") && following.get().country().equals(got.country())
                        && doc.text().substring(m.end(), next.start()).equals(" ")) {
                    Mention inst = following.get();
                    out.add(new Mention(m.start(), next.end(), got.firstToken(), inst.endToken(), Form.NAME, inst.type(),
                            inst.evidence(), inst.key(), inst.country(), inst.sector(), inst.code()));
                    k++;
                    continue;
                }
            }
            out.add(got);
        }
        return out;
    }

    private Optional<Mention> fromMatch(Match m) {
        return switch (m.kind()) {
            case COUNTRY -> country(m, Form.NAME);
            case DEMONYM -> country(m, Form.DEMONYM);
            case PEOPLE -> country(m, Form.PEOPLE);
            case METONYM -> metonym(m);
            case CONTEXT_FORM -> contextForm(m);
            case ORGANIZATION -> gazetteer.organization(m.surface()).or(() -> orgByCode(m.code()))
                    .map(o -> organization(m, o));
            case MEDIA -> gazetteer.media(m.surface()).map(e -> media(m, e));
            case REGION -> regionMention(m);
            default -> Optional.empty();
        };
    }

    private Mention at(Match m, Form form, Type type, String key) {
        int first = doc.firstTokenFrom(m.start());
        if (first > 0 && doc.token(first - 1).end() > m.start()) first--;
        int end = Math.max(doc.endTokenTo(m.end()), first + 1);
        if (first >= doc.size()) first = doc.size() - 1;
        end = Math.min(Math.max(end, first + 1), doc.size());
        int start = m.start();
        if (form == Form.PEOPLE && first > 0 && doc.lower(first - 1).equals("the") && doc.sameSentence(first - 1, first)) {
            first--;
            start = doc.token(first).start();
        }
        return new Mention(start, m.end(), first, end, form, type, Evidence.GAZETTEER, key, Optional.empty(),
                Optional.empty(), Optional.empty());
    }

    private Optional<Mention> country(Match m, Form form) {
        return Optional.of(at(m, form, Type.COUNTRY, "C:" + m.code()).withCountry(Optional.of(m.code()))
                .withCode(Optional.of(m.code())));
    }

    private Optional<Mention> metonym(Match m) {
        Optional<Metonym> found = gazetteer.metonym(m.surface());
        String country = found.map(Metonym::country).orElse(m.code());
        String sector = found.map(Metonym::sector).or(m::sector).orElse("GOV");
        if (found.isPresent() && found.get().kind() == Metonym.Kind.SEAT && isInstitution(found.get().surface())) {
            return Optional.of(institution(m, found.get()));
        }
        return Optional.of(at(m, Form.METONYM, Type.COUNTRY, "C:" + country).withCountry(Optional.of(country))
                .withSector(Optional.of(sector)).withCode(Optional.of(country)));
    }

    private Mention institution(Match m, Metonym seat) {
        return at(m, Form.NAME, Type.ORGANIZATION, "S:" + seat.country() + ":" + Words.key(seat.surface()))
                .withCountry(Optional.of(seat.country())).withSector(Optional.of(seat.sector()))
                .withCode(Optional.of(seat.country() + seat.sector()));
    }

    /**
     * Whether a seat of power names an institution (an acronym, or a name headed by a noun such as
     * "Corps", "Party", "Assembly") rather than a building or place standing for the government.
     */
    static boolean isInstitution(String seat) {
        String folded = Words.fold(seat);
        if (Words.isAcronym(folded)) return true;
        String head = folded;
        int of = head.indexOf(" of ");
        if (of > 0) head = head.substring(0, of);
        int space = head.lastIndexOf(' ');
        head = Words.lower(space >= 0 ? head.substring(space + 1) : head);
        return Words.INSTITUTION_HEADS.contains(head);
    }

    private Optional<Mention> contextForm(Match m) {
        String code = m.code();
        Optional<CountryEntry> country = gazetteer.countryByCode(code);
        if (country.isEmpty()) {
            return orgByCode(code).map(o -> organization(m, o).withType(Type.ORGANIZATION, Evidence.GAZETTEER));
        }
        if (!m.surface().startsWith("the ") && !m.surface().startsWith("The ")) {
            String form = Words.key(m.surface());
            for (Metonym seat : country.get().metonyms()) {
                if (seat.kind() == Metonym.Kind.SEAT && isInstitution(seat.surface())
                        && Words.key(seat.surface()).startsWith(form)) {
                    return Optional.of(institution(m, seat));
                }
            }
        }
        return Optional.of(at(m, Form.CONTEXT, Type.COUNTRY, "C:" + code).withCountry(Optional.of(code))
                .withCode(Optional.of(code)));
    }

    private Optional<OrgEntry> orgByCode(String code) {
        return gazetteer.organizations().stream().filter(o -> o.code().equals(code)).findFirst();
    }

    private Mention organization(Match m, OrgEntry org) {
        return at(m, Form.NAME, Type.ORGANIZATION, "O:" + org.name()).withCountry(org.country())
                .withSector(Optional.of(org.sector())).withCode(Optional.of(org.code()));
    }

    private Mention media(Match m, MediaEntry media) {
        return at(m, Form.NAME, Type.MEDIA, "M:" + media.name()).withCountry(media.country())
                .withSector(Optional.of("MED")).withCode(Optional.of(media.code()));
    }

    /** Regions only as nouns of their own: not "African" in "African-American" nor an adjective before a noun. */
    private Optional<Mention> regionMention(Match m) {
        Optional<RegionEntry> region = gazetteer.region(m.surface());
        if (region.isEmpty()) return Optional.empty();
        Mention mention = region(m, region.get());
        int last = mention.endToken() - 1;
        boolean aligned = doc.token(mention.firstToken()).start() == m.start() && doc.token(last).end() == m.end();
        boolean adjective = doc.pos(last).startsWith("JJ") || doc.pos(last).equals("NNPS")
                || last + 1 < doc.size() && doc.sameSentence(last, last + 1) && doc.isNoun(last + 1)
                && !doc.isCapitalized(last + 1);
        return aligned && !adjective ? Optional.of(mention) : Optional.empty();
    }

    private Mention region(Match m, RegionEntry region) {
        Optional<String> country = region.code().filter(c -> gazetteer.countryByCode(c).isPresent());
        return at(m, Form.NAME, Type.LOCATION, "L:" + Words.key(region.name())).withCountry(country)
                .withCode(region.code());
    }
}
