package org.wirescope.actors.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import java.util.List;
import org.junit.jupiter.api.Test;

class GazetteerFindAllTest {

    private final Gazetteer g = Gazetteer.standard();

    private List<Match> find(String text) {
        return g.findAll(text);
    }

    @Test
    void findsCapitalAsGovernmentMetonym() {
        String text = "Officials in Tehran said the talks would resume.";
        assertThat(find(text))
                .extracting(Match::surface, Match::kind, Match::code, Match::sector)
                .contains(tuple("Tehran", Match.Kind.METONYM, "IRN", java.util.Optional.of("GOV")));
        Match tehran = find(text).stream().filter(m -> m.surface().equals("Tehran")).findFirst().orElseThrow();
        assertThat(text.substring(tehran.start(), tehran.end())).isEqualTo("Tehran");
        assertThat(tehran.start()).isEqualTo(13);
    }

    @Test
    void reportsEveryKindInOneSentence() {
        String text = "Iranian Foreign Minister Abbas Araghchi told the state-run IRNA news agency that US troops "
                + "and NATO had left Iraq, as lawmakers in Washington met.";
        assertThat(find(text)).extracting(Match::surface, Match::kind, Match::code).containsExactly(
                tuple("Iranian", Match.Kind.DEMONYM, "IRN"),
                tuple("Foreign Minister", Match.Kind.ROLE, "GOV"),
                tuple("IRNA", Match.Kind.MEDIA, "IRNMED"),
                tuple("news agency", Match.Kind.MEDIA_HEAD, "MED"),
                tuple("US", Match.Kind.COUNTRY, "USA"),
                tuple("troops", Match.Kind.ROLE, "MIL"),
                tuple("NATO", Match.Kind.ORGANIZATION, "IGOWSTNAT"),
                tuple("Iraq", Match.Kind.COUNTRY, "IRQ"),
                tuple("lawmakers", Match.Kind.ROLE, "LEG"),
                tuple("Washington", Match.Kind.METONYM, "USA"));
    }

    @Test
    void prefersLongestMatch() {
        assertThat(find("North Korea fired a missile.")).extracting(Match::surface, Match::code)
                .containsExactly(tuple("North Korea", "PRK"));
        assertThat(find("A South Korean diplomat spoke.")).extracting(Match::surface, Match::kind, Match::code)
                .containsExactly(tuple("South Korean", Match.Kind.DEMONYM, "KOR"), tuple("diplomat", Match.Kind.ROLE, "GOV"));
        assertThat(find("The Washington Post reported it.")).extracting(Match::surface, Match::kind)
                .containsExactly(tuple("The Washington Post", Match.Kind.MEDIA));
        assertThat(find("He spoke at the UN Security Council.")).extracting(Match::surface, Match::code)
                .containsExactly(tuple("UN Security Council", "IGOUNO"));
    }

    @Test
    void prefersLongerOverlappingMatchOverEarlierShorterOne() {
        assertThat(find("the North Korean leader")).extracting(Match::surface)
                .containsExactly("North Korean", "leader");
    }

    @Test
    void respectsTokenBoundaries() {
        assertThat(find("Iranians and Iranian-backed groups")).extracting(Match::surface, Match::kind).containsExactly(
                tuple("Iranians", Match.Kind.PEOPLE), tuple("Iranian", Match.Kind.DEMONYM));
        assertThat(find("Chinatown and Omaha")).isEmpty();
        assertThat(find("The USAF flew.")).isEmpty();
        assertThat(find("the U.S.-led coalition and Sino-US ties")).extracting(Match::surface, Match::code)
                .containsExactly(tuple("U.S.", "USA"), tuple("Sino", "CHN"), tuple("US", "USA"));
    }

    @Test
    void doesNotMistakeLowerCaseWordsForNames() {
        assertThat(find("Let us roast a turkey with china plates.")).isEmpty();
        assertThat(find("Give it to us, said the chad.")).isEmpty();
    }

    @Test
    void matchesNamesInHeadlineCapitals() {
        assertThat(find("IRAN WARNS ISRAEL")).extracting(Match::code).containsExactly("IRN", "ISR");
    }

