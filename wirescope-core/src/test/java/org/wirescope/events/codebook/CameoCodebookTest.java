package org.wirescope.events.codebook;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.StringReader;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.junit.jupiter.api.Test;

class CameoCodebookTest {

    private static final Set<String> PLOVER_2021 = Set.of(
            "AGREE", "CONSULT", "SUPPORT", "CONCEDE", "COOPERATE", "AID", "RETREAT",
            "REQUEST", "ACCUSE", "REJECT", "THREATEN", "PROTEST", "SANCTION", "MOBILIZE", "COERCE", "ASSAULT");

    private final CameoCodebook cameo = CameoCodebook.standard();

    @Test
    void holdsAllTwentyRoots() {
        List<String> roots = cameo.all().stream().filter(CameoCode::isRoot).map(CameoCode::code).toList();
        List<String> expected = IntStream.rangeClosed(1, 20).mapToObj(i -> String.format("%02d", i)).toList();
        assertThat(roots).containsExactlyElementsOf(expected);
    }

    @Test
    void holdsEveryThreeAndFourDigitCode() {
        assertThat(cameo.all()).hasSize(312);
        assertThat(cameo.all().stream().filter(c -> c.code().length() == 4)).isNotEmpty();
        assertThat(cameo.isValid("2042")).isTrue();
        assertThat(cameo.isValid("0214")).isTrue();
    }

    @Test
    void keepsEveryGoldsteinValueWithinTheScale() {
        assertThat(cameo.all()).allSatisfy(c -> assertThat(c.goldstein()).isBetween(-10.0, 10.0));
    }

    @Test
    void givesEveryCodeTheQuadClassOfItsRoot() {
        assertThat(cameo.all()).allSatisfy(c -> {
            int root = Integer.parseInt(c.root());
            int expected = root <= 5 ? 1 : root <= 9 ? 2 : root <= 14 ? 3 : 4;
            assertThat(c.quadClass()).as(c.code()).isEqualTo(expected);
            assertThat(cameo.root(c.code()).quadClass()).isEqualTo(expected);
        });
    }

    @Test
    void nestsEveryChildUnderItsParentPrefix() {
        for (CameoCode parent : cameo.all()) {
            assertThat(cameo.children(parent.code())).allSatisfy(child -> {
                assertThat(child.code()).startsWith(parent.code()).hasSize(parent.code().length() + 1);
                assertThat(child.root()).isEqualTo(parent.root());
            });
        }
        for (CameoCode c : cameo.all()) {
            if (c.isRoot()) continue;
            String parent = c.code().substring(0, c.code().length() - 1);
            assertThat(cameo.children(parent)).as("parent of %s", c.code()).contains(c);
        }
    }

    @Test
    void mapsEveryCodeToA2021PloverType() {
        assertThat(cameo.all()).allSatisfy(c -> assertThat(c.ploverType()).as(c.code()).isIn(PLOVER_2021));
    }

    @Test
    void reachesEveryPloverTypeUsedByTheGoldRecords() {
        Set<String> reached = cameo.all().stream().map(CameoCode::ploverType).collect(Collectors.toSet());
        assertThat(reached).containsAll(PLOVER_2021);
    }

    @Test
    void givesNoBlankModes() {
        assertThat(cameo.all()).allSatisfy(c -> c.ploverMode().ifPresent(m -> assertThat(m).isNotBlank()));
    }

    @Test
    void describesExpressIntentToMeet() {
        CameoCode c = cameo.get("036").orElseThrow();
        assertThat(c.name()).isEqualTo("Express intent to meet or negotiate");
        assertThat(c.goldstein()).isEqualTo(4.0);
        assertThat(c.quadClass()).isEqualTo(1);
        assertThat(c.ploverType()).isEqualTo("AGREE");
    }

    @Test
    void mapsAccuseToAccuse() {
        CameoCode c = cameo.get("112").orElseThrow();
        assertThat(c.name()).isEqualTo("Accuse");
        assertThat(c.ploverType()).isEqualTo("ACCUSE");
        assertThat(c.quadClass()).isEqualTo(3);
    }

    @Test
    void mapsThreatOfMilitaryForceToThreatenWithViolence() {
        CameoCode c = cameo.get("138").orElseThrow();
        assertThat(c.ploverType()).isEqualTo("THREATEN");
        assertThat(c.ploverMode()).contains("violence");
        assertThat(c.quadClass()).isEqualTo(3);
        assertThat(c.goldstein()).isEqualTo(-7.0);
    }

