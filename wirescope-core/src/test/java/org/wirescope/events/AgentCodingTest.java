package org.wirescope.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Actor;
import org.wirescope.model.Annotated;
import org.wirescope.model.Event;

/** Parties the actor stage leaves uncoded: agents coded by place and context, unknown doers of violence. */
class AgentCodingTest {

    private static final EventStage STAGE = EventStage.create();

    private static List<Event> code(Annotated doc, Actor... actors) {
        return STAGE.code(doc, List.of(actors), List.of(), List.of());
    }

    private static String dyad(Event e) {
        return e.source().name() + " " + e.source().code().orElse("?") + ">"
                + e.target().map(t -> t.name() + " " + t.code().orElse("?")).orElse("-") + " " + e.cameo();
    }

    @Test
    void codesAnAgentByTheCountryOfItsComplementAndItsVictimsByContext() {
        Annotated doc = Hand.doc("Police/NNS/4/nsubj in/IN/3/case Kenya/NNP/1/nmod arrested/VBD/0/root/arrest"
                + " protesters/NNS/4/obj/protester ././4/punct");
        assertThat(code(doc, Hand.actor(doc, "c1", "Kenya", "KEN", "Kenya"))).extracting(AgentCodingTest::dyad)
                .containsExactly("Police in Kenya KENCOP>protesters KENOPP 173");
    }

