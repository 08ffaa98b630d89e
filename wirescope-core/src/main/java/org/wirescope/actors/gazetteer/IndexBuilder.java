package org.wirescope.actors.gazetteer;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Turns gazetteer tables into an {@link Index}: parses and checks every row, merges rows that share a
 * country code, adds plural and spelling variants, and rejects a form that names two different things
 * unless all but one of its readings are marked ambiguous with {@code ~}.
 */
final class IndexBuilder {

    private static final Pattern ISO3 = Pattern.compile("[A-Z]{3}");
    private static final Pattern ORG_CODE = Pattern.compile("(IGO|NGO)([A-Z]{3})*");
    private static final Pattern GROUP_CODE = Pattern.compile("[A-Z]{3}([A-Z]{3})+");
    private static final Pattern SECTOR = Pattern.compile("([A-Z]{3})+");
    private static final String MARK = "~";

    /** A form as listed, with its ambiguity mark and where it was listed. */
    private record Listed(String text, boolean secondary, String where) {
    }

    /** The rows for one country code, merged in load order. */
    private static final class CountryDraft {
        final String code;
        Listed name;
        final List<Listed> aliases = new ArrayList<>();
        final List<Listed> demonyms = new ArrayList<>();
        final List<Listed> people = new ArrayList<>();
        final List<Listed> capitals = new ArrayList<>();
        final List<Listed> seats = new ArrayList<>();
        final List<String> seatSectors = new ArrayList<>();

        CountryDraft(String code) {
            this.code = code;
        }
    }

    /** Readings of one canonical form: code → whether any reading of that code is primary, and where. */
    private static final class Readings {
        final Map<String, Boolean> primaryByCode = new LinkedHashMap<>();
        final Map<String, String> whereByCode = new LinkedHashMap<>();

        void add(String code, boolean secondary, String where) {
            primaryByCode.merge(code, !secondary, Boolean::logicalOr);
            whereByCode.putIfAbsent(code, where);
        }
    }

    private final SurfaceTrie trie = new SurfaceTrie();
    private int order;
    private int formCount;

    private IndexBuilder() {
    }

    static Index build(List<TsvTable> tables) {
        return new IndexBuilder().run(tables);
    }

    private Index run(List<TsvTable> tables) {
        Map<Table, List<TsvTable.Row>> rows = new LinkedHashMap<>();
        for (Table t : Table.values()) {
            rows.put(t, new ArrayList<>());
        }
        for (TsvTable table : tables) {
            rows.get(table.table()).addAll(table.rows());
        }

        List<CountryEntry> countries = countries(rows.get(Table.COUNTRIES));
        Map<String, CountryEntry> byCode = new LinkedHashMap<>();
        countries.forEach(c -> byCode.put(c.code(), c));
        Map<String, Readings> orgReadings = new LinkedHashMap<>();
        List<OrgEntry> orgs = new ArrayList<>(organizations(rows.get(Table.ORGANIZATIONS), orgReadings));
        orgs.addAll(groups(rows.get(Table.GROUPS), byCode.keySet(), !countries.isEmpty(), orgReadings));
        checkConflicts(orgReadings, "organisation");
        Set<String> known = new HashSet<>(byCode.keySet());
        orgs.forEach(o -> known.add(o.code()));
        Map<String, OrgEntry> orgsByCode = new LinkedHashMap<>();
        orgs.forEach(o -> orgsByCode.putIfAbsent(o.code(), o));
        Map<String, List<PersonEntry>> peopleByKey = new LinkedHashMap<>();
        List<PersonEntry> people = people(rows.get(Table.PEOPLE), byCode.keySet(), orgsByCode, peopleByKey);

        List<ContextForm> contextForms = contextForms(rows.get(Table.CONTEXT_FORMS), known, !countries.isEmpty());
        List<RegionEntry> regions = new ArrayList<>(regions(rows.get(Table.REGIONS)));
        regions.addAll(regions(rows.get(Table.PLACES)));
        List<MediaEntry> media = media(rows.get(Table.MEDIA), byCode.keySet(), !countries.isEmpty());
        List<RoleEntry> roles = roles(rows.get(Table.SECTORS));
        Map<String, Boolean> heads = new LinkedHashMap<>();
        List<String> headTerms = mediaHeads(rows.get(Table.MEDIA_HEADS), heads);

        return new Index(tables, countries, byCode, contextForms, regions, orgs, media, roles, people, peopleByKey, headTerms, heads, known,
                trie.freeze(), formCount);
    }

    // ---- countries