    @Test
    void mapsConventionalMilitaryForceToAssault() {
        CameoCode c = cameo.get("190").orElseThrow();
        assertThat(c.ploverType()).isEqualTo("ASSAULT");
        assertThat(c.quadClass()).isEqualTo(4);
        assertThat(c.goldstein()).isEqualTo(-10.0);
    }

    @Test
    void splitsYieldIntoConcedeAndRetreat() {
        assertThat(cameo.get("0833").orElseThrow().ploverType()).isEqualTo("CONCEDE");
        assertThat(cameo.get("0841").orElseThrow().plover().type()).isEqualTo("RETREAT");
        assertThat(cameo.get("0841").orElseThrow().plover().mode()).contains("release");
    }

    @Test
    void foldsAppealsAndDemandsIntoRequest() {
        assertThat(cameo.get("0231").orElseThrow().ploverType()).isEqualTo("REQUEST");
        assertThat(cameo.get("1053").orElseThrow().ploverType()).isEqualTo("REQUEST");
        assertThat(cameo.get("1053").orElseThrow().ploverMode()).contains("yield");
    }

    @Test
    void resolvesTheRootOfAFourDigitCode() {
        assertThat(cameo.root("1384").code()).isEqualTo("13");
        assertThat(cameo.root("1384").name()).isEqualTo("THREATEN");
        assertThat(cameo.root("13").code()).isEqualTo("13");
    }

    @Test
    void listsTheChildrenOfARootAndOfAThreeDigitCode() {
        assertThat(cameo.children("13")).extracting(CameoCode::code)
                .containsExactly("130", "131", "132", "133", "134", "135", "136", "137", "138", "139");
        assertThat(cameo.children("138")).extracting(CameoCode::code)
                .containsExactly("1381", "1382", "1383", "1384", "1385");
        assertThat(cameo.children("1384")).isEmpty();
    }

    @Test
    void rejectsUnknownCodes() {
        assertThat(cameo.isValid("999")).isFalse();
        assertThat(cameo.isValid("")).isFalse();
        assertThat(cameo.isValid(null)).isFalse();
        assertThat(cameo.get("21")).isEmpty();
        assertThatThrownBy(() -> cameo.root("21")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("'21'");
        assertThatThrownBy(() -> cameo.children("0999")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void toleratesSurroundingBlanksInLookups() {
        assertThat(cameo.get(" 036 ")).map(CameoCode::code).contains("036");
    }

    @Test
    void returnsTheSameStandardInstance() {
        assertThat(CameoCodebook.standard()).isSameAs(cameo);
    }

    @Test
    void readsAMadeUpCodebook() throws Exception {
        String tsv = """
                code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode\tnote
                13\tTHREATEN\t-6\t3\tTHREATEN\t\t
                138\tThreaten with force\t-7\t3\tTHREATEN\tviolence\tmade up
                """;
        CameoCodebook book = CameoCodebook.read(new StringReader(tsv));
        assertThat(book.all()).hasSize(2);
        assertThat(book.get("138").orElseThrow().ploverMode()).isEqualTo(Optional.of("violence"));
        assertThat(book.get("13").orElseThrow().ploverMode()).isEmpty();
    }

    @Test
    void refusesARowWhoseQuadClassContradictsItsRoot() {
        String tsv = """
                code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode
                13\tTHREATEN\t-6\t1\tTHREATEN\t
                """;
        assertThatThrownBy(() -> CameoCodebook.read(new StringReader(tsv)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("line 2:");
    }

    @Test
    void refusesAChildBeforeItsRoot() {
        String tsv = """
                code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode
                138\tThreaten with force\t-7\t3\tTHREATEN\tviolence
                """;
        assertThatThrownBy(() -> CameoCodebook.read(new StringReader(tsv)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("root 13");
    }

    @Test
    void refusesAGoldsteinValueOffTheScale() {
        String tsv = """
                code\tname\tgoldstein\tquad_class\tplover_type\tplover_mode
                19\tFIGHT\t-11\t4\tASSAULT\t
                """;
        assertThatThrownBy(() -> CameoCodebook.read(new StringReader(tsv)))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("goldstein");
    }
}
