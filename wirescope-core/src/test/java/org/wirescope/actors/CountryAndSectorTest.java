package org.wirescope.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirescope.model.Actor;

class CountryAndSectorTest {

    @Test
    void demonymInTheTitleGivesCountryAndTheTitleGivesSector() {
        Actor speaker = Found.in(HandDoc.of("Iranian Parliament Speaker Reza Tabari spoke.").ner("PERSON", "Reza Tabari"))
                .named("Reza Tabari");

        assertThat(speaker.country()).contains("IRN");
        assertThat(speaker.sector()).contains("LEG");
        assertThat(speaker.code()).contains("IRNLEG");
    }

    @Test
    void countryAbbreviationInTheTitleGivesCountry() {
        Actor president = Found.in(HandDoc.of("US President Ellis Grant spoke.").ner("PERSON", "Ellis Grant")).named("Ellis Grant");

        assertThat(president.country()).contains("USA");
        assertThat(president.code()).contains("USAGOV");
    }

    @Test
    void multiWordDemonymGivesCountry() {
        Actor leader = Found.in(HandDoc.of("North Korean leader Kim Jong Un spoke.").ner("PERSON", "Kim Jong Un")).named("Kim Jong Un");

        assertThat(leader.country()).contains("PRK");
        assertThat(leader.sector()).contains("GOV");
    }

    @Test
    void countryInAnOfComplementGivesCountry() {
        Actor leader = Found.in(HandDoc.of("Lena Moro, the leader of Oman, spoke.").ner("PERSON", "Lena Moro")).named("Lena Moro");

        assertThat(leader.country()).contains("OMN");
    }

    @Test
    void countryInAToComplementIsNotThePersonsCountry() {
        Actor envoy = Found.in(HandDoc.of("Tom Reyes, an envoy to Oman, spoke.").ner("PERSON", "Tom Reyes")).named("Tom Reyes");

        assertThat(envoy.country()).isEmpty();
        assertThat(envoy.code()).isEmpty();
    }

    @Test
    void organisationInTheTitleGivesItsCountry() {
        Actor commander = Found.in(HandDoc.of("IRGC commander Hadi Jalali spoke.").ner("PERSON", "Hadi Jalali"))
                .named("Hadi Jalali");

        assertThat(commander.role()).contains("IRGC commander");
        assertThat(commander.country()).contains("IRN");
        assertThat(commander.sector()).contains("MIL");
    }

    @Test
    void adviserTakesTheCountryOfThePersonAdvised() {
        Found f = Found.in(HandDoc.of("Tehran and Washington traded words. Ali Nasser, an adviser to Supreme Leader Hamid "
                + "Sadri, spoke. Iran was calm.").ner("PERSON", "Ali Nasser", "Hamid Sadri"));

        assertThat(f.named("Hamid Sadri").country()).contains("IRN");
        assertThat(f.named("Ali Nasser").country()).contains("IRN");
        assertThat(f.named("Ali Nasser").code()).contains("IRNGOV");
    }

    @Test
    void nationalOfficeTakesTheDominantCountry() {
        Found f = Found.in(HandDoc.of("Iran sent a reply. Foreign Minister Sami Adel said Iran would wait for the United States.")
                .ner("PERSON", "Sami Adel"));

        assertThat(f.named("Sami Adel").country()).contains("IRN");
    }

    @Test
    void adviserWithoutTiesTakesNoCountry() {
        Found f = Found.in(HandDoc.of("Iran sent a reply. Senior adviser Omid Rahal said Iran would wait.")
                .ner("PERSON", "Omid Rahal"));

        assertThat(f.named("Omid Rahal").country()).isEmpty();
        assertThat(f.named("Omid Rahal").sector()).contains("GOV");
    }

    @Test
    void outletTakesItsGazetteerCountryAndMediaSector() {
        Actor irna = Found.in(HandDoc.of("IRNA said the talks were over.").ner("ORGANIZATION", "IRNA")).named("IRNA");

        assertThat(irna.country()).contains("IRN");
        assertThat(irna.sector()).contains("MED");
        assertThat(irna.code()).contains("IRNMED");
    }

    @Test
    void unknownOutletTakesTheCountryOfTheBodyItIsAffiliatedWith() {
        Found f = Found.in(HandDoc.of("Zorvani, a news agency affiliated with the Revolutionary Guards, said so.")
                .ner("PERSON", "Zorvani"));

        assertThat(f.named("Zorvani").country()).contains("IRN");
        assertThat(f.named("Zorvani").code()).contains("IRNMED");
    }

    @Test
    void countryCodeIsTheIsoCodeAlone() {
        Actor oman = Found.in(HandDoc.of("Oman hosted the talks.")).named("Oman");

        assertThat(oman.code()).contains("OMN");
        assertThat(oman.sector()).isEmpty();
    }