    private List<CountryEntry> countries(List<TsvTable.Row> rows) {
        Map<String, CountryDraft> drafts = new LinkedHashMap<>();
        for (TsvTable.Row row : rows) {
            String code = row.cell(0);
            if (!ISO3.matcher(code).matches()) {
                throw row.error("country code must be 3 upper-case letters (ISO 3166-1 alpha-3), was '" + code + "'");
            }
            CountryDraft d = drafts.computeIfAbsent(code, CountryDraft::new);
            String name = row.cell(1);
            if (!name.isEmpty()) {
                if (d.name == null) {
                    d.name = listed(name, row);
                } else {
                    d.aliases.add(listed(name, row));
                }
            } else if (d.name == null) {
                throw row.error("country " + code + " needs a name the first time it is listed");
            }
            row.list(2).forEach(s -> d.aliases.add(listed(s, row)));
            row.list(3).forEach(s -> d.demonyms.add(listed(s, row)));
            row.list(4).forEach(s -> d.people.add(listed(s, row)));
            row.list(5).forEach(s -> d.capitals.add(listed(s, row)));
            for (String seat : row.list(6)) {
                int eq = seat.lastIndexOf('=');
                String form = eq < 0 ? seat : seat.substring(0, eq).trim();
                String sector = eq < 0 ? "GOV" : seat.substring(eq + 1).trim();
                if (!SECTOR.matcher(sector).matches()) {
                    throw row.error("seat '" + seat + "' must give its sector as FORM=SEC with a 3-letter sector code");
                }
                d.seats.add(listed(form, row));
                d.seatSectors.add(sector);
            }
        }

        Map<String, Readings> readings = new LinkedHashMap<>();
        List<CountryEntry> out = new ArrayList<>();
        for (CountryDraft d : drafts.values()) {
            List<Metonym> metonyms = new ArrayList<>();
            d.capitals.forEach(c -> metonyms.add(new Metonym(c.text(), d.code, "GOV", Metonym.Kind.CAPITAL)));
            for (int k = 0; k < d.seats.size(); k++) {
                metonyms.add(new Metonym(d.seats.get(k).text(), d.code, d.seatSectors.get(k), Metonym.Kind.SEAT));
            }
            CountryEntry entry = new CountryEntry(d.code, d.name.text(), texts(d.aliases), texts(d.demonyms), texts(d.people), metonyms);
            out.add(entry);

            addCountryForm(d.name, Match.Kind.COUNTRY, entry, Optional.empty(), entry, readings);
            d.aliases.forEach(a -> addCountryForm(a, Match.Kind.COUNTRY, entry, Optional.empty(), entry, readings));
            d.demonyms.forEach(a -> addCountryForm(a, Match.Kind.DEMONYM, entry, Optional.empty(), entry, readings));
            d.people.forEach(a -> addCountryForm(a, Match.Kind.PEOPLE, entry, Optional.empty(), entry, readings));
            for (int k = 0; k < d.capitals.size(); k++) {
                addCountryForm(d.capitals.get(k), Match.Kind.METONYM, entry, Optional.of("GOV"), metonyms.get(k), readings);
            }
            for (int k = 0; k < d.seats.size(); k++) {
                Metonym m = metonyms.get(d.capitals.size() + k);
                addCountryForm(d.seats.get(k), Match.Kind.METONYM, entry, Optional.of(m.sector()), m, readings);
            }
        }
        checkConflicts(readings, "country");
        return out;
    }

    private void addCountryForm(Listed l, Match.Kind kind, CountryEntry country, Optional<String> sector, Object payload,
            Map<String, Readings> readings) {
        Form form = form(l);
        readings.computeIfAbsent(form.canonical(), k -> new Readings()).add(country.code(), l.secondary(), l.where());
        add(new Entry(form, kind, country.code(), sector, l.secondary(), payload, order++));
    }

    // ---- organisations, media, regions, context forms

    private List<OrgEntry> organizations(List<TsvTable.Row> rows, Map<String, Readings> readings) {
        List<OrgEntry> out = new ArrayList<>();
        for (TsvTable.Row row : rows) {
            String code = row.cell(0);
            if (!ORG_CODE.matcher(code).matches()) {
                throw row.error("organisation code must be IGO or NGO followed by 3-letter parts (IGOUNO), was '" + code + "'");
            }
            Listed name = required(row, 1, "name");
            OrgEntry.Type type = switch (row.cell(2).toUpperCase(Locale.ROOT)) {
                case "IGO" -> OrgEntry.Type.IGO;
                case "NGO" -> OrgEntry.Type.NGO;
                default -> throw row.error("organisation type must be IGO or NGO, was '" + row.cell(2) + "'");
            };
            if (!code.startsWith(type.name())) {
                throw row.error("code " + code + " does not start with its type " + type);
            }
            List<Listed> forms = new ArrayList<>();
            forms.add(name);
            row.list(3).forEach(a -> forms.add(listed(a, row)));
            OrgEntry entry = new OrgEntry(code, name.text(), type, texts(forms.subList(1, forms.size())));
            out.add(entry);
            addOrganisationForms(entry, forms, readings);
        }
        return out;
    }

