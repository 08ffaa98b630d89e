package org.wirescope.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirescope.model.Actor;
import org.wirescope.model.Actor.Type;

class MentionTypingTest {

    @Test
    void newsAgencyTaggedAsPersonIsMediaWhenTheGazetteerKnowsIt() {
        Found f = Found.in(HandDoc.of("The talks failed, according to Tasnim.").ner("PERSON", "Tasnim"));

        Actor tasnim = f.named("Tasnim");
        assertThat(tasnim.type()).isEqualTo(Type.MEDIA);
        assertThat(tasnim.id()).isEqualTo("m1");
        assertThat(tasnim.country()).contains("IRN");
        assertThat(tasnim.sector()).contains("MED");
        assertThat(f.actors()).noneMatch(a -> a.type() == Type.PERSON);
    }

    @Test
    void unknownNameDescribedAsNewsAgencyIsMedia() {
        Found f = Found.in(HandDoc.of("Zorvani, a news agency close to the army, denied the claim.")
                .ner("PERSON", "Zorvani"));

        Actor zorvani = f.named("Zorvani");
        assertThat(zorvani.type()).isEqualTo(Type.MEDIA);
        assertThat(zorvani.role()).contains("news agency close to the army");
    }

    @Test
    void unknownNameBeforeNewsAgencyIsMedia() {
        Found f = Found.in(HandDoc.of("The Plavenia news agency said the border was closed.").ner("ORGANIZATION", "Plavenia"));

        assertThat(f.named("Plavenia").type()).isEqualTo(Type.MEDIA);
    }

    @Test
    void singleWordRelayedByAccordingToIsMediaUnlessItIsSomeonesSurname() {
        Found relay = Found.in(HandDoc.of("Prices rose sharply, according to Kervani.").ner("PERSON", "Kervani"));
        Found surname = Found.in(HandDoc.of("Ana Kervani spoke on Monday. Prices rose, according to Kervani.")
                .ner("PERSON", "Ana Kervani", "Kervani"));

        assertThat(relay.named("Kervani").type()).isEqualTo(Type.MEDIA);
        assertThat(surname.named("Ana Kervani").type()).isEqualTo(Type.PERSON);
        assertThat(Found.texts(surname.named("Ana Kervani"))).containsExactly("Ana Kervani", "Kervani");
    }

    @Test
    void nameSeenAsAnOutletOnceIsAnOutletEverywhere() {
        Found f = Found.in(HandDoc.of("Kervani published the files. Prices rose, according to Kervani.")
                .ner("PERSON", "Kervani"));

        assertThat(f.actors()).extracting(Actor::type).containsExactly(Type.MEDIA);
        assertThat(Found.texts(f.named("Kervani"))).containsExactly("Kervani", "Kervani");
    }

