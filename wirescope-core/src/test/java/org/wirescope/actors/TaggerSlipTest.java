package org.wirescope.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirescope.model.Actor;
import org.wirescope.model.Actor.Type;

class TaggerSlipTest {

    @Test
    void surnameTaggedAsPlaceIsThePersonWithThatSurname() {
        Found f = Found.in(HandDoc.of("Dara Voss won the vote. Analysts praised the Voss campaign.")
                .ner("LOCATION", "Voss").ner("PERSON", "Dara Voss"));

        assertThat(f.actors()).extracting(Actor::type).containsExactly(Type.PERSON);
        assertThat(Found.texts(f.named("Dara Voss"))).containsExactly("Dara Voss", "Voss");
    }

    @Test
    void titledNameTaggedAsOrganisationIsThePerson() {
        Found f = Found.in(HandDoc.of("Mike Pence spoke. Later Governor Pence left.")
                .ner("PERSON", "Mike Pence").ner("ORGANIZATION", "Governor Pence"));

        assertThat(Found.texts(f.named("Mike Pence"))).containsExactly("Mike Pence", "Pence");
        assertThat(f.actors()).hasSize(1);
    }

    @Test
    void titleTaggedAsOrganisationBeforeANameIsNoOrganisation() {
        Found f = Found.in(HandDoc.of("The late Supreme Court Justice Ana Ruiz was praised.")
                .ner("ORGANIZATION", "Supreme Court Justice").ner("PERSON", "Ana Ruiz"));

        assertThat(f.actors()).extracting(Actor::name).containsExactly("Ana Ruiz");
        assertThat(f.named("Ana Ruiz").role()).contains("Supreme Court Justice");
    }

    @Test
    void taggedSpanLosesALeadingLowerCaseWordAndAParenthesis() {
        Found f = Found.in(HandDoc.of("Voters cheered as Sam Ortiz (D-Ore.) arrived, then invite Gennifer Flowers left.")
                .ner("PERSON", "Sam Ortiz ( D-Ore")
                .ner("ORGANIZATION", "invite Gennifer Flowers").pos("VB", "invite"));

        assertThat(f.actors()).extracting(Actor::name).contains("Sam Ortiz", "Gennifer Flowers");
    }

    @Test
    void taggedNameEndingLikeANewspaperIsMedia() {
        Found f = Found.in(HandDoc.of("The Dallas Morning News and the Cincinnati Enquirer endorsed her.")
                .ner("ORGANIZATION", "Dallas Morning News").ner("LOCATION", "Cincinnati Enquirer"));

        assertThat(f.named("Dallas Morning News").type()).isEqualTo(Type.MEDIA);
        assertThat(f.named("Cincinnati Enquirer").type()).isEqualTo(Type.MEDIA);
    }

    @Test
    void loneGivenNameJoinsTheOnePersonItCanBelongTo() {
        Found f = Found.in(HandDoc.of("Hillary Clinton spoke. Voters love Hillary, aides said.")
                .ner("PERSON", "Hillary Clinton", "Hillary"));

        assertThat(Found.texts(f.named("Hillary Clinton"))).containsExactly("Hillary Clinton", "Hillary");
    }

    @Test
    void epithetBeforeAFrequentFullNameIsNotTheName() {
        Found f = Found.in(HandDoc.of("Hillary Clinton spoke. Hillary Clinton smiled. Rivals mocked Crooked Hillary Clinton.")
                .ner("PERSON", "Crooked Hillary Clinton", "Hillary Clinton"));

        assertThat(f.actors()).extracting(Actor::name).containsExactly("Hillary Clinton");
    }
}
