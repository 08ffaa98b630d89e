package org.wirescope.actors.gazetteer;

import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Predicate;

/**
 * The actor gazetteer: countries and territories with their aliases, demonyms and metonyms; context
 * forms; world regions; intergovernmental and non-governmental organisations; non-state groups (armed
 * groups, parties, movements, unions, companies) with their home country; news outlets and the nouns
 * that describe them; role words with their CAMEO sectors; and well-known political figures. Immutable
 * and safe to share between threads.
 *
 * <pre>{@code
 * Gazetteer g = Gazetteer.standard();
 * g.country("the United States");              // USA
 * g.country("us");                             // empty: "US" is matched as written
 * g.demonym("South Korean");                   // KOR
 * g.metonym("Kremlin");                        // RUS, sector GOV
 * g.sector("lawmakers");                       // LEG
 * g.contextForm("the North", Set.of("KOR"));   // PRK
 * for (Match m : g.findAll("Officials in Tehran said Iranian troops…")) { … }
 * }</pre>
 *
 * <p>Forms written in lower case match in any case; forms with capitals match as written, with the
 * first letter capitalised, or in all capitals (so "US" is not "us", and "Turkey" is not "turkey").
 * Lookups take a whole surface and ignore a leading "the" and a trailing possessive "'s"; accents,
 * curly apostrophes and runs of whitespace do not matter.
 *
 * <p>Extra tables in the same format as the bundled ones (see {@code countries.tsv} and its siblings in
 * this package's resources) can be loaded with {@link #load(Reader...)} or added to the bundled data
 * with {@link #extendedWith(Reader...)}.
 */
public final class Gazetteer {

    private static final class Standard {
        static final Gazetteer INSTANCE = loadStandard();
    }

    private final Index index;
    private final MatchFinder finder;

    private Gazetteer(Index index) {
        this.index = index;
        this.finder = new MatchFinder(index.trie());
    }

    /** The bundled gazetteer, loaded on first use. */
    public static Gazetteer standard() {
        return Standard.INSTANCE;
    }

    /**
     * A gazetteer of the given tables only. Each reader holds one table whose first line names it
     * ({@code # countries: …}, {@code # media: …}); several readers may hold the same table. Readers
     * are read to the end and not closed.
     *
     * @throws IllegalArgumentException naming the table and line of a malformed row, a bad code, or a
     *     form that names two different things without being marked ambiguous
     */
    public static Gazetteer load(Reader... readers) {
        return new Gazetteer(IndexBuilder.build(read(readers)));
    }

    /** This gazetteer with the given tables added: new forms, or new rows for a country already known. */
    public Gazetteer extendedWith(Reader... readers) {
        List<TsvTable> tables = new ArrayList<>(index.tables());
        tables.addAll(read(readers));
        return new Gazetteer(IndexBuilder.build(tables));
    }

    private static List<TsvTable> read(Reader... readers) {
        Objects.requireNonNull(readers, "readers");
        List<TsvTable> tables = new ArrayList<>(readers.length);
        for (int k = 0; k < readers.length; k++) {
            tables.add(TsvTable.read(Objects.requireNonNull(readers[k], "readers[" + k + "]"), "reader " + (k + 1)));
        }
        return tables;
    }

    private static Gazetteer loadStandard() {
        List<TsvTable> tables = new ArrayList<>();
        for (Table t : Table.values()) {
            try (InputStream in = Gazetteer.class.getResourceAsStream(t.resource())) {
                if (in == null) {
                    throw new IllegalStateException("bundled gazetteer table " + t.resource() + " is missing");
                }
                TsvTable table = TsvTable.read(new InputStreamReader(in, StandardCharsets.UTF_8), t.resource());
                if (table.table() != t) {
                    throw new IllegalStateException(t.resource() + " names the table " + table.table().label());
                }
                tables.add(table);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot read bundled gazetteer table " + t.resource(), e);
            }
        }
        return new Gazetteer(IndexBuilder.build(tables));
    }

    // ---- lookups of a whole surface

    /** The country a name or alias stands for: "Iran", "the United States", "DPRK", "U.K.". */
    public Optional<CountryEntry> country(String surface) {
        return one(readings(surface, Match.Kind.COUNTRY), CountryEntry.class);
    }

    /** Every country a name may stand for, the preferred first: "Congo" gives COD then COG. */
    public List<CountryEntry> countries(String surface) {
        return all(readings(surface, Match.Kind.COUNTRY), CountryEntry.class);
    }

    /** The country of a demonym or people form: "Iranian", "South Korean", "Emiratis", "Britons". */
    public Optional<CountryEntry> demonym(String surface) {
        return one(readings(surface, Match.Kind.DEMONYM, Match.Kind.PEOPLE), CountryEntry.class);
    }