    private List<OrgEntry> groups(List<TsvTable.Row> rows, Set<String> countries, boolean checkCountries,
            Map<String, Readings> readings) {
        List<OrgEntry> out = new ArrayList<>();
        for (TsvTable.Row row : rows) {
            String code = row.cell(0);
            if (!GROUP_CODE.matcher(code).matches()) {
                throw row.error("group code must be a 3-letter home code followed by 3-letter parts (PSEREBHMS), was '" + code + "'");
            }
            Listed name = required(row, 1, "name");
            String home = row.cell(2);
            Optional<String> country;
            if (home.equals("-") || home.isEmpty()) {
                country = Optional.empty();
            } else if (!ISO3.matcher(home).matches()) {
                throw row.error("group home must be an ISO 3166-1 alpha-3 code or -, was '" + home + "'");
            } else if (checkCountries && !countries.contains(home)) {
                throw row.error("group home " + home + " is not in the country table");
            } else if (!code.startsWith(home)) {
                throw row.error("code " + code + " does not start with its home " + home);
            } else {
                country = Optional.of(home);
            }
            String sector = row.cell(3);
            if (!SECTOR.matcher(sector).matches()) {
                throw row.error("sector must be one or more 3-letter codes (REB, PTY), was '" + sector + "'");
            }
            List<Listed> forms = new ArrayList<>();
            forms.add(name);
            row.list(4).forEach(a -> forms.add(listed(a, row)));
            OrgEntry entry = new OrgEntry(code, name.text(), OrgEntry.Type.GROUP, country, sector, texts(forms.subList(1, forms.size())));
            out.add(entry);
            addOrganisationForms(entry, forms, readings);
        }
        return out;
    }

    private void addOrganisationForms(OrgEntry entry, List<Listed> forms, Map<String, Readings> readings) {
        for (Listed l : withoutLeadingThe(forms)) {
            Form form = form(l);
            readings.computeIfAbsent(form.canonical(), k -> new Readings()).add(entry.code(), l.secondary(), l.where());
            add(new Entry(form, Match.Kind.ORGANIZATION, entry.code(), Optional.of(entry.sector()), l.secondary(), entry, order++));
        }
    }

    // ---- people

    private static List<PersonEntry> people(List<TsvTable.Row> rows, Set<String> countries, Map<String, OrgEntry> orgs,
            Map<String, List<PersonEntry>> byKey) {
        List<PersonEntry> out = new ArrayList<>();
        for (TsvTable.Row row : rows) {
            Listed name = required(row, 0, "name");
            String home = row.cell(1);
            String sector = row.cell(2);
            if (!SECTOR.matcher(sector).matches()) {
                throw row.error("sector must be one or more 3-letter codes (GOV, REB), was '" + sector + "'");
            }
            Optional<String> country;
            String code;
            if (ISO3.matcher(home).matches() && (countries.isEmpty() || countries.contains(home))) {
                country = Optional.of(home);
                code = home + sector;
            } else if (orgs.containsKey(home)) {
                country = orgs.get(home).country();
                code = home;
            } else {
                throw row.error("a person's home must be a country or an organisation code in the tables, was '" + home + "'");
            }
            List<Listed> forms = new ArrayList<>();
            forms.add(name);
            row.list(3).forEach(a -> forms.add(listed(a, row)));
            PersonEntry entry = new PersonEntry(name.text(), country, sector, code, texts(forms.subList(1, forms.size())));
            out.add(entry);
            for (Listed l : forms) {
                byKey.computeIfAbsent(form(l).key(), k -> new ArrayList<>()).add(entry);
            }
        }
        return out;
    }

