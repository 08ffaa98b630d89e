package org.wirescope.actors.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import org.junit.jupiter.api.Test;

class GazetteerLookupTest {

    private final Gazetteer g = Gazetteer.standard();

    private String country(String surface) {
        return g.country(surface).map(CountryEntry::code).orElse(null);
    }

    private String demonym(String surface) {
        return g.demonym(surface).map(CountryEntry::code).orElse(null);
    }

    @Test
    void findsCountryByNameAliasAndAbbreviation() {
        assertThat(country("United States")).isEqualTo("USA");
        assertThat(country("the United States")).isEqualTo("USA");
        assertThat(country("The United States")).isEqualTo("USA");
        assertThat(country("U.S.")).isEqualTo("USA");
        assertThat(country("USA")).isEqualTo("USA");
        assertThat(country("America")).isEqualTo("USA");
        assertThat(country("UK")).isEqualTo("GBR");
        assertThat(country("Britain")).isEqualTo("GBR");
        assertThat(country("Republic of Korea")).isEqualTo("KOR");
        assertThat(country("ROK")).isEqualTo("KOR");
        assertThat(country("DPRK")).isEqualTo("PRK");
        assertThat(country("Democratic People's Republic of Korea")).isEqualTo("PRK");
        assertThat(country("Russian Federation")).isEqualTo("RUS");
        assertThat(country("the Islamic Republic")).isEqualTo("IRN");
        assertThat(country("Türkiye")).isEqualTo("TUR");
        assertThat(country("Cote d'Ivoire")).isEqualTo("CIV");
        assertThat(country("Côte d’Ivoire")).isEqualTo("CIV");
        assertThat(country("Kosovo")).isEqualTo("XKX");
    }

    @Test
    void keepsAbbreviationsCaseSensitive() {
        assertThat(country("US")).isEqualTo("USA");
        assertThat(country("us")).isNull();
        assertThat(country("Us")).isNull();
        assertThat(organization("WHO")).isEqualTo("IGOUNOWHO");
        assertThat(g.organization("who")).isEmpty();
    }

    @Test
    void matchesCapitalisedNamesAsWrittenOrInCapitalsButNotInLowerCase() {
        assertThat(country("Turkey")).isEqualTo("TUR");
        assertThat(country("TURKEY")).isEqualTo("TUR");
        assertThat(country("turkey")).isNull();
        assertThat(country("china")).isNull();
        assertThat(country("mainland China")).isEqualTo("CHN");
        assertThat(country("Mainland China")).isEqualTo("CHN");
    }

    @Test
    void ignoresAccentsWhitespaceAndPossessive() {
        assertThat(country("Cote  d'Ivoire")).isEqualTo("CIV");
        assertThat(country("North\nKorea")).isEqualTo("PRK");
        assertThat(country("Iran's")).isEqualTo("IRN");
        assertThat(g.metonym("Elysee").map(Metonym::country)).contains("FRA");
        assertThat(g.metonym("Élysée").map(Metonym::country)).contains("FRA");
    }

    @Test
    void resolvesDemonymsAndPeopleForms() {
        assertThat(demonym("American")).isEqualTo("USA");
        assertThat(demonym("Americans")).isEqualTo("USA");
        assertThat(demonym("Iranian")).isEqualTo("IRN");
        assertThat(demonym("Iranians")).isEqualTo("IRN");
        assertThat(demonym("North Korean")).isEqualTo("PRK");
        assertThat(demonym("South Korean")).isEqualTo("KOR");
        assertThat(demonym("Emirati")).isEqualTo("ARE");
        assertThat(demonym("Britons")).isEqualTo("GBR");
        assertThat(demonym("Swiss")).isEqualTo("CHE");
        assertThat(demonym("Filipino")).isEqualTo("PHL");
        assertThat(g.demonym("Iran")).isEmpty();
    }

