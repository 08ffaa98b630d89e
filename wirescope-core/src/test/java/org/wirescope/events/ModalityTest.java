package org.wirescope.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Annotated;
import org.wirescope.model.Event;

class ModalityTest {

    private static final EventStage STAGE = EventStage.create();

    private static List<Event> code(Annotated doc) {
        return STAGE.code(doc, List.of(Hand.actor(doc, "c1", "Benin", "BEN", "Benin", "its"),
                Hand.actor(doc, "c2", "Gabon", "GAB", "Gabon")), List.of(), List.of());
    }

    @Test
    void marksANegatedActNegated() {
        Annotated doc = Hand.doc("Benin/NNP/4/nsubj did/VBD/4/aux/do not/RB/4/advmod attack/VB/0/root/attack Gabon/NNP/4/obj ././4/punct");
        assertThat(code(doc)).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("190");
            assertThat(e.modality()).isEqualTo(Event.Modality.NEGATED);
        });
    }

    @Test
    void marksAnActInsideAnIfClauseConditional() {
        Annotated doc = Hand.doc("If/IN/3/mark Benin/NNP/3/nsubj attacks/VBZ/7/advcl/attack Gabon/NNP/3/obj ,/,/7/punct markets/NNS/7/nsubj/market fall/VBP/0/root/fall ././7/punct");
        assertThat(code(doc)).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("190");
            assertThat(e.modality()).isEqualTo(Event.Modality.CONDITIONAL);
        });
    }

    @Test
    void marksAThreatWithAnIfClauseConditional() {
        Annotated doc = Hand.doc("Benin/NNP/2/nsubj threatened/VBD/0/root/threaten Gabon/NNP/2/obj if/IN/6/mark markets/NNS/6/nsubj/market fall/VBP/2/advcl/fall ././2/punct");
        assertThat(code(doc)).singleElement().satisfies(e -> {
            assertThat(e.cameo()).startsWith("13");
            assertThat(e.modality()).isEqualTo(Event.Modality.CONDITIONAL);
        });
    }

    @Test
    void marksTheActOfAnAccusationAlleged() {
        Annotated doc = Hand.doc("Gabon/NNP/2/nsubj accused/VBD/0/root/accuse Benin/NNP/2/obj of/IN/5/mark shelling/VBG/2/advcl/shell Gabon/NNP/5/obj ././2/punct");
        List<Event> events = code(doc);
        assertThat(events).extracting(e -> e.cameo() + " " + e.modality())
                .containsExactly("1123 ASSERTED", "194 ALLEGED");
        assertThat(events.get(1).source().code()).hasValue("BEN");
        assertThat(events.get(1).target().flatMap(Event.Party::code)).hasValue("GAB");
    }

    @Test
    void marksAFutureActIntendedAndCodesItAsIntent() {
        Annotated doc = Hand.doc("Benin/NNP/3/nsubj will/MD/3/aux visit/VB/0/root/visit Gabon/NNP/3/obj ././3/punct");
        assertThat(code(doc)).singleElement().satisfies(e -> {
            assertThat(e.modality()).isEqualTo(Event.Modality.INTENDED);
            assertThat(e.cameo()).isEqualTo("036");
            assertThat(e.plover().type()).isEqualTo("AGREE");
        });
    }

    @Test
    void marksAPlannedActIntended() {
        Annotated doc = Hand.doc("Benin/NNP/2/nsubj plans/VBZ/0/root/plan to/TO/4/mark cooperate/VB/2/xcomp/cooperate with/IN/6/case Gabon/NNP/4/obl ././2/punct");
        assertThat(code(doc)).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("031");
            assertThat(e.modality()).isEqualTo(Event.Modality.INTENDED);
        });
    }

    @Test
    void codesAConflictAnnouncedForTheFutureAsAThreatMade() {
        Annotated doc = Hand.doc("Benin/NNP/2/nsubj plans/VBZ/0/root/plan to/TO/4/mark sanction/VB/2/xcomp/sanction Gabon/NNP/4/obj ././2/punct");
        assertThat(code(doc)).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("1312");
            assertThat(e.plover().type()).isEqualTo("THREATEN");
            assertThat(e.modality()).isEqualTo(Event.Modality.ASSERTED);
        });
    }

    @Test
    void codesACooperationRefusedForTheFutureAsARejection() {
        Annotated doc = Hand.doc("Benin/NNP/4/nsubj will/MD/4/aux not/RB/4/advmod meet/VB/0/root/meet Gabon/NNP/4/obj ././4/punct");
        assertThat(code(doc)).singleElement().satisfies(e -> {
            assertThat(e.cameo()).isEqualTo("125");
            assertThat(e.plover().type()).isEqualTo("REJECT");
        });
    }

    @Test
    void keepsAPlainPastActAsserted() {
        Annotated doc = Hand.doc("Benin/NNP/2/nsubj arrested/VBD/0/root/arrest Gabon/NNP/4/compound nationals/NNS/2/obj/national ././2/punct");
        assertThat(code(doc)).singleElement().satisfies(e -> assertThat(e.modality()).isEqualTo(Event.Modality.ASSERTED));
    }
}
