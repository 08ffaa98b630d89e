package org.wirescope.actors.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

class GazetteerResourcesTest {

    private final Gazetteer g = Gazetteer.standard();

    @Test
    void coversEveryCountryAndTerritory() {
        assertThat(g.countries()).hasSizeGreaterThanOrEqualTo(240);
        assertThat(g.countries()).extracting(CountryEntry::code).doesNotHaveDuplicates();
    }

    @Test
    void usesThreeUpperCaseLetterCountryCodes() {
        assertThat(g.countries()).allSatisfy(c -> assertThat(c.code()).matches("[A-Z]{3}"));
        assertThat(g.countries()).allSatisfy(c -> assertThat(c.metonyms()).allSatisfy(m -> {
            assertThat(m.country()).isEqualTo(c.code());
            assertThat(m.sector()).matches("([A-Z]{3})+");
        }));
    }

    @Test
    void includesEveryUnitedNationsMemberWithACapital() {
        String members = "AFG ALB DZA AND AGO ATG ARG ARM AUS AUT AZE BHS BHR BGD BRB BLR BEL BLZ BEN BTN BOL BIH BWA BRA BRN "
                + "BGR BFA BDI CPV KHM CMR CAN CAF TCD CHL CHN COL COM COG COD CRI CIV HRV CUB CYP CZE DNK DJI DMA DOM ECU "
                + "EGY SLV GNQ ERI EST SWZ ETH FJI FIN FRA GAB GMB GEO DEU GHA GRC GRD GTM GIN GNB GUY HTI HND HUN ISL IND "
                + "IDN IRN IRQ IRL ISR ITA JAM JPN JOR KAZ KEN KIR PRK KOR KWT KGZ LAO LVA LBN LSO LBR LBY LIE LTU LUX MDG "
                + "MWI MYS MDV MLI MLT MHL MRT MUS MEX FSM MDA MCO MNG MNE MAR MOZ MMR NAM NRU NPL NLD NZL NIC NER NGA MKD "
                + "NOR OMN PAK PLW PAN PNG PRY PER PHL POL PRT QAT ROU RUS RWA KNA LCA VCT WSM SMR STP SAU SEN SRB SYC SLE "
                + "SGP SVK SVN SLB SOM ZAF SSD ESP LKA SDN SUR SWE CHE SYR TJK TZA THA TLS TGO TON TTO TUN TUR TKM TUV UGA "
                + "UKR ARE GBR USA URY UZB VUT VEN VNM YEM ZMB ZWE";
        Set<String> codes = Set.of(members.split(" "));
        assertThat(codes).hasSize(193);
        for (String code : codes) {
            CountryEntry c = g.countryByCode(code).orElseThrow(() -> new AssertionError("missing " + code));
            assertThat(c.capitals()).as("capital of %s", code).isNotEmpty();
            assertThat(c.demonyms()).as("demonyms of %s", code).isNotEmpty();
            assertThat(c.people()).as("people forms of %s", code).isNotEmpty();
        }
        assertThat(g.countryByCode("PSE")).isPresent();
        assertThat(g.countryByCode("VAT")).isPresent();
        assertThat(g.countryByCode("TWN")).isPresent();
        assertThat(g.countryByCode("XKX")).isPresent();
    }