    @Test
    void marksCapitalsAndSeatsAsGovernmentMetonyms() {
        Metonym tehran = g.metonym("Tehran").orElseThrow();
        assertThat(tehran.country()).isEqualTo("IRN");
        assertThat(tehran.sector()).isEqualTo("GOV");
        assertThat(tehran.kind()).isEqualTo(Metonym.Kind.CAPITAL);
        assertThat(tehran.code()).isEqualTo("IRNGOV");

        assertThat(g.metonym("White House").map(Metonym::code)).contains("USAGOV");
        assertThat(g.metonym("the Kremlin").map(Metonym::code)).contains("RUSGOV");
        assertThat(g.metonym("Pentagon").map(Metonym::code)).contains("USAMIL");
        assertThat(g.metonym("Capitol Hill").map(Metonym::code)).contains("USALEG");
        assertThat(g.metonym("Downing Street").map(Metonym::code)).contains("GBRGOV");
        assertThat(g.metonym("Pyongyang").map(Metonym::code)).contains("PRKGOV");
        assertThat(g.metonym("Seoul").map(Metonym::code)).contains("KORGOV");
        assertThat(g.metonym("Beijing").map(Metonym::code)).contains("CHNGOV");
        assertThat(g.metonym("Knesset").map(Metonym::code)).contains("ISRLEG");
        assertThat(g.metonym("Moscow").map(Metonym::kind)).contains(Metonym.Kind.CAPITAL);
        assertThat(g.metonym("Kremlin").map(Metonym::kind)).contains(Metonym.Kind.SEAT);
    }

    @Test
    void prefersUnmarkedReadingAndListsAllReadingsOfAmbiguousName() {
        assertThat(country("Congo")).isEqualTo("COD");
        assertThat(g.countries("Congo")).extracting(CountryEntry::code).containsExactly("COD", "COG");
        assertThat(g.countries("Virgin Islands")).extracting(CountryEntry::code).containsExactlyInAnyOrder("VGB", "VIR");
        assertThat(g.country("Virgin Islands")).isEmpty();
    }

    @Test
    void returnsOnlyReadingOfFormMarkedAmbiguousForOtherReasons() {
        assertThat(g.metonym("Brussels").map(Metonym::country)).contains("BEL");
    }

    private String organization(String surface) {
        return g.organization(surface).map(OrgEntry::code).orElse(null);
    }

    @Test
    void findsOrganisationsWithCameoCodesAndTypes() {
        assertThat(organization("UN")).isEqualTo("IGOUNO");
        assertThat(organization("the United Nations")).isEqualTo("IGOUNO");
        assertThat(organization("UN Security Council")).isEqualTo("IGOUNO");
        assertThat(organization("NATO")).isEqualTo("IGOWSTNAT");
        assertThat(organization("EU")).isEqualTo("IGOEUREEC");
        assertThat(organization("IAEA")).isEqualTo("IGOUNOIAE");
        assertThat(organization("IMF")).isEqualTo("IGOBUSIMF");
        assertThat(organization("Arab League")).isEqualTo("IGOMEAARL");
        assertThat(organization("Doctors Without Borders")).isEqualTo("NGOHLHMSF");
        assertThat(g.organization("Amnesty International").map(OrgEntry::type)).contains(OrgEntry.Type.NGO);
        assertThat(g.organization("ICRC").map(OrgEntry::sector)).contains("NGO");
        assertThat(g.organization("ASEAN").map(OrgEntry::sector)).contains("IGO");
    }

    @Test
    void findsNonStateGroupsWithTheirHomeAndSector() {
        OrgEntry hamas = g.organization("Hamas").orElseThrow();
        assertThat(hamas.type()).isEqualTo(OrgEntry.Type.GROUP);
        assertThat(hamas.country()).contains("PSE");
        assertThat(hamas.sector()).isEqualTo("REB");
        assertThat(organization("Hizbollah")).isEqualTo(organization("Hezbollah")).startsWith("LBN");
        assertThat(organization("the Taliban")).startsWith("AFG");
        assertThat(organization("PKK")).startsWith("TUR");
        assertThat(g.organization("al-Qaeda").flatMap(OrgEntry::country)).isEmpty();
        assertThat(organization("al-Qaeda")).startsWith("IMG");
        assertThat(g.organization("Gazprom").map(OrgEntry::sector)).contains("GOVBUS");
        assertThat(organization("RSF")).isEqualTo("NGOMEDRSF"); // the Sudanese RSF is the secondary reading
    }