    @Test
    void taggedOrganisationTakesCountryAndSectorFromItsName() {
        Actor ministry = Found.in(HandDoc.of("The Iranian Foreign Ministry said so.").ner("ORGANIZATION", "Iranian Foreign Ministry"))
                .named("Iranian Foreign Ministry");

        assertThat(ministry.country()).contains("IRN");
        assertThat(ministry.sector()).contains("GOV");
        assertThat(ministry.code()).contains("IRNGOV");
    }

    @Test
    void nationalOfficeInAnArticleOfManyCountriesTakesTheCountryOfItsSentence() {
        Found f = Found.in(HandDoc.of("Russia, China and the United States met. France and Germany watched. "
                + "In Oman, Foreign Minister Sami Adel welcomed them. Oman was calm.").ner("PERSON", "Sami Adel"));

        assertThat(f.named("Sami Adel").country()).contains("OMN");
    }

    @Test
    void nationalOfficeWithoutALeadingCountryTakesNone() {
        Found f = Found.in(HandDoc.of("Russia and China met. France and Germany watched. Prime Minister Lea Holm spoke.")
                .ner("PERSON", "Lea Holm"));

        assertThat(f.named("Lea Holm").country()).isEmpty();
    }

    @Test
    void unknownOutletTakesTheCountryWrittenBeforeItsName() {
        Found f = Found.in(HandDoc.of("Iran\u2019s Zorvani news agency said so.").ner("ORGANIZATION", "Zorvani"));

        assertThat(f.named("Zorvani").type()).isEqualTo(Actor.Type.MEDIA);
        assertThat(f.named("Zorvani").code()).contains("IRNMED");
    }

    @Test
    void wellKnownFigureWithoutACountryInTheTextTakesTheGazetteers() {
        Found f = Found.in(HandDoc.of("President Vladimir Putin warned Oman. Putin spoke for an hour.").ner("PERSON", "Vladimir Putin", "Putin"));

        assertThat(f.named("Vladimir Putin").code()).contains("RUSGOV");
    }

    @Test
    void countryWordInTheTitleOutranksTheGazetteer() {
        Found f = Found.in(HandDoc.of("Omani envoy Vladimir Putin arrived.").ner("PERSON", "Vladimir Putin"));

        assertThat(f.named("Vladimir Putin").country()).contains("OMN");
    }

    @Test
    void personNamedAsOfACountryTakesIt() {
        Found f = Found.in(HandDoc.of("King Faris of Jordan met the envoys of Oman and Qatar.").ner("PERSON", "Faris"));

        assertThat(f.named("Faris").country()).contains("JOR");
    }

    @Test
    void personOfAnOrganisationWithoutACountryTakesItsCode() {
        Found f = Found.in(HandDoc.of("Oman and Qatar met. UN Secretary-General Lena Moro urged calm.").ner("PERSON", "Lena Moro"));

        assertThat(f.named("Lena Moro").role()).contains("UN Secretary-General");
        assertThat(f.named("Lena Moro").country()).isEmpty();
        assertThat(f.named("Lena Moro").code()).contains("IGOUNO");
    }

    @Test
    void membersOfAGroupTakeItsHomeAndTheirOwnSector() {
        Found f = Found.in(HandDoc.of("Hezbollah fighters crossed the line. Oman protested."));

        assertThat(f.named("Hezbollah").code()).contains("LBNREBHZB");
        assertThat(f.named("Hezbollah fighters").code()).contains("LBNUAF");
    }

    @Test
    void agentsOfAnOrganisationWithoutACountryTakeItsCode() {
        Found f = Found.in(HandDoc.of("NATO commanders met in Oman."));

        assertThat(f.named("NATO commanders").code()).contains("IGOWSTNAT");
    }

    @Test
    void countryWordsThatNameASideTakenAreNoActors() {
        Found f = Found.in(HandDoc.of("Pro-Iranian militias, anti-Syria groups and Saudi-backed forces met in Oman."));

        assertThat(f.find("Iran")).isEmpty();
        assertThat(f.find("Syria")).isEmpty();
        assertThat(f.find("Saudi Arabia")).isEmpty();
        assertThat(f.named("Oman").code()).contains("OMN");
    }

    @Test
    void forcesLedByACountryAreItsForces() {
        Found f = Found.in(HandDoc.of("Vietnamese - led forces entered Cambodia.")); // the hyphen split off, as the tagger does

        assertThat(f.named("Vietnamese - led forces").code()).contains("VNMMIL");
    }

    @Test
    void taggedOrganisationEndingInAKnownGroupIsThatGroup() {
        Found f = Found.in(HandDoc.of("The pro-Iranian Hezbollah militia fired. Oman objected.").ner("ORGANIZATION", "Iranian Hezbollah"));

        assertThat(f.named("Hezbollah").code()).contains("LBNREBHZB");
    }
}