    @Test
    void capitalsUsedAsActorsAreTheirCountriesNeverLocations() {
        Found f = Found.in(HandDoc.of("Tehran rejected talks with Washington, and the Kremlin stayed silent.")
                .ner("LOCATION", "Tehran", "Washington").ner("ORGANIZATION", "Kremlin"));

        assertThat(f.at("Tehran")).hasValueSatisfying(a -> {
            assertThat(a.type()).isEqualTo(Type.COUNTRY);
            assertThat(a.name()).isEqualTo("Iran");
            assertThat(a.code()).contains("IRN");
        });
        assertThat(f.at("Washington")).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("United States"));
        assertThat(f.at("Kremlin")).hasValueSatisfying(a -> assertThat(a.name()).isEqualTo("Russia"));
        assertThat(f.actors()).noneMatch(a -> a.type() == Type.LOCATION);
    }

    @Test
    void metonymMentionsCarryTheGovernmentSector() {
        Resolution r = ActorStage.create().analyse(HandDoc.of("Washington and the Pentagon disagreed.").build());

        assertThat(r.mentions()).extracting(m -> m.span().text() + ":" + m.sector().orElse("-"))
                .containsExactly("Washington:GOV", "Pentagon:MIL");
        assertThat(r.mentions()).allMatch(m -> m.form() == ActorMention.Form.METONYM);
        assertThat(r.actors()).hasSize(1);
    }

    @Test
    void namesDemonymsAndPeopleFormsMentionOneCountry() {
        Found f = Found.in(HandDoc.of("Iran said American bases were a target. Iranians marched, and the Americans "
                + "said the United States would respond. Iranian media agreed."));

        assertThat(Found.texts(f.named("United States")))
                .containsExactly("American", "the Americans", "United States");
        assertThat(Found.texts(f.named("Iran"))).containsExactly("Iran", "Iranians", "Iranian");
        assertThat(f.actors()).filteredOn(a -> a.type() == Type.COUNTRY).hasSize(2);
    }

    @Test
    void northAndSouthAreKoreasOnlyBesideAKorea() {
        Found korea = Found.in(HandDoc.of("South Korea said the North fired a missile, and the South responded."));
        Found compass = Found.in(HandDoc.of("Snow fell in the North, and the South stayed dry."));

        assertThat(Found.texts(korea.named("North Korea"))).containsExactly("the North");
        assertThat(Found.texts(korea.named("South Korea"))).containsExactly("South Korea", "the South");
        assertThat(compass.actors()).isEmpty();
    }

    @Test
    void theCountryRefersToTheMostRecentCountry() {
        Found f = Found.in(HandDoc.of("Oman hosted the talks. Officials said Iran had sent a reply and the country "
                + "would wait."));

        assertThat(Found.texts(f.named("Iran"))).containsExactly("Iran", "the country");
        assertThat(Found.texts(f.named("Oman"))).containsExactly("Oman");
    }

    @Test
    void seatThatIsAnInstitutionIsAnOrganisationOfItsCountry() {
        Found f = Found.in(HandDoc.of("The Iranian Revolutionary Guard Corps (IRGC) held drills. The IRGC said more would follow."));

        Actor irgc = f.named("Iranian Revolutionary Guard Corps");
        assertThat(irgc.type()).isEqualTo(Type.ORGANIZATION);
        assertThat(irgc.country()).contains("IRN");
        assertThat(irgc.sector()).contains("MIL");
        assertThat(irgc.code()).contains("IRNMIL");
        assertThat(Found.texts(irgc)).containsExactly("Iranian Revolutionary Guard Corps", "IRGC", "IRGC");
    }

    @Test
    void intergovernmentalOrganisationKeepsItsGazetteerCode() {
        Found f = Found.in(HandDoc.of("NATO said the drills would go ahead.").ner("ORGANIZATION", "NATO"));

        Actor nato = f.named("NATO");
        assertThat(nato.type()).isEqualTo(Type.ORGANIZATION);
        assertThat(nato.code()).hasValueSatisfying(c -> assertThat(c).startsWith("IGO"));
        assertThat(nato.country()).isEmpty();
    }

    @Test
    void taggedPersonNameHoldingACountryNameStaysAPerson() {
        Found f = Found.in(HandDoc.of("Jordan Malek said the plan was ready.").ner("PERSON", "Jordan Malek"));

        assertThat(f.named("Jordan Malek").type()).isEqualTo(Type.PERSON);
        assertThat(f.actors()).hasSize(1);
    }

    @Test
    void untaggedPlacesAndRegionsAreLocations() {
        Found f = Found.in(HandDoc.of("Storms hit the Middle East and the Valdoran Plateau.")
                .ner("LOCATION", "Valdoran Plateau"));

        assertThat(f.named("Middle East").type()).isEqualTo(Type.LOCATION);
        assertThat(f.named("Middle East").code()).contains("MEA");
        assertThat(f.named("Valdoran Plateau").id()).isEqualTo("l2");
    }
}