    @Test
    void findsWellKnownPeopleByFullNameOrDistinctiveFamilyName() {
        assertThat(g.person("Vladimir Putin").map(PersonEntry::code)).contains("RUSGOV");
        assertThat(g.person("Putin").flatMap(PersonEntry::country)).contains("RUS");
        assertThat(g.person("KOFI ANNAN").map(PersonEntry::code)).contains("IGOUNO");
        assertThat(g.person("Kofi Annan").flatMap(PersonEntry::country)).isEmpty();
        assertThat(g.person("Ismail Haniyeh").map(PersonEntry::code)).contains("PSEREBHMS");
        assertThat(g.person("Ismail Haniyeh").flatMap(PersonEntry::country)).contains("PSE");
        assertThat(g.person("Bush").map(PersonEntry::code)).contains("USAGOV"); // two presidents, one code
        assertThat(g.person("Gandhi")).isEmpty();
        assertThat(g.person("Jane Nobody")).isEmpty();
        assertThat(g.person("")).isEmpty();
    }

    @Test
    void findsMediaWithCountryAndStateOwnership() {
        MediaEntry kcna = g.media("KCNA").orElseThrow();
        assertThat(kcna.name()).isEqualTo("Korean Central News Agency");
        assertThat(kcna.country()).contains("PRK");
        assertThat(kcna.stateRun()).isTrue();
        assertThat(kcna.code()).isEqualTo("PRKMED");

        assertThat(g.media("Tasnim news agency").map(MediaEntry::name)).contains("Tasnim News Agency");
        assertThat(g.media("Yonhap").flatMap(MediaEntry::country)).contains("KOR");
        assertThat(g.media("Reuters").map(MediaEntry::stateRun)).contains(false);
        assertThat(g.media("New York Times").map(MediaEntry::name)).contains("The New York Times");
        assertThat(g.media("the New York Times").map(MediaEntry::name)).contains("The New York Times");
        assertThat(g.media("Agence France-Presse").map(MediaEntry::name)).contains("Agence France-Presse");
        assertThat(g.media("Euronews").flatMap(MediaEntry::country)).isEmpty();
        assertThat(g.media("Euronews").map(MediaEntry::code)).contains("MED");
    }

    @Test
    void recognisesMediaHeadNounsAtTheEndOfADescription() {
        assertThat(g.isMediaHead("news agency")).isTrue();
        assertThat(g.isMediaHead("state TV")).isTrue();
        assertThat(g.isMediaHead("the semi-official news agency")).isTrue();
        assertThat(g.isMediaHead("the hardline daily")).isTrue();
        assertThat(g.isMediaHead("broadcasters")).isTrue();
        assertThat(g.isMediaHead("newspapers")).isTrue();
        assertThat(g.isMediaHead("foreign minister")).isFalse();
    }

    @Test
    void givesSectorsForRoleWordsInAnyNumberAndCase() {
        assertThat(g.sector("troops")).contains("MIL");
        assertThat(g.sector("soldiers")).contains("MIL");
        assertThat(g.sector("lawmakers")).contains("LEG");
        assertThat(g.sector("Lawmakers")).contains("LEG");
        assertThat(g.sector("MPs")).contains("LEG");
        assertThat(g.sector("president")).contains("GOV");
        assertThat(g.sector("officials")).contains("GOV");
        assertThat(g.sector("spokeswomen")).contains("GOV");
        assertThat(g.sector("judges")).contains("JUD");
        assertThat(g.sector("police")).contains("COP");
        assertThat(g.sector("journalists")).contains("MED");
        assertThat(g.sector("rebels")).contains("REB");
        assertThat(g.sector("militias")).contains("UAF");
        assertThat(g.sector("protesters")).contains("OPP");
        assertThat(g.sector("refugees")).contains("REF");
        assertThat(g.sector("clerics")).contains("REL");
        assertThat(g.sector("businessmen")).contains("BUS");
        assertThat(g.sector("the weather")).isEmpty();
    }

