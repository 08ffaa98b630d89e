package org.wirescope.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Actor;
import org.wirescope.model.Annotated;
import org.wirescope.model.Event;

/** The third party an act goes through: "through", "via", "brokered by", "under the auspices of", "X-brokered". */
class MediatorTest {

    private static final EventStage STAGE = EventStage.create();

    private static List<Event> code(Annotated doc, Actor... actors) {
        return STAGE.code(doc, List.of(actors), List.of(), List.of());
    }

    private static String dyad(Event e) {
        return e.source().code().orElse("?") + ">" + e.target().flatMap(Event.Party::code).orElse("-")
                + " via " + e.mediator().flatMap(Event.Party::code).orElse("-");
    }

    @Test
    void takesTheOneTalksGoThroughAsMediator() {
        Annotated doc = Hand.doc("Peru/NNP/2/nsubj offered/VBD/0/root/offer talks/NNS/2/obj/talk with/IN/5/case Chile/NNP/3/nmod"
                + " through/IN/7/case Ecuador/NNP/2/obl ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Peru", "PER", "Peru"), Hand.actor(doc, "c2", "Chile", "CHL", "Chile"),
                Hand.actor(doc, "c3", "Ecuador", "ECU", "Ecuador"));
        assertThat(events).extracting(MediatorTest::dyad).containsExactly("PER>CHL via ECU");
        assertThat(events.get(0).mediator().flatMap(Event.Party::actor)).contains("c3");
    }

    @Test
    void takesTheBrokerOfTheActsObjectAsMediator() {
        Annotated doc = Hand.doc("Mali/NNP/2/nsubj accepted/VBD/0/root/accept a/DT/4/det truce/NN/2/obj brokered/VBN/4/acl/broker"
                + " by/IN/7/case Algeria/NNP/5/obl with/IN/9/case Niger/NNP/4/nmod ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Mali", "MLI", "Mali"), Hand.actor(doc, "c2", "Algeria", "DZA", "Algeria"),
                Hand.actor(doc, "c3", "Niger", "NER", "Niger"));
        assertThat(events).extracting(MediatorTest::dyad).containsExactly("MLI>NER via DZA");
    }

    @Test
    void takesTheBodyUnderWhoseAuspicesTalksAreHeld() {
        Annotated doc = Hand.doc("Laos/NNP/2/nsubj held/VBD/0/root/hold talks/NNS/2/obj/talk with/IN/5/case Cambodia/NNP/3/nmod"
                + " under/IN/8/case the/DT/8/det auspices/NNS/2/obl/auspices of/IN/10/case Thailand/NNP/8/nmod ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Laos", "LAO", "Laos"), Hand.actor(doc, "c2", "Cambodia", "KHM", "Cambodia"),
                Hand.actor(doc, "c3", "Thailand", "THA", "Thailand"));
        assertThat(events).extracting(MediatorTest::dyad).containsExactly("LAO>KHM via THA");
    }

    @Test
    void readsAOneWordBrokerCompoundAsMediatorNotTarget() {
        Annotated doc = Hand.doc("Fiji/NNP/2/nsubj accepted/VBD/0/root/accept a/DT/5/det UN-brokered/JJ/5/amod deal/NN/2/obj ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Fiji", "FJI", "Fiji"), Hand.actor(doc, "o1", "UN", "IGOUNO", "UN"));
        assertThat(events).isNotEmpty().allSatisfy(e -> {
            assertThat(e.mediator().flatMap(Event.Party::code)).contains("IGOUNO");
            assertThat(e.target().flatMap(Event.Party::code)).isNotEqualTo(java.util.Optional.of("IGOUNO"));
        });
    }

    @Test
    void leavesTheOneTalksAreHeldWithAsTargetAndNamesNoMediator() {
        Annotated doc = Hand.doc("Peru/NNP/2/nsubj held/VBD/0/root/hold talks/NNS/2/obj/talk with/IN/5/case Chile/NNP/3/nmod ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Peru", "PER", "Peru"), Hand.actor(doc, "c2", "Chile", "CHL", "Chile"));
        assertThat(events).extracting(MediatorTest::dyad).containsExactly("PER>CHL via -");
    }
}