    private List<MediaEntry> media(List<TsvTable.Row> rows, Set<String> countries, boolean checkCountries) {
        Map<String, Readings> readings = new LinkedHashMap<>();
        List<MediaEntry> out = new ArrayList<>();
        for (TsvTable.Row row : rows) {
            Listed name = required(row, 0, "name");
            String c = row.cell(1);
            Optional<String> country;
            if (c.equals("-") || c.isEmpty()) {
                country = Optional.empty();
            } else if (!ISO3.matcher(c).matches()) {
                throw row.error("media country must be an ISO 3166-1 alpha-3 code or -, was '" + c + "'");
            } else if (checkCountries && !countries.contains(c)) {
                throw row.error("media country " + c + " is not in the country table");
            } else {
                country = Optional.of(c);
            }
            MediaEntry.Ownership ownership = switch (row.cell(2).toLowerCase(Locale.ROOT)) {
                case "state" -> MediaEntry.Ownership.STATE;
                case "public" -> MediaEntry.Ownership.PUBLIC;
                case "private" -> MediaEntry.Ownership.PRIVATE;
                default -> throw row.error("media ownership must be state, public or private, was '" + row.cell(2) + "'");
            };
            List<Listed> forms = new ArrayList<>();
            forms.add(name);
            row.list(3).forEach(a -> forms.add(listed(a, row)));
            MediaEntry entry = new MediaEntry(name.text(), country, ownership, texts(forms.subList(1, forms.size())));
            out.add(entry);
            for (Listed l : withoutLeadingThe(forms)) {
                Form form = form(l);
                readings.computeIfAbsent(form.canonical(), k -> new Readings()).add(entry.name(), l.secondary(), l.where());
                add(new Entry(form, Match.Kind.MEDIA, entry.code(), Optional.of("MED"), l.secondary(), entry, order++));
            }
        }
        checkConflicts(readings, "media");
        return out;
    }

    private List<RegionEntry> regions(List<TsvTable.Row> rows) {
        List<RegionEntry> out = new ArrayList<>();
        for (TsvTable.Row row : rows) {
            String c = row.cell(0);
            if (!c.equals("-") && !ISO3.matcher(c).matches()) {
                throw row.error("region code must be 3 upper-case letters or -, was '" + c + "'");
            }
            Listed name = required(row, 1, "name");
            List<Listed> forms = new ArrayList<>();
            forms.add(name);
            row.list(2).forEach(a -> forms.add(listed(a, row)));
            Optional<String> code = c.equals("-") ? Optional.empty() : Optional.of(c);
            RegionEntry entry = new RegionEntry(code, name.text(), texts(forms.subList(1, forms.size())));
            out.add(entry);
            for (Listed l : forms) {
                add(new Entry(form(l), Match.Kind.REGION, code.orElse(""), Optional.empty(), l.secondary(), entry, order++));
            }
        }
        return out;
    }

    private List<ContextForm> contextForms(List<TsvTable.Row> rows, Set<String> known, boolean checkCodes) {
        List<ContextForm> out = new ArrayList<>();
        for (TsvTable.Row row : rows) {
            Listed form = required(row, 0, "form");
            String code = row.cell(1);
            List<String> triggers = row.list(2);
            if (triggers.isEmpty()) {
                throw row.error("context form '" + form.text() + "' needs at least one trigger code");
            }
            for (String c : concat(code, triggers)) {
                if (!ORG_CODE.matcher(c).matches() && !ISO3.matcher(c).matches()) {
                    throw row.error("'" + c + "' is neither a country nor an organisation code");
                }
                if (checkCodes && !known.contains(c)) {
                    throw row.error("code " + c + " is not in the country or organisation tables");
                }
            }
            ContextForm entry = new ContextForm(form.text(), code, new LinkedHashSet<>(triggers));
            out.add(entry);
            add(new Entry(form(form), Match.Kind.CONTEXT_FORM, code, Optional.empty(), form.secondary(), entry, order++));
        }
        return out;
    }

    // ---- roles and media heads

    private List<RoleEntry> roles(List<TsvTable.Row> rows) {
        Map<String, String> sectorByKey = new LinkedHashMap<>();
        Map<String, String> whereByKey = new LinkedHashMap<>();
        Set<String> inserted = new HashSet<>();
        List<RoleEntry> out = new ArrayList<>();
        for (TsvTable.Row row : rows) {
            Listed term = required(row, 0, "term");
            String sector = row.cell(1);
            if (!SECTOR.matcher(sector).matches()) {
                throw row.error("sector must be one or more 3-letter codes (GOV, GOVMIL), was '" + sector + "'");
            }
            RoleEntry.Kind kind = switch (row.cell(2).toLowerCase(Locale.ROOT)) {
                case "leader" -> RoleEntry.Kind.LEADER;
                case "title" -> RoleEntry.Kind.TITLE;
                case "person" -> RoleEntry.Kind.PERSON;
                case "group" -> RoleEntry.Kind.GROUP;
                default -> throw row.error("role kind must be leader, title, person or group, was '" + row.cell(2) + "'");
            };
            String pluralCell = row.cell(3);
            List<String> plurals = pluralCell.equals("-") ? List.of()
                    : pluralCell.isEmpty() ? Plurals.of(term.text()) : row.list(3);
            RoleEntry entry = new RoleEntry(term.text(), sector, kind, plurals);
            out.add(entry);
            for (String text : withSpelling(concat(term.text(), plurals))) {
                Form form = Form.of(text);
                String key = form.key();
                String previous = sectorByKey.putIfAbsent(key, sector);
                if (previous != null && !previous.equals(sector)) {
                    throw row.error("role '" + text + "' is " + sector + " here but " + previous + " at " + whereByKey.get(key));
                }
                whereByKey.putIfAbsent(key, row.where());
                if (inserted.add(form.caseSensitive() ? form.canonical() : key)) {
                    add(new Entry(form, Match.Kind.ROLE, sector, Optional.of(sector), false, entry, order++));
                }
            }
        }
        return out;
    }

