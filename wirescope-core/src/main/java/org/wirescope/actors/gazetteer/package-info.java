/**
 * The actor gazetteer: the names, short forms and role words the actor stage resolves mentions with.
 *
 * <p>{@link org.wirescope.actors.gazetteer.Gazetteer} is the one entry point. Its bundled tables are
 * UTF-8, tab-separated files in this package's resources, each opening with a comment line that names
 * the table and explains its columns:
 *
 * <ul>
 *   <li>{@code countries.tsv}: ISO 3166-1 alpha-3 code, name, aliases, demonyms, people forms,
 *       capitals, other seats of power ({@code Pentagon=MIL});</li>
 *   <li>{@code context_forms.tsv}: short forms such as "the North" with the code they stand for and the
 *       companion codes that trigger them;</li>
 *   <li>{@code regions.tsv}: world regions, and places that hold a country's name without being it;</li>
 *   <li>{@code places.tsv}: cities, provinces and regions inside one country ("Mosul", "Darfur"), so that
 *       an act done there is placed in its country;</li>
 *   <li>{@code organizations.tsv}: IGOs and NGOs with CAMEO-style codes;</li>
 *   <li>{@code groups.tsv}: non-state groups — armed groups, parties, movements, unions, companies — with
 *       CAMEO-style codes, home country and sector;</li>
 *   <li>{@code media.tsv}: news outlets with home country and ownership; {@code media_heads.tsv}: the
 *       nouns that describe outlets;</li>
 *   <li>{@code sectors.tsv}: role and agent words with CAMEO sectors and whether they are leader
 *       titles, other titles, person nouns or groups;</li>
 *   <li>{@code people.tsv}: well-known political figures with the country or organisation they act for
 *       and their sector, looked up by name ({@link org.wirescope.actors.gazetteer.Gazetteer#person}), not
 *       searched for in text.</li>
 * </ul>
 *
 * <p>In list cells items are separated by {@code |}; a leading {@code ~} marks a reading as ambiguous so
 * the same form may name something else too. Users extend the gazetteer with files in the same format:
 *
 * <pre>{@code
 * Gazetteer mine = Gazetteer.standard().extendedWith(Files.newBufferedReader(Path.of("my-countries.tsv")));
 * }</pre>
 */
package org.wirescope.actors.gazetteer;
