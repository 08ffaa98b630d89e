package org.wirescope.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirescope.model.Actor;

class RoleTest {

    @Test
    void premodifyingTitleWithDemonymIsTheRole() {
        Found f = Found.in(HandDoc.of("Iranian Parliament Speaker Reza Tabari stated on Friday that talks had failed.")
                .ner("PERSON", "Reza Tabari").ner("MISC", "Iranian"));

        assertThat(f.named("Reza Tabari").role()).contains("Iranian Parliament Speaker");
    }

    @Test
    void premodifyingTitleWithCountryAbbreviationIsTheRole() {
        Found f = Found.in(HandDoc.of("The reply went to US President Ellis Grant on Monday.").ner("PERSON", "Ellis Grant"));

        assertThat(f.named("Ellis Grant").role()).contains("US President");
    }

    @Test
    void titleStopsAtTheVerbBeforeIt() {
        Found f = Found.in(HandDoc.of("State television quoted Foreign Minister Sami Adel as saying so.")
                .ner("PERSON", "Sami Adel"));

        assertThat(f.named("Sami Adel").role()).contains("Foreign Minister");
    }

    @Test
    void titleAfterAPossessiveCountryKeepsIt() {
        Found f = Found.in(HandDoc.of("North Korea's leader Kim Jong Un watched the launch.").ner("PERSON", "Kim Jong Un"));

        assertThat(f.named("Kim Jong Un").role()).contains("North Korea's leader");
    }

    @Test
    void weekdayBeforeATitleIsNotPartOfIt() {
        Found f = Found.in(HandDoc.of("On Monday President Lena Moro signed the bill.").ner("PERSON", "Lena Moro"));

        assertThat(f.named("Lena Moro").role()).contains("President");
    }

    @Test
    void appositionDropsItsDeterminer() {
        Found f = Found.in(HandDoc.of("Ali Nasser, an adviser to Supreme Leader Hamid Sadri, described the reply as measured.")
                .ner("PERSON", "Ali Nasser", "Hamid Sadri"));

        assertThat(f.named("Ali Nasser").role()).contains("adviser to Supreme Leader Hamid Sadri");
        assertThat(f.named("Hamid Sadri").role()).contains("Supreme Leader");
    }

    @Test
    void appositionWithAnotherDropsAnother() {
        Found f = Found.in(HandDoc.of("Omid Rahal, another senior adviser to Sadri, expressed optimism.")
                .ner("PERSON", "Omid Rahal", "Sadri"));

        assertThat(f.named("Omid Rahal").role()).contains("senior adviser to Sadri");
    }

    @Test
    void outletAppositionDropsTheTrailingAcronym() {
        Found f = Found.in(HandDoc.of("The claim was made by Tasnim, a news agency affiliated with the Iranian Revolutionary "
                + "Guard Corps (IRGC).").ner("PERSON", "Tasnim").ner("ORGANIZATION", "Iranian Revolutionary Guard Corps"));

        Actor tasnim = f.named("Tasnim");
        assertThat(tasnim.role()).contains("news agency affiliated with the Iranian Revolutionary Guard Corps");
        assertThat(Found.texts(f.named("Iranian Revolutionary Guard Corps"))).containsExactly(
                "Iranian Revolutionary Guard Corps", "IRGC");
    }

    @Test
    void relativeClauseIsNoApposition() {
        Found f = Found.in(HandDoc.of("Ali Nasser, who oversees the talks, explained the plan.").ner("PERSON", "Ali Nasser"));

        assertThat(f.named("Ali Nasser").role()).isEmpty();
    }

    @Test
    void appositionWithoutARoleWordIsNoRole() {
        Found f = Found.in(HandDoc.of("Ali Nasser, 63, explained the plan.").ner("PERSON", "Ali Nasser"));

        assertThat(f.named("Ali Nasser").role()).isEmpty();
    }

    @Test
    void appositionIsReadFromTheParseWhenThereIsOne() {
        Found f = Found.in(HandDoc.of("Ali Nasser, an adviser to the cabinet of Oman, spoke.")
                .ner("PERSON", "Ali Nasser")
                .dep("Ali", "Nasser", "compound").dep("Nasser", "spoke", "nsubj").dep(",#1", "Nasser", "punct")
                .dep("an", "adviser", "det").dep("adviser", "Nasser", "appos").dep("to", "cabinet", "case")
                .dep("the", "cabinet", "det").dep("cabinet", "adviser", "nmod").dep("of", "Oman", "case")
                .dep("Oman", "cabinet", "nmod").dep(",#2", "Nasser", "punct").dep("spoke", "ROOT", "root")
                .dep(".", "spoke", "punct"));

        assertThat(f.named("Ali Nasser").role()).contains("adviser to the cabinet of Oman");
    }

    @Test
    void titleInAParsedSentenceKeepsOnlyWordsHangingOnTheName() {
        Found f = Found.in(HandDoc.of("Iranian Parliament Speaker Reza Tabari spoke.")
                .ner("PERSON", "Reza Tabari")
                .dep("Iranian", "Speaker", "amod").dep("Parliament", "Speaker", "compound")
                .dep("Speaker", "Tabari", "compound").dep("Reza", "Tabari", "compound")
                .dep("Tabari", "spoke", "nsubj").dep("spoke", "ROOT", "root").dep(".", "spoke", "punct"));

        assertThat(f.named("Reza Tabari").role()).contains("Iranian Parliament Speaker");
    }

    @Test
    void firstRoleGivenIsKept() {
        Found f = Found.in(HandDoc.of("Foreign Minister Dana Ilves arrived. Ilves, a former envoy to Oman, smiled.")
                .ner("PERSON", "Dana Ilves", "Ilves"));

        assertThat(f.named("Dana Ilves").role()).contains("Foreign Minister");
    }

    @Test
    void appositionStopsAtADashAndNeverStartsWithANumber() {
        Found f = Found.in(HandDoc.of("Ali Nasser, 40 \u2015 a father and student \u2015 died. Omid Rahal, a student \u2014 "
                + "and a poet \u2014 spoke.").ner("PERSON", "Ali Nasser", "Omid Rahal"));

        assertThat(f.named("Ali Nasser").role()).isEmpty();
        assertThat(f.named("Omid Rahal").role()).contains("student");
    }

    @Test
    void commaEndingTheArticleAfterANameIsNoApposition() {
        Found plain = Found.in(HandDoc.of("Ali Nasser,").ner("PERSON", "Ali Nasser"));
        Found parsed = Found.in(HandDoc.of("Ali Nasser,").ner("PERSON", "Ali Nasser").dep("Ali", "Nasser", "compound")
                .dep("Nasser", "ROOT", "root").dep(",", "Nasser", "punct"));

        assertThat(plain.named("Ali Nasser").role()).isEmpty();
        assertThat(parsed.named("Ali Nasser").role()).isEmpty();
    }
}