    @Test
    void mapsNoUnmarkedCountryFormToTwoCountries() throws IOException {
        Map<String, Set<String>> unmarked = new HashMap<>();
        for (String line : dataLines("countries.tsv")) {
            String[] cells = line.split("\t", -1);
            for (int col = 1; col < cells.length; col++) {
                for (String form : cells[col].split("\\|")) {
                    String f = form.trim();
                    if (f.isEmpty() || f.startsWith("~")) {
                        continue;
                    }
                    int eq = f.lastIndexOf('=');
                    String surface = col == 6 && eq > 0 ? f.substring(0, eq) : f;
                    unmarked.computeIfAbsent(Form.of(surface).canonical(), k -> new HashSet<>()).add(cells[0]);
                }
            }
        }
        Map<String, Set<String>> clashes = unmarked.entrySet().stream().filter(e -> e.getValue().size() > 1)
                .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue));
        assertThat(clashes).isEmpty();
    }

    @Test
    void usesCameoStyleOrganisationCodes() {
        assertThat(g.organizations()).filteredOn(o -> o.type() != OrgEntry.Type.GROUP).hasSizeGreaterThanOrEqualTo(60)
                .allSatisfy(o -> {
                    assertThat(o.code()).matches("(IGO|NGO)([A-Z]{3})*");
                    assertThat(o.code()).startsWith(o.type().name());
                });
    }

    @Test
    void codesGroupsByTheirHomeAndSector() {
        assertThat(g.organizations()).filteredOn(o -> o.type() == OrgEntry.Type.GROUP).hasSizeGreaterThanOrEqualTo(150)
                .allSatisfy(o -> {
                    assertThat(o.code()).matches("[A-Z]{3}([A-Z]{3})+");
                    o.country().ifPresentOrElse(c -> assertThat(o.code()).startsWith(c),
                            () -> assertThat(o.code()).matches("(IMG|MNC).*"));
                    assertThat(o.sector()).matches("([A-Z]{3})+");
                });
    }

    @Test
    void givesEveryListedPersonACodeOfAKnownCountryOrOrganisation() {
        Set<String> orgCodes = new HashSet<>();
        g.organizations().forEach(o -> orgCodes.add(o.code()));
        assertThat(g.people()).hasSizeGreaterThanOrEqualTo(300).allSatisfy(p -> {
            boolean ofCountry = p.country().isPresent() && p.code().equals(p.country().get() + p.sector());
            assertThat(ofCountry || orgCodes.contains(p.code())).as(p.name()).isTrue();
        });
        assertThat(g.people()).extracting(PersonEntry::name).doesNotHaveDuplicates();
    }

    @Test
    void givesMediaAKnownCountry() {
        assertThat(g.media()).hasSizeGreaterThanOrEqualTo(150);
        assertThat(g.media()).allSatisfy(m -> m.country().ifPresent(c -> assertThat(g.countryByCode(c)).isPresent()));
        assertThat(g.media()).extracting(MediaEntry::name).doesNotHaveDuplicates();
    }

    @Test
    void givesEveryRoleAThreeLetterSector() {
        assertThat(g.roles()).hasSizeGreaterThanOrEqualTo(300);
        assertThat(g.roles()).allSatisfy(r -> assertThat(r.sector()).matches("([A-Z]{3})+"));
        assertThat(g.roles()).extracting(RoleEntry::sector).contains("GOV", "MIL", "LEG", "JUD", "COP", "MED", "OPP", "REB",
                "UAF", "SPY", "CVL", "BUS", "EDU", "HLH", "REL", "LAB", "REF", "PTY", "IGO", "NGO", "CRM", "AGR", "ENV", "HRI");
        assertThat(g.roles()).filteredOn(r -> r.kind() == RoleEntry.Kind.LEADER).hasSizeGreaterThanOrEqualTo(20);
    }

    @Test
    void pointsContextFormsAtKnownCodes() {
        Set<String> known = new HashSet<>();
        g.countries().forEach(c -> known.add(c.code()));
        g.organizations().forEach(o -> known.add(o.code()));
        assertThat(g.contextForms()).allSatisfy(f -> {
            assertThat(known).contains(f.code());
            assertThat(known).containsAll(f.triggers());
        });
    }

    @ParameterizedTest
    @EnumSource(Table.class)
    void startsEveryBundledTableWithAHeaderThatNamesIt(Table table) throws IOException {
        String first = resource(table.resource()).lines().findFirst().orElseThrow();
        assertThat(first).startsWith("# " + table.label() + ":");
    }

    @Test
    void loadsTheStandardGazetteerOnce() {
        assertThat(Gazetteer.standard()).isSameAs(Gazetteer.standard());
    }

    private static List<String> dataLines(String name) throws IOException {
        return resource(name).lines().filter(l -> !l.isBlank() && !l.startsWith("#")).toList();
    }

    private static String resource(String name) throws IOException {
        try (InputStream in = Gazetteer.class.getResourceAsStream(name)) {
            assertThat(in).as(name).isNotNull();
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }
}