    /** A capital or seat of power: "Tehran" (IRN, GOV), "Pentagon" (USA, MIL), "Knesset" (ISR, LEG). */
    public Optional<Metonym> metonym(String surface) {
        return one(readings(surface, Match.Kind.METONYM), Metonym.class);
    }

    /** The country with an ISO 3166-1 alpha-3 code. */
    public Optional<CountryEntry> countryByCode(String code) {
        return Optional.ofNullable(index.countriesByCode().get(code));
    }

    /** An organisation: an IGO or NGO ("UN", "NATO", "Red Cross") or a non-state group ("Hamas", "Gazprom"). */
    public Optional<OrgEntry> organization(String surface) {
        return one(readings(surface, Match.Kind.ORGANIZATION), OrgEntry.class);
    }

    /**
     * The well-known political figure a person's name stands for, in any case: "Vladimir Putin", "Putin".
     * Empty when the name is unknown or when the people listed under it act for different countries or
     * organisations.
     */
    public Optional<PersonEntry> person(String name) {
        Objects.requireNonNull(name, "name");
        if (Tokens.of(name).size() == 0) {
            return Optional.empty();
        }
        List<PersonEntry> found = index.peopleByKey().getOrDefault(Form.of(name).key(), List.of());
        if (found.isEmpty() || found.stream().map(PersonEntry::code).distinct().count() > 1) {
            return Optional.empty();
        }
        return Optional.of(found.get(0));
    }

    /** A news outlet or agency: "Tasnim", "KCNA", "The New York Times". */
    public Optional<MediaEntry> media(String surface) {
        return one(readings(surface, Match.Kind.MEDIA), MediaEntry.class);
    }

    /** A world region or a place that is not a country: "Middle East", "New Jersey". */
    public Optional<RegionEntry> region(String surface) {
        return one(readings(surface, Match.Kind.REGION), RegionEntry.class);
    }

    /**
     * What a context form stands for in an article that mentions {@code codesInArticle} (country or
     * organisation codes): "the North" with KOR present is PRK. Empty when nothing triggers the form or
     * when triggers point at different codes.
     */
    public Optional<String> contextForm(String form, Set<String> codesInArticle) {
        Objects.requireNonNull(codesInArticle, "codesInArticle");
        String code = null;
        for (ContextForm f : all(readings(form, Match.Kind.CONTEXT_FORM), ContextForm.class)) {
            if (f.triggeredBy(codesInArticle)) {
                if (code != null && !code.equals(f.code())) {
                    return Optional.empty();
                }
                code = f.code();
            }
        }
        return Optional.ofNullable(code);
    }

    // ---- roles and media heads

    /**
     * The sector of a role or agent phrase, in any case and number: "troops" → MIL, "Lawmakers" → LEG,
     * "deputy foreign minister" → GOV. The longest role term in the phrase decides; between terms of
     * equal length the earlier one, so "army spokesman" is MIL and "opposition leader" is OPP.
     */
    public Optional<String> sector(String roleOrAgentWords) {
        return role(roleOrAgentWords).map(RoleEntry::sector);
    }

    /** The role term that decides {@link #sector(String)}, with its kind (leader, title, person, group). */
    public Optional<RoleEntry> role(String roleOrAgentWords) {
        Objects.requireNonNull(roleOrAgentWords, "roleOrAgentWords");
        Tokens t = Tokens.of(roleOrAgentWords);
        Optional<RoleEntry> found = longestRole(t);
        if (found.isPresent() || t.size() == 0) {
            return found;
        }
        StringBuilder singular = new StringBuilder();
        for (int k = 0; k < t.size(); k++) {
            if (k > 0 && t.spaceBefore(k)) {
                singular.append(' ');
            }
            singular.append(Plurals.singular(t.key(k)));
        }
        return longestRole(Tokens.of(singular));
    }

    private Optional<RoleEntry> longestRole(Tokens t) {
        RoleEntry best = null;
        int bestLength = 0;
        for (int i = 0; i < t.size(); i++) {
            SurfaceTrie.Node node = index.trie().root().child(t.key(i), true);
            int j = i;
            while (node != null) {
                int length = j - i + 1;
                if (length > bestLength) {
                    for (Entry e : node.entries()) {
                        if (e.kind() == Match.Kind.ROLE) {
                            best = (RoleEntry) e.payload();
                            bestLength = length;
                            break;
                        }
                    }
                }
                j++;
                if (j >= t.size() || t.breakBefore(j)) {
                    break;
                }
                node = node.child(t.key(j), t.spaceBefore(j));
            }
        }
        return Optional.ofNullable(best);
    }

