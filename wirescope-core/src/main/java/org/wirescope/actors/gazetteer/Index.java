package org.wirescope.actors.gazetteer;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Everything a {@link Gazetteer} knows, built once by {@link IndexBuilder} and only read afterwards.
 *
 * @param tables the source tables, kept so a gazetteer can be extended with more
 * @param mediaHeads media head keys (lower case, plurals included) mapped to whether findAll reports them
 * @param peopleByKey the people listed under each lower-case name or alias key
 * @param knownCodes every country and organisation code
 */
record Index(
        List<TsvTable> tables,
        List<CountryEntry> countries,
        Map<String, CountryEntry> countriesByCode,
        List<ContextForm> contextForms,
        List<RegionEntry> regions,
        List<OrgEntry> organizations,
        List<MediaEntry> media,
        List<RoleEntry> roles,
        List<PersonEntry> people,
        Map<String, List<PersonEntry>> peopleByKey,
        List<String> mediaHeadTerms,
        Map<String, Boolean> mediaHeads,
        Set<String> knownCodes,
        SurfaceTrie trie,
        int formCount) {

    Index {
        tables = List.copyOf(tables);
        countries = List.copyOf(countries);
        countriesByCode = Map.copyOf(countriesByCode);
        contextForms = List.copyOf(contextForms);
        regions = List.copyOf(regions);
        organizations = List.copyOf(organizations);
        media = List.copyOf(media);
        roles = List.copyOf(roles);
        people = List.copyOf(people);
        peopleByKey = Map.copyOf(peopleByKey);
        mediaHeadTerms = List.copyOf(mediaHeadTerms);
        mediaHeads = Map.copyOf(mediaHeads);
        knownCodes = Set.copyOf(knownCodes);
    }
}