    @Test
    void findsPluralAndCapitalisedRoleWords() {
        assertThat(find("Soldiers, Lawmakers and MPs met generals and the Defence Ministers."))
                .extracting(Match::surface, Match::code)
                .containsExactly(tuple("Soldiers", "MIL"), tuple("Lawmakers", "LEG"), tuple("MPs", "LEG"),
                        tuple("generals", "MIL"), tuple("Defence Ministers", "GOV"));
    }

    @Test
    void findsTitleGeneralOnlyWhenCapitalised() {
        assertThat(find("General Bagheri and the general election")).extracting(Match::surface)
                .containsExactly("General");
    }

    @Test
    void resolvesContextFormBesideItsCompanion() {
        String text = "South Korea said the North launched a missile. The South responded.";
        assertThat(find(text)).extracting(Match::surface, Match::kind, Match::code).containsExactly(
                tuple("South Korea", Match.Kind.COUNTRY, "KOR"),
                tuple("the North", Match.Kind.CONTEXT_FORM, "PRK"),
                tuple("The South", Match.Kind.CONTEXT_FORM, "KOR"));
    }

    @Test
    void dropsContextFormWithoutCompanion() {
        assertThat(find("Voters in the North went to the polls.")).extracting(Match::surface)
                .containsExactly("Voters");
    }

    @Test
    void resolvesContextFormFromDemonymOrMetonym() {
        assertThat(find("Pyongyang said the South was to blame.")).extracting(Match::surface, Match::code)
                .containsExactly(tuple("Pyongyang", "PRK"), tuple("the South", "KOR"));
        assertThat(find("Taiwanese officials said the mainland had sent jets.")).extracting(Match::surface, Match::code)
                .contains(tuple("the mainland", "CHN"));
    }

    @Test
    void keepsPlacesThatContainACountryNameFromReadingAsThatCountry() {
        assertThat(find("He flew from New Jersey to the North Pole via Latin America."))
                .extracting(Match::surface, Match::kind, Match::code)
                .containsExactly(tuple("New Jersey", Match.Kind.REGION, "USA"), tuple("Latin America", Match.Kind.REGION, "LAM"));
    }

    @Test
    void readsNamesThatHoldAnOutletNameAsAWhole() {
        assertThat(find("The Palestine Liberation Organization and the People's Liberation Army"))
                .extracting(Match::surface, Match::code, Match::sector)
                .containsExactly(tuple("Palestine Liberation Organization", "PSE", java.util.Optional.of("GOV")),
                        tuple("People's Liberation Army", "CHN", java.util.Optional.of("MIL")));
    }

    @Test
    void readsHeadlineAbbreviationsOfTheKoreas() {
        assertThat(find("NKorea fires missile, SKorea says")).extracting(Match::code).containsExactly("PRK", "KOR");
    }

    @Test
    void flagsAmbiguousMatches() {
        assertThat(find("Congo and Brussels and Iran")).extracting(Match::surface, Match::ambiguous).containsExactly(
                tuple("Congo", true), tuple("Brussels", true), tuple("Iran", false));
    }

    @Test
    void neverMatchesAcrossAParagraphBreak() {
        assertThat(find("in the North\n\nKorea")).extracting(Match::surface, Match::code)
                .containsExactly(tuple("the North", "PRK"), tuple("Korea", "KOR"));
        assertThat(find("in North\nKorea")).extracting(Match::surface).containsExactly("North\nKorea");
    }

    @Test
    void handlesEmptyAndPunctuationOnlyText() {
        assertThat(find("")).isEmpty();
        assertThat(find(" \n\t…—!")).isEmpty();
    }

    @Test
    void keepsOffsetsIntoOriginalTextAcrossAccentsAndSoftHyphens() {
        String text = "À Côte d’Ivoire, l’Élysée et Ira\u00ADnian…";
        List<Match> found = find(text);
        assertThat(found).extracting(Match::code).containsExactly("CIV", "FRA", "IRN");
        for (Match m : found) {
            assertThat(text.substring(m.start(), m.end())).isEqualTo(m.surface());
        }
    }
}