    /**
     * Whether a phrase ends in a noun that describes a news outlet: "news agency", "state TV", "the
     * hardline daily", "broadcasters".
     */
    public boolean isMediaHead(String phrase) {
        Objects.requireNonNull(phrase, "phrase");
        Tokens t = Tokens.of(phrase);
        int n = t.size();
        for (int from = 0; from < n; from++) {
            String key = t.keys(from, n);
            if (index.mediaHeads().containsKey(key)) {
                return true;
            }
        }
        if (n > 0) {
            String last = Plurals.singular(t.key(n - 1));
            for (int from = 0; from < n; from++) {
                String key = from == n - 1 ? last : t.keys(from, n - 1) + (t.spaceBefore(n - 1) ? " " : "") + last;
                if (index.mediaHeads().containsKey(key)) {
                    return true;
                }
            }
        }
        return false;
    }

    // ---- scanning

    /**
     * Every gazetteer form in {@code text}, longest match first and without overlaps, in text order.
     * Matches respect token boundaries ("Iran" is not found in "Iranian", which is a demonym of its
     * own); context forms are reported only when the text mentions a companion ("the North" beside
     * "South Korea"); regions that only block a country reading ("New Jersey" is not Jersey) are not
     * reported when they have no code.
     */
    public List<Match> findAll(String text) {
        Objects.requireNonNull(text, "text");
        return finder.find(text);
    }

    // ---- the tables

    public List<CountryEntry> countries() {
        return index.countries();
    }

    public List<OrgEntry> organizations() {
        return index.organizations();
    }

    public List<MediaEntry> media() {
        return index.media();
    }

    public List<PersonEntry> people() {
        return index.people();
    }

    public List<RoleEntry> roles() {
        return index.roles();
    }

    public List<ContextForm> contextForms() {
        return index.contextForms();
    }

    public List<RegionEntry> regions() {
        return index.regions();
    }

    /** The media head terms as listed, strong and weak. */
    public List<String> mediaHeads() {
        return index.mediaHeadTerms();
    }

    /** How many surface forms the index holds, variants and plurals included. */
    public int formCount() {
        return index.formCount();
    }

    @Override
    public String toString() {
        return "Gazetteer[" + index.countries().size() + " countries, " + index.organizations().size() + " organisations, "
                + index.media().size() + " media, " + index.roles().size() + " role terms, " + index.formCount() + " forms]";
    }

    // ---- helpers

    /** Entries for the whole surface (or without a leading "the" or a trailing "'s") of the given kinds. */
    private List<Entry> readings(String surface, Match.Kind... kinds) {
        Objects.requireNonNull(surface, "surface");
        Tokens t = Tokens.of(surface);
        int from = 0;
        int to = t.size();
        if (to - from >= 3 && t.key(to - 1).equals("s") && t.key(to - 2).equals("'") && !t.spaceBefore(to - 2)) {
            to -= 2;
        }
        List<Entry> found = readings(t, from, to, kinds);
        if (found.isEmpty() && to - from > 1 && t.key(from).equals("the")) {
            found = readings(t, from + 1, to, kinds);
        }
        return found;
    }

    private List<Entry> readings(Tokens t, int from, int to, Match.Kind... kinds) {
        Predicate<Entry> wanted = e -> {
            for (Match.Kind k : kinds) {
                if (e.kind() == k) {
                    return true;
                }
            }
            return false;
        };
        List<Entry> out = new ArrayList<>(2);
        for (Entry e : index.trie().exact(t, from, to)) {
            if (wanted.test(e) && e.form().matchesCase(t, from)) {
                out.add(e);
            }
        }
        return out;
    }

    /** The preferred reading: the first unmarked one, or the only marked one when there is no other. */
    private static <T> Optional<T> one(List<Entry> entries, Class<T> type) {
        for (Entry e : entries) {
            if (!e.secondary()) {
                return Optional.of(type.cast(e.payload()));
            }
        }
        List<T> all = all(entries, type);
        return all.size() == 1 ? Optional.of(all.get(0)) : Optional.empty();
    }

    /** Every distinct reading, unmarked ones first. */
    private static <T> List<T> all(List<Entry> entries, Class<T> type) {
        LinkedHashSet<T> out = new LinkedHashSet<>();
        entries.stream().filter(e -> !e.secondary()).forEach(e -> out.add(type.cast(e.payload())));
        entries.stream().filter(Entry::secondary).forEach(e -> out.add(type.cast(e.payload())));
        return List.copyOf(out);
    }
}