    private List<String> mediaHeads(List<TsvTable.Row> rows, Map<String, Boolean> heads) {
        List<String> terms = new ArrayList<>();
        for (TsvTable.Row row : rows) {
            Listed head = required(row, 0, "head");
            boolean strong = switch (row.cell(1).toLowerCase(Locale.ROOT)) {
                case "strong" -> true;
                case "weak" -> false;
                default -> throw row.error("media head strength must be strong or weak, was '" + row.cell(1) + "'");
            };
            terms.add(head.text());
            for (String text : withSpelling(concat(head.text(), Plurals.of(head.text())))) {
                Form form = Form.of(text);
                Boolean before = heads.putIfAbsent(form.key(), strong);
                if (before == null && strong) {
                    add(new Entry(form, Match.Kind.MEDIA_HEAD, "MED", Optional.of("MED"), false, head.text(), order++));
                }
            }
        }
        return terms;
    }

    // ---- helpers

    private void add(Entry e) {
        trie.add(e);
        formCount++;
    }

    private static Listed listed(String raw, TsvTable.Row row) {
        boolean secondary = raw.startsWith(MARK);
        String text = secondary ? raw.substring(MARK.length()).trim() : raw;
        if (text.isEmpty()) {
            throw row.error("empty form");
        }
        return new Listed(text, secondary, row.where());
    }

    private static Listed required(TsvTable.Row row, int column, String what) {
        String cell = row.cell(column);
        if (cell.isEmpty()) {
            throw row.error(what + " is required");
        }
        return listed(cell, row);
    }

    private static Form form(Listed l) {
        try {
            return Form.of(l.text());
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(l.where() + ": " + e.getMessage(), e);
        }
    }

    private static List<String> texts(List<Listed> listed) {
        return listed.stream().map(Listed::text).distinct().toList();
    }

    /** The forms, plus each "The X Y" again as "X Y" when two or more words remain. */
    private static List<Listed> withoutLeadingThe(List<Listed> forms) {
        List<Listed> out = new ArrayList<>(forms);
        for (Listed l : forms) {
            String t = l.text();
            if (t.startsWith("The ")) {
                String rest = t.substring(4).trim();
                if (Tokens.of(rest).size() >= 2) {
                    out.add(new Listed(rest, l.secondary(), l.where()));
                }
            }
        }
        return out;
    }

    /** The terms, plus each hyphenated term again with spaces ("vice-president", "vice president"). */
    private static List<String> withSpelling(List<String> terms) {
        LinkedHashSet<String> out = new LinkedHashSet<>(terms);
        for (String t : terms) {
            if (t.indexOf('-') > 0) {
                out.add(t.replace('-', ' '));
            }
        }
        return List.copyOf(out);
    }

    private static List<String> concat(String first, List<String> rest) {
        List<String> out = new ArrayList<>(rest.size() + 1);
        out.add(first);
        out.addAll(rest);
        return out;
    }

    private static void checkConflicts(Map<String, Readings> readings, String what) {
        for (Map.Entry<String, Readings> e : readings.entrySet()) {
            Readings r = e.getValue();
            if (r.primaryByCode.size() < 2) {
                continue;
            }
            List<String> primaries = r.primaryByCode.entrySet().stream().filter(Map.Entry::getValue).map(Map.Entry::getKey).toList();
            if (primaries.size() > 1) {
                StringBuilder sb = new StringBuilder();
                for (String code : primaries) {
                    sb.append(sb.length() == 0 ? "" : ", ").append(code).append(" (").append(r.whereByCode.get(code)).append(')');
                }
                throw new IllegalArgumentException(what + " form '" + e.getKey() + "' names " + sb
                        + "; mark all readings but one as ambiguous with a leading ~");
            }
        }
    }
}