    @Test
    void takesLongestMultiWordTitle() {
        assertThat(g.role("Foreign Minister").map(RoleEntry::term)).contains("foreign minister");
        assertThat(g.role("deputy foreign minister").map(RoleEntry::term)).contains("deputy foreign minister");
        assertThat(g.role("Parliament Speaker").map(RoleEntry::sector)).contains("LEG");
        assertThat(g.role("speaker of parliament").map(RoleEntry::sector)).contains("LEG");
        assertThat(g.role("Secretary of State").map(RoleEntry::term)).contains("secretary of state");
        assertThat(g.role("Secretaries of State").map(RoleEntry::term)).contains("secretary of state");
        assertThat(g.role("Supreme Leader").map(RoleEntry::kind)).contains(RoleEntry.Kind.LEADER);
        assertThat(g.role("senior adviser").map(RoleEntry::term)).contains("senior adviser");
        assertThat(g.role("Iran's first vice-president").map(RoleEntry::term)).contains("vice-president");
        assertThat(g.role("vice president").map(RoleEntry::sector)).contains("GOV");
        assertThat(g.sector("Iranian Parliament Speaker")).contains("LEG");
    }

    @Test
    void lettsTheModifierDecideBetweenRoleWordsOfEqualLength() {
        assertThat(g.sector("army spokesman")).contains("MIL");
        assertThat(g.sector("police chief")).contains("COP");
        assertThat(g.sector("opposition leader")).contains("OPP");
        assertThat(g.sector("court official")).contains("JUD");
    }

    @Test
    void tellsTitlesOfPersonsFromGroups() {
        assertThat(g.role("President").map(RoleEntry::marksPerson)).contains(true);
        assertThat(g.role("adviser").map(RoleEntry::kind)).contains(RoleEntry.Kind.TITLE);
        assertThat(g.role("soldier").map(RoleEntry::kind)).contains(RoleEntry.Kind.PERSON);
        assertThat(g.role("government").map(RoleEntry::marksPerson)).contains(false);
        assertThat(g.role("General").map(RoleEntry::sector)).contains("MIL");
    }

    @Test
    void resolvesContextFormsOnlyBesideTheirCompanion() {
        assertThat(g.contextForm("the North", Set.of("KOR"))).contains("PRK");
        assertThat(g.contextForm("The North", Set.of("PRK", "USA"))).contains("PRK");
        assertThat(g.contextForm("the South", Set.of("PRK"))).contains("KOR");
        assertThat(g.contextForm("the North", Set.of("USA"))).isEmpty();
        assertThat(g.contextForm("the north", Set.of("KOR"))).isEmpty();
        assertThat(g.contextForm("the mainland", Set.of("TWN"))).contains("CHN");
        assertThat(g.contextForm("the kingdom", Set.of("SAU", "USA"))).contains("SAU");
        assertThat(g.contextForm("the Kingdom", Set.of("SAU"))).contains("SAU");
        assertThat(g.contextForm("the island", Set.of("TWN"))).contains("TWN");
        assertThat(g.contextForm("the bloc", Set.of("IGOEUREEC"))).contains("IGOEUREEC");
    }

    @Test
    void leavesContextFormUnresolvedWhenCompanionsDisagree() {
        assertThat(g.contextForm("the South", Set.of("KOR", "SDN"))).isEmpty();
        assertThat(g.contextForm("the kingdom", Set.of("SAU", "JOR"))).isEmpty();
    }

    @Test
    void findsRegionsAndPlacesThatAreNotCountries() {
        assertThat(g.region("Middle East").flatMap(RegionEntry::code)).contains("MEA");
        assertThat(g.region("New Jersey").flatMap(RegionEntry::code)).contains("USA");
        assertThat(g.region("North Pole").flatMap(RegionEntry::code)).isEmpty();
        assertThat(g.region("North Pole")).isPresent();
    }

    @Test
    void placesCitiesAndProvincesInTheirCountry() {
        assertThat(g.region("Mosul").flatMap(RegionEntry::code)).contains("IRQ");
        assertThat(g.region("Kharkov").flatMap(RegionEntry::code)).contains("UKR");
        assertThat(g.region("North Darfur").flatMap(RegionEntry::code)).contains("SDN");
        assertThat(g.region("Tripoli")).isEmpty(); // Libya's or Lebanon's
        assertThat(g.metonym("Jakarta").map(Metonym::country)).contains("IDN"); // a capital stays its government
    }
}
