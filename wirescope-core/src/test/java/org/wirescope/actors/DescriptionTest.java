package org.wirescope.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirescope.model.Actor;
import org.wirescope.model.Actor.Type;

class DescriptionTest {

    @Test
    void pluralRoleWithACountryIsAGroupActor() {
        Actor officials = Found.in(HandDoc.of("Iranian officials said the talks were over.")).named("Iranian officials");

        assertThat(officials.type()).isEqualTo(Type.GROUP);
        assertThat(officials.id()).isEqualTo("g1");
        assertThat(officials.country()).contains("IRN");
        assertThat(officials.sector()).contains("GOV");
        assertThat(officials.code()).contains("IRNGOV");
    }

    @Test
    void groupsWithTheSameTieAndNounAreOneActor() {
        Found f = Found.in(HandDoc.of("US lawmakers met on Monday. Senior US lawmakers later left."));

        assertThat(f.actors()).filteredOn(a -> a.type() == Type.GROUP).hasSize(1);
        assertThat(f.named("US lawmakers").code()).contains("USALEG");
    }

    @Test
    void groupTiedToAnOrganisationTakesItsCountry() {
        Actor commanders = Found.in(HandDoc.of("IRGC commanders said the drills went well.")).named("IRGC commanders");

        assertThat(commanders.type()).isEqualTo(Type.GROUP);
        assertThat(commanders.code()).contains("IRNMIL");
    }

    @Test
    void unnamedSpeakersWithoutATieAreNoActors() {
        Found f = Found.in(HandDoc.of("Some observers say the plan failed. Officials said experts and analysts agreed, "
                + "and sources confirmed it while protesters marched."));

        assertThat(f.actors()).isEmpty();
    }

    @Test
    void institutionWithACountryIsAnOrganisation() {
        Actor government = Found.in(HandDoc.of("The Iranian government denied the report.")).named("Iranian government");

        assertThat(government.type()).isEqualTo(Type.ORGANIZATION);
        assertThat(government.code()).contains("IRNGOV");
    }

    @Test
    void countryWordPremodifyingANounIsNoGroup() {
        Found f = Found.in(HandDoc.of("Iranian military threats were discussed."));

        assertThat(f.actors()).extracting(Actor::type).containsExactly(Type.COUNTRY);
    }

    @Test
    void stateMediaIsTheOneStateOutletOfTheArticlesCountry() {
        Found f = Found.in(HandDoc.of("North Korea tested a missile, state media reported. The official Korean Central "
                + "News Agency said the North would continue.").ner("ORGANIZATION", "Korean Central News Agency"));

        Actor kcna = f.named("Korean Central News Agency");
        assertThat(Found.texts(kcna)).containsExactly("state media", "Korean Central News Agency");
        assertThat(kcna.id()).isEqualTo("m1");
    }

    @Test
    void stateTelevisionIsNotANewsAgency() {
        Found f = Found.in(HandDoc.of("Iranian state television quoted the minister, and IRNA and Tasnim carried the report."));

        Actor television = f.named("Iranian state television");
        assertThat(television.type()).isEqualTo(Type.MEDIA);
        assertThat(television.code()).contains("IRNMED");
        assertThat(Found.texts(f.named("IRNA"))).containsExactly("IRNA");
    }

    @Test
    void stateMediaWithSeveralFittingOutletsIsAnOutletOfItsOwn() {
        Found f = Found.in(HandDoc.of("Iran said so, state media reported, citing IRNA and Tasnim."));

        Actor media = f.named("state media");
        assertThat(media.country()).contains("IRN");
        assertThat(media.type()).isEqualTo(Type.MEDIA);
    }

    @Test
    void newsAgencyAfterANameDescribesThatName() {
        Found f = Found.in(HandDoc.of("Iran\u2019s IRNA news agency said so."));

        assertThat(f.actors()).extracting(Actor::name).containsExactly("Iran", "IRNA");
    }

    @Test
    void bareOutletNounIsNoActor() {
        Found f = Found.in(HandDoc.of("Several newspapers endorsed the plan, and a newspaper in the capital objected."));

        assertThat(f.actors()).isEmpty();
    }

    @Test
    void countryInsideAHyphenatedWordTiesNoGroup() {
        Found f = Found.in(HandDoc.of("The pro-Moscow advisers resigned."));

        assertThat(f.actors()).noneMatch(a -> a.type() == Type.GROUP);
    }

    @Test
    void regionAdjectiveIsNoLocation() {
        Found f = Found.in(HandDoc.of("Middle Eastern leaders met, and African farmers protested in the Middle East."));

        assertThat(f.actors()).extracting(Actor::name).containsExactly("Middle East");
    }
}
