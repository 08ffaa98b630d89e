package org.wirescope.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.wirescope.model.Actor;
import org.wirescope.model.Actor.Type;

class NameResolutionTest {

    @Test
    void surnameJoinsTheFullWesternName() {
        Found f = Found.in(HandDoc.of("Marta Velasco met reporters. Velasco said the deal was close.")
                .ner("PERSON", "Marta Velasco", "Velasco"));

        assertThat(f.actors()).hasSize(1);
        assertThat(Found.texts(f.named("Marta Velasco"))).containsExactly("Marta Velasco", "Velasco");
    }

    @Test
    void familyNameFirstJoinsTheFullEastAsianName() {
        Found f = Found.in(HandDoc.of("Park Min Jae chaired the meeting. Park later left for Busan.")
                .ner("PERSON", "Park Min Jae", "Park"));

        assertThat(Found.texts(f.named("Park Min Jae"))).containsExactly("Park Min Jae", "Park");
    }

    @Test
    void givenNameAloneDoesNotJoinAWesternName() {
        Found f = Found.in(HandDoc.of("Omar Haddad spoke first. Omar Tulin spoke next. Omar then left.")
                .ner("PERSON", "Omar Haddad", "Omar Tulin", "Omar"));

        assertThat(Found.texts(f.named("Omar Haddad"))).containsExactly("Omar Haddad");
        assertThat(Found.texts(f.named("Omar Tulin"))).containsExactly("Omar Tulin");
    }

    @Test
    void twoPeopleSharingAFamilyNameStayApartAndTheShortFormGoesToTheLastNamed() {
        Found f = Found.in(HandDoc.of("Kim Jong Un spoke. Kim Yo Jong, his sister, issued a statement. Kim said it was final.")
                .ner("PERSON", "Kim Jong Un", "Kim Yo Jong", "Kim"));

        assertThat(f.actors()).filteredOn(a -> a.type() == Type.PERSON).hasSize(2);
        assertThat(Found.texts(f.named("Kim Yo Jong"))).contains("Kim Yo Jong", "Kim");
        assertThat(Found.texts(f.named("Kim Jong Un"))).doesNotContain("Kim");
    }

    @Test
    void surnameBeforeTheFullNameJoinsItToo() {
        Found f = Found.in(HandDoc.of("Velasco wins. Marta Velasco was elected on Sunday.").ner("PERSON", "Marta Velasco", "Velasco"));

        assertThat(f.actors()).hasSize(1);
        assertThat(f.named("Marta Velasco").id()).isEqualTo("p1");
    }

    @Test
    void canonicalNameIsTheLongestFormWithApostrophesFolded() {
        Found f = Found.in(HandDoc.of("The Arkan People\u2019s Front rallied. The Front said it would march.")
                .ner("ORGANIZATION", "Arkan People\u2019s Front"));

        assertThat(f.named("Arkan People's Front").mentions().get(0).text()).isEqualTo("Arkan People\u2019s Front");
    }

    @Test
    void captionGivesTheLongerFormOfAName() {
        Found f = Found.in(HandDoc.of("North Korean leader Kim spoke at a meeting of the ruling Workers\u2019 Party on Tuesday.")
                .ner("PERSON", "Kim")
                .caption("Kim Jong Un speaks at a plenary meeting of the Workers' Party of Korea in Pyongyang."));

        Actor party = f.named("Workers' Party of Korea");
        assertThat(party.type()).isEqualTo(Type.ORGANIZATION);
        assertThat(party.country()).contains("PRK");
        assertThat(Found.texts(party)).containsExactly("Workers\u2019 Party");
        assertThat(f.named("Kim Jong Un").type()).isEqualTo(Type.PERSON);
    }

    @Test
    void captionDoesNotLengthenANameWithATitle() {
        Found f = Found.in(HandDoc.of("Trump spoke on Friday.").ner("PERSON", "Trump")
                .caption("US President Donald Trump speaks in Washington."));

        assertThat(f.actors()).extracting(Actor::name).containsExactly("Donald Trump");
    }

    @Test
    void parentheticalAcronymIsAnAliasOfTheSameActor() {
        Found f = Found.in(HandDoc.of("The Zeta Liberation Front (ZLF) claimed the attack. ZLF fighters fled, and the ZLF vowed revenge.")
                .ner("ORGANIZATION", "Zeta Liberation Front"));

        Actor zlf = f.named("Zeta Liberation Front");
        assertThat(Found.texts(zlf)).containsExactly("Zeta Liberation Front", "ZLF", "ZLF", "ZLF");
        assertThat(f.actors()).filteredOn(a -> a.type() == Type.ORGANIZATION).hasSize(1);
    }

    @Test
    void acronymSpellingAnOutletsInitialsJoinsIt() {
        Found f = Found.in(HandDoc.of("The official Korean Central News Agency carried the report. KCNA said the test succeeded.")
                .ner("ORGANIZATION", "Korean Central News Agency"));

        assertThat(f.actors()).hasSize(1);
        assertThat(Found.texts(f.named("Korean Central News Agency"))).containsExactly("Korean Central News Agency", "KCNA");
    }

    @Test
    void titleRefersToTheHolderOfThatRole() {
        Found f = Found.in(HandDoc.of("President Lena Moro met farmers. The president promised new subsidies.")
                .ner("PERSON", "Lena Moro"));

        assertThat(Found.texts(f.named("Lena Moro"))).containsExactly("Lena Moro", "The president");
    }

    @Test
    void titleWithoutAHolderIsNoMention() {
        Found f = Found.in(HandDoc.of("Foreign Minister Dana Ilves arrived. The president was absent.")
                .ner("PERSON", "Dana Ilves"));

        assertThat(Found.texts(f.named("Dana Ilves"))).containsExactly("Dana Ilves");
    }

    @Test
    void oneWordShortFormJoinsTheOneLongerOrganisationNameItEndsOrStarts() {
        Found f = Found.in(HandDoc.of("The Lisbon Post and Velmar University disagreed. The Post said Velmar erred, "
                + "but the Senate and the Senate Budget Committee stayed apart.")
                .ner("ORGANIZATION", "Lisbon Post", "Velmar University", "The Post", "Velmar", "Senate",
                        "Senate Budget Committee"));

        assertThat(Found.texts(f.named("Lisbon Post"))).containsExactly("Lisbon Post", "Post");
        assertThat(Found.texts(f.named("Velmar University"))).containsExactly("Velmar University", "Velmar");
        assertThat(f.find("Senate")).isPresent();
    }
}
