package org.wirescope.actors.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerLoadTest {

    private static StringReader table(String... lines) {
        return new StringReader(String.join("\n", lines) + "\n");
    }

    private static final String COUNTRIES = "# countries: code\tname\taliases\tdemonyms\tpeople\tcapitals\tseats";

    @Test
    void loadsUserTablesOfEveryKind() {
        Gazetteer g = Gazetteer.load(
                table(COUNTRIES,
                        "FRD\tFreedonia\tRepublic of Freedonia|FRD\tFreedonian\tFreedonians\tFredville\tPalace of Rufus=GOV|Freedonian Army=MIL",
                        "SYL\tSylvania\t\tSylvanian\tSylvanians\tSylvan City\t"),
                table("# context_forms: form\tcode\ttriggers", "the duchy\tFRD\tFRD"),
                table("# organizations: code\tname\ttype\taliases", "IGOMRX\tLeague of Marx\tIGO\tLOM"),
                table("# media: name\tcountry\townership\taliases", "Freedonia Gazette\tFRD\tstate\tFG"),
                table("# media_heads: head\tstrength", "broadsheet\tstrong"),
                table("# sectors: term\tsector\tkind\tplural", "chancellor\tGOV\tleader\t", "duck soldier\tMIL\tperson\t"),
                table("# regions: code\tname\taliases", "-\tFreedonia Street\t"));

        assertThat(g.country("Freedonia").map(CountryEntry::name)).contains("Freedonia");
        assertThat(g.demonym("Sylvanians").map(CountryEntry::code)).contains("SYL");
        assertThat(g.metonym("Freedonian Army").map(Metonym::code)).contains("FRDMIL");
        assertThat(g.organization("LOM").map(OrgEntry::code)).contains("IGOMRX");
        assertThat(g.media("FG").map(MediaEntry::stateRun)).contains(true);
        assertThat(g.sector("duck soldiers")).contains("MIL");
        assertThat(g.isMediaHead("broadsheets")).isTrue();
        assertThat(g.contextForm("the duchy", Set.of("FRD"))).contains("FRD");
        assertThat(g.findAll("Fredville told the Freedonia Gazette that Freedonia Street was calm."))
                .extracting(Match::surface).containsExactly("Fredville", "Freedonia Gazette");
    }

    @Test
    void extendsTheStandardGazetteerWithNewFormsForAKnownCountry() {
        Gazetteer g = Gazetteer.standard().extendedWith(table(COUNTRIES, "USA\t\tUncle Sam\t\t\t\tFort Meade=SPY"));
        assertThat(g.country("Uncle Sam").map(CountryEntry::code)).contains("USA");
        assertThat(g.country("Uncle Sam").map(CountryEntry::name)).contains("United States");
        assertThat(g.metonym("Fort Meade").map(Metonym::code)).contains("USASPY");
        assertThat(g.country("Iran").map(CountryEntry::code)).contains("IRN");
        assertThat(Gazetteer.standard().country("Uncle Sam")).isEmpty();
    }

    @Test
    void rejectsFormThatNamesTwoCountriesWithoutAmbiguityMark() {
        assertThatThrownBy(() -> Gazetteer.load(table(COUNTRIES, "AAA\tAland\tTwin", "BBB\tBland\tTwin")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'Twin'")
                .hasMessageContaining("AAA (reader 1:2)")
                .hasMessageContaining("BBB (reader 1:3)");
    }

    @Test
    void acceptsSharedFormMarkedAmbiguous() {
        Gazetteer g = Gazetteer.load(table(COUNTRIES, "AAA\tAland\tTwin", "BBB\tBland\t~Twin"));
        assertThat(g.country("Twin").map(CountryEntry::code)).contains("AAA");
        assertThat(g.countries("Twin")).extracting(CountryEntry::code).containsExactly("AAA", "BBB");
        assertThat(g.findAll("Twin")).extracting(Match::ambiguous).containsExactly(true);
    }

    @Test
    void namesTheLineOfABadCode() {
        assertThatThrownBy(() -> Gazetteer.load(table(COUNTRIES, "USA\tUnited States", "us\tlower")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("reader 1:3:")
                .hasMessageContaining("3 upper-case letters");
    }

    @Test
    void rejectsTableWithoutHeader() {
        assertThatThrownBy(() -> Gazetteer.load(table("USA\tUnited States")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("first line must be a comment naming the table");
        assertThatThrownBy(() -> Gazetteer.load(table("# planets: name")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("unknown gazetteer table 'planets'");
    }

    @Test
    void rejectsRowWithTooManyColumns() {
        assertThatThrownBy(() -> Gazetteer.load(table("# media_heads: head\tstrength", "daily\tweak\textra")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("2 tab-separated columns");
    }

    @Test
    void rejectsRoleListedWithTwoSectors() {
        assertThatThrownBy(() -> Gazetteer.load(table("# sectors: term\tsector\tkind\tplural",
                "guard\tMIL\tperson\t", "guard\tCOP\tperson\t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("'guard' is COP here but MIL");
    }

    @Test
    void rejectsMediaCountryMissingFromCountryTable() {
        assertThatThrownBy(() -> Gazetteer.load(table(COUNTRIES, "AAA\tAland"),
                table("# media: name\tcountry\townership\taliases", "Bland Post\tBBB\tprivate\t")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("BBB is not in the country table");
    }

    @Test
    void rejectsContextFormPointingAtUnknownCode() {
        assertThatThrownBy(() -> Gazetteer.load(table(COUNTRIES, "AAA\tAland"),
                table("# context_forms: form\tcode\ttriggers", "the Isle\tZZZ\tAAA")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("code ZZZ is not in the country or organisation tables");
    }

    @Test
    void skipsCommentAndBlankLinesAndToleratesMissingTrailingCells() {
        Gazetteer g = Gazetteer.load(table(COUNTRIES, "", "# a comment", "AAA\tAland", "\r"));
        assertThat(g.countries()).extracting(CountryEntry::code).containsExactly("AAA");
    }
}
