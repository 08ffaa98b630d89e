package org.wirescope.events.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class AgentDictionaryTest {

    private static AgentDictionary load(String text) throws IOException {
        return AgentDictionary.load(new StringReader(text), "test.agents");
    }

    @Test
    void formsTheRegularPluralOfAnAgent() throws IOException {
        AgentDictionary d = load("""
                TAX_COLLECTOR [~GOV]   # made up
                DEPUTY [~LEG]
                """);
        assertThat(d.codeFor("tax collectors")).contains("~GOV");
        assertThat(d.entry("DEPUTIES").orElseThrow().name()).isEqualTo("DEPUTY");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void usesThePluralGivenInBraces() throws IOException {
        AgentDictionary d = load("""
                POSTMASTER_GENERAL {POSTMASTERS_GENERAL} [~GOV]
                """);
        assertThat(d.entry("postmasters general").orElseThrow().plurals()).containsExactly("POSTMASTERS GENERAL");
        assertThat(d.entry("postmaster generals")).isEmpty();
    }

    @Test
    void formsNoPluralForEmptyBraces() throws IOException {
        AgentDictionary d = load("""
                GENDARMERIE {} [~COP]
                """);
        assertThat(d.entry("GENDARMERIE").orElseThrow().plurals()).isEmpty();
        assertThat(d.entry("GENDARMERIES")).isEmpty();
    }

    @Test
    void expandsSubstitutionSets() throws IOException {
        AgentDictionary d = load("""
                !FOLK! = MAN, MEN, WOMAN, WOMEN
                FERRY!FOLK! [~BUS]
                !FOLK!_OF_THE_CLOTH [~REL]
                """);
        assertThat(d.entries()).extracting(AgentEntry::name).containsExactly(
                "FERRYMAN", "FERRYMEN", "FERRYWOMAN", "FERRYWOMEN",
                "MAN OF THE CLOTH", "MEN OF THE CLOTH", "WOMAN OF THE CLOTH", "WOMEN OF THE CLOTH");
        assertThat(d.entry("ferrymen").orElseThrow().plurals()).isEmpty();
    }

    @Test
    void placesTheAgentCodeAfterOrBeforeTheActorCode() throws IOException {
        AgentDictionary d = load("""
                HARBOUR_MASTER  [ ~GOVTRN]
                RELIEF_CHARITY [NGO~]
                """);
        AgentEntry master = d.entry("harbour master").orElseThrow();
        assertThat(master.followsActor()).isTrue();
        assertThat(master.applyTo("FRD")).isEqualTo("FRDGOVTRN");
        assertThat(d.entry("relief charities").orElseThrow().applyTo("FRD")).isEqualTo("NGOFRD");
    }

    @Test
    void reportsAnAgentWithoutACodeWithItsLineNumber() throws IOException {
        AgentDictionary d = load("""
                <!-- made-up agents -->
                LIGHTHOUSE_KEEPER [~BUS]
                CHIMNEY_SWEEP
                BELL_RINGER [BUS]
                """);
        assertThat(d.warnings()).extracting(DictionaryWarning::toString).containsExactly(
                "test.agents:3: agent without a [code]; skipped",
                "test.agents:4: agent code 'BUS' must be ~CODE or CODE~; skipped");
        assertThat(d.entries()).hasSize(1);
    }

    @Test
    void reportsAnUndefinedSubstitutionSet() throws IOException {
        AgentDictionary d = load("""
                WATCH!GUARD! [~COP]
                WATCHMAN [~COP]
                """);
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message()).contains("!GUARD!");
        });
    }
}