    @Test
    void codesCountedAgentsByThePlaceOfTheirAct() {
        Annotated doc = Hand.doc("Hundreds/NNS/4/nsubj/hundred of/IN/3/case students/NNS/1/nmod/student demonstrated/VBD/0/root/demonstrate"
                + " in/IN/6/case Lima/NNP/4/obl against/IN/9/case the/DT/9/det government/NN/4/obl ././4/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Peru", "PERGOV", "Lima"));
        assertThat(events).extracting(AgentCodingTest::dyad).containsExactly("Hundreds of students PEREDU>government PERGOV 141");
    }

    @Test
    void givesAnAgentWithoutPlaceTheCountryTheArticleIsAbout() {
        Annotated doc = Hand.doc("Bolivia/NNP/2/nsubj held/VBD/0/root/hold elections/NNS/2/obj/election ././2/punct",
                "Farmers/NNS/2/nsubj/farmer demanded/VBD/0/root/demand higher/JJR/4/amod prices/NNS/2/obj/price ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Bolivia", "BOL", "Bolivia"));
        assertThat(events).extracting(AgentCodingTest::dyad).contains("Farmers BOLAGR>- 100");
    }

    @Test
    void makesTheUnknownDoerOfAPassiveKillingAnUnidentifiedArmedForceOfThePlace() {
        Annotated doc = Hand.doc("Two/CD/3/nummod Malian/JJ/3/amod soldiers/NNS/5/nsubj:pass/soldier were/VBD/5/aux:pass killed/VBN/0/root/kill"
                + " in/IN/7/case Niger/NNP/5/obl ././5/punct");
        List<Event> events = code(doc, Hand.actor(doc, "g1", "Malian soldiers", "MLIMIL", "Malian soldiers"),
                Hand.actor(doc, "c1", "Niger", "NER", "Niger"));
        assertThat(events).extracting(AgentCodingTest::dyad).containsExactly("unidentified attackers NERUAF>Malian soldiers MLIMIL 190");
    }

    @Test
    void makesAThingThatKillsAnUnidentifiedArmedForceOfTheVictimsCountry() {
        Annotated doc = Hand.doc("A/DT/3/det roadside/NN/3/compound bomb/NN/4/nsubj killed/VBD/0/root/kill three/CD/7/nummod"
                + " Chadian/JJ/7/amod villagers/NNS/4/obj/villager ././4/punct");
        List<Event> events = code(doc, Hand.actor(doc, "g1", "Chadian villagers", "TCDCVL", "Chadian villagers"));
        assertThat(events).extracting(AgentCodingTest::dyad).containsExactly("A roadside bomb TCDUAF>Chadian villagers TCDCVL 190");
    }

    @Test
    void leavesSoldiersAbroadNoSignOfWhoKilledThem() {
        Annotated doc = Hand.doc("A/DT/2/det blast/NN/3/nsubj killed/VBD/0/root/kill two/CD/6/nummod Danish/JJ/6/amod soldiers/NNS/3/obj/soldier ././3/punct");
        List<Event> events = code(doc, Hand.actor(doc, "g1", "Danish soldiers", "DNKMIL", "Danish soldiers"));
        assertThat(events).extracting(AgentCodingTest::dyad).containsExactly("A blast ?>Danish soldiers DNKMIL 190");
    }

    @Test
    void doesNotTakeTheActorsOwnTroopsForATarget() {
        Annotated doc = Hand.doc("Peru/NNP/2/nsubj offered/VBD/0/root/offer its/PRP$/4/nmod:poss troops/NNS/2/obj/troop"
                + " to/IN/6/case Bolivia/NNP/2/obl ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Peru", "PER", "Peru"), Hand.actor(doc, "c2", "Bolivia", "BOL", "Bolivia"));
        assertThat(events).extracting(e -> e.target().flatMap(Event.Party::code).orElse("-")).containsOnly("BOL");
    }

    @Test
    void readsAnUnresolvedTheyAsTheSpeakerWhoseClauseItOpens() {
        Annotated doc = Hand.doc("Chadian/JJ/2/amod rebels/NNS/3/nsubj/rebel said/VBD/0/root/say"
                + " they/PRP/5/nsubj attacked/VBD/3/ccomp/attack Niger/NNP/5/obj ././3/punct");
        List<Event> events = code(doc, Hand.actor(doc, "g1", "Chadian rebels", "TCDREB", "Chadian rebels"),
                Hand.actor(doc, "c2", "Niger", "NER", "Niger"));
        assertThat(events).extracting(e -> e.source().code().orElse("?") + ">" + e.target().flatMap(Event.Party::code).orElse("-"))
                .containsExactly("TCDREB>NER");
    }

    @Test
    void codesAnEthnicGroupByTheCountryItLivesIn() {
        Annotated doc = Hand.doc("Ethnic/JJ/2/amod Serbs/NNPS/3/nsubj demonstrated/VBD/0/root/demonstrate in/IN/5/case Croatia/NNP/3/obl ././3/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Serbia", "SRB", "Serbs"), Hand.actor(doc, "c2", "Croatia", "HRV", "Croatia"));
        assertThat(events).extracting(AgentCodingTest::dyad).containsExactly("Ethnic Serbs HRV>Croatia HRV 141");
    }

    @Test
    void givesAnOfficeHolderWithoutCountryTheCountryTheArticleIsAbout() {
        Annotated doc = Hand.doc("President/NNP/2/compound Moro/NNP/3/nsubj criticized/VBD/0/root/criticize Gabon/NNP/3/obj ././3/punct",
                "Gabon/NNP/2/nsubj rejected/VBD/0/root/reject the/DT/4/det claim/NN/2/obj ././2/punct",
                "Gabon/NNP/2/nsubj closed/VBD/0/root/close its/PRP$/4/nmod:poss border/NN/2/obj ././2/punct");
        Actor moro = new Actor("p1", "Moro", Actor.Type.PERSON, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.of("President"), List.of(new org.wirescope.model.TextSpan(10, 14, doc.text().substring(10, 14))));
        List<Event> events = code(doc, moro, Hand.actor(doc, "c1", "Gabon", "GAB", "Gabon"));
        assertThat(events).extracting(AgentCodingTest::dyad).contains("Moro GABGOV>Gabon GAB 111");
    }

    @Test
    void letsANewspaperActButCodesItByItsPlace() {
        Annotated doc = Hand.doc("A/DT/2/det newspaper/NN/5/nsubj in/IN/4/case Lima/NNP/2/nmod criticized/VBD/0/root/criticize"
                + " Chile/NNP/5/obj ././5/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Peru", "PER", "Lima"), Hand.actor(doc, "c2", "Chile", "CHL", "Chile"));
        assertThat(events).extracting(AgentCodingTest::dyad).containsExactly("newspaper in Lima PERMED>Chile CHL 111");
    }

    @Test
    void takesTheSupportersOfAPersonForAnAgentOfTheirOwn() {
        Annotated doc = Hand.doc("Supporters/NNS/4/nsubj/supporter of/IN/3/case Moro/NNP/1/nmod demonstrated/VBD/0/root/demonstrate"
                + " in/IN/6/case Lima/NNP/4/obl ././4/punct");
        Actor moro = new Actor("p1", "Moro", Actor.Type.PERSON, java.util.Optional.empty(), java.util.Optional.empty(),
                java.util.Optional.empty(), java.util.Optional.empty(),
                List.of(new org.wirescope.model.TextSpan(doc.text().indexOf("Moro"), doc.text().indexOf("Moro") + 4, "Moro")));
        List<Event> events = code(doc, moro, Hand.actor(doc, "c1", "Peru", "PER", "Lima"));
        assertThat(events).extracting(e -> e.source().name() + " " + e.source().code().orElse("?")).containsExactly("Supporters of Moro PERCVL");
    }
}
