package org.wirescope.actors;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PronounResolutionTest {

    @Test
    void heAfterASpeakerContinuesThatSpeaker() {
        Found f = Found.in(HandDoc.of("Foreign Minister Sami Adel said on Monday that talks were over. "
                + "He added: \u201CWe will not return.\u201D").ner("PERSON", "Sami Adel"));

        assertThat(Found.texts(f.named("Sami Adel"))).containsExactly("Sami Adel", "He");
    }

    @Test
    void heAfterQuotedAsSayingIsTheQuotedPersonNotAPossessiveOne() {
        Found f = Found.in(HandDoc.of("State television quoted Foreign Minister Sami Adel as saying that the reply to "
                + "Ellis Grant\u2019s letter was sent. He reiterated that talks were over.")
                .ner("PERSON", "Sami Adel", "Ellis Grant"));

        assertThat(Found.texts(f.named("Sami Adel"))).containsExactly("Sami Adel", "He");
        assertThat(Found.texts(f.named("Ellis Grant"))).containsExactly("Ellis Grant");
    }

    @Test
    void heFollowsTheSubjectOfTheSentenceBefore() {
        Found f = Found.in(HandDoc.of("Omar Haddad met Jon Pike in Lisbon. He was tired.")
                .ner("PERSON", "Omar Haddad", "Jon Pike").ner("LOCATION", "Lisbon"));

        assertThat(Found.texts(f.named("Omar Haddad"))).containsExactly("Omar Haddad", "He");
    }

    @Test
    void pronounAgreesWithTheGenderTheArticleGives() {
        Found f = Found.in(HandDoc.of("Marta Velasco met Jon Pike in Lisbon. He was tired, and Mrs. Orla Quist said she "
                + "would wait for him.").ner("PERSON", "Marta Velasco", "Jon Pike", "Orla Quist"));

        assertThat(Found.texts(f.named("Jon Pike"))).containsExactly("Jon Pike", "He", "him");
        assertThat(Found.texts(f.named("Orla Quist"))).containsExactly("Orla Quist", "she");
        assertThat(Found.texts(f.named("Marta Velasco"))).containsExactly("Marta Velasco");
    }

    @Test
    void firstPronounResolvedToAPersonFixesTheirGender() {
        Found f = Found.in(HandDoc.of("Sami Adel met Kiri Ono. He said the talks went well. She said she agreed.")
                .ner("PERSON", "Sami Adel", "Kiri Ono"));

        assertThat(Found.texts(f.named("Sami Adel"))).containsExactly("Sami Adel", "He");
        assertThat(Found.texts(f.named("Kiri Ono"))).containsExactly("Kiri Ono", "She", "she");
    }

    @Test
    void pronounsChainThroughEachOther() {
        Found f = Found.in(HandDoc.of("Sami Adel spoke first. He said talks were over. He added that Oman would help. "
                + "His aides agreed.").ner("PERSON", "Sami Adel"));

        assertThat(Found.texts(f.named("Sami Adel"))).containsExactly("Sami Adel", "He", "He", "His");
    }

    @Test
    void possessiveSkipsACountryThatOnlyPremodifiesANoun() {
        Found f = Found.in(HandDoc.of("Iran has warned that any US attack on its territory would fail."));

        assertThat(Found.texts(f.named("Iran"))).containsExactly("Iran", "its");
        assertThat(Found.texts(f.named("United States"))).containsExactly("US");
    }

    @Test
    void possessivePrefersTheSubjectOfItsClause() {
        Found f = Found.in(HandDoc.of("If the United States carries out its threat against Iran, its bases will not be safe.")
                .pos("VBZ", "carries"));

        assertThat(Found.texts(f.named("United States"))).containsExactly("United States", "its", "its");
    }

    @Test
    void bareItResolvesToTheSubjectOfItsSentence() {
        Found f = Found.in(HandDoc.of("Iran claimed that it had shown restraint."));

        assertThat(Found.texts(f.named("Iran"))).containsExactly("Iran", "it");
    }

    @Test
    void bareItIsLeftAloneWhenNoCountryOrOrganisationIsTheSubject() {
        Found f = Found.in(HandDoc.of("Marta Velasco criticized Iran\u2019s letter, stating that it was rude.")
                .ner("PERSON", "Marta Velasco"));

        assertThat(Found.texts(f.named("Iran"))).containsExactly("Iran");
    }

    @Test
    void itAsAnObjectIsLeftAlone() {
        Found f = Found.in(HandDoc.of("Iran takes every threat seriously and will confront it."));

        assertThat(Found.texts(f.named("Iran"))).containsExactly("Iran");
    }

    @Test
    void theyRefersToAGroupActor() {
        Found f = Found.in(HandDoc.of("Iranian officials met on Monday. They said talks were over."));

        assertThat(Found.texts(f.named("Iranian officials"))).containsExactly("Iranian officials", "They");
    }

    @Test
    void theyAfterAnUnnamedSpeakerStaysUnresolved() {
        Found f = Found.in(HandDoc.of("Some observers say Marta Velasco will win. They say the vote was fair.")
                .ner("PERSON", "Marta Velasco"));

        assertThat(f.actors()).allSatisfy(a -> assertThat(Found.texts(a)).doesNotContain("They"));
    }

    @Test
    void firstPersonPronounsAreNeverMentions() {
        Found f = Found.in(HandDoc.of("\u201CWe are ready,\u201D Sami Adel said. \u201CI will go.\u201D")
                .ner("PERSON", "Sami Adel"));

        assertThat(Found.texts(f.named("Sami Adel"))).containsExactly("Sami Adel");
    }

    @Test
    void pronounFarFromAnyNameStaysUnresolved() {
        Found f = Found.in(HandDoc.of("Sami Adel spoke. Rain fell. Rain fell again. Rain stopped. Then rain fell. He left.")
                .ner("PERSON", "Sami Adel"));

        assertThat(Found.texts(f.named("Sami Adel"))).containsExactly("Sami Adel");
    }

    @Test
    void theAgencyRefersToTheLastOutlet() {
        Found f = Found.in(HandDoc.of("KCNA said the test succeeded. The agency added that more would follow."));

        assertThat(Found.texts(f.named("KCNA"))).containsExactly("KCNA", "The agency");
    }

    @Test
    void theAgencyAfterAGovernmentAgencyIsThatAgency() {
        Found f = Found.in(HandDoc.of("The New York Times obtained the files from the Department of Revenue Services. "
                + "The agency declined to comment.").ner("ORGANIZATION", "Department of Revenue Services"));

        assertThat(Found.texts(f.named("Department of Revenue Services")))
                .containsExactly("Department of Revenue Services", "The agency");
    }
}
