package org.wirescope.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Actor;
import org.wirescope.model.Annotated;
import org.wirescope.model.DateMention;
import org.wirescope.model.Event;
import org.wirescope.model.Quote;
import org.wirescope.model.Span;
import org.wirescope.model.TextSpan;

class EventCodingTest {

    private static final EventStage STAGE = EventStage.create();

    private static List<Event> code(Annotated doc, Actor... actors) {
        return STAGE.code(doc, List.of(actors), List.of(), List.of());
    }

    private static String dyad(Event e) {
        return e.source().code().orElse("?") + ">" + e.target().flatMap(Event.Party::code).orElse("-") + " " + e.cameo();
    }

    @Test
    void codesAVerbWithSubjectAsSourceAndObjectAsTarget() {
        Annotated doc = Hand.doc("Norway/NNP/2/nsubj criticized/VBD/0/root/criticize Chile/NNP/2/obj ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Norway", "NOR", "Norway"), Hand.actor(doc, "c2", "Chile", "CHL", "Chile"));
        assertThat(events).extracting(EventCodingTest::dyad).containsExactly("NOR>CHL 111");
        Event e = events.get(0);
        assertThat(e.plover().type()).isEqualTo("ACCUSE");
        assertThat(e.quadClass()).isEqualTo(3);
        assertThat(e.goldstein()).isEqualTo(-2.0);
        assertThat(e.modality()).isEqualTo(Event.Modality.ASSERTED);
        assertThat(e.evidence().text()).isEqualTo("Norway criticized Chile");
    }

    @Test
    void takesTheTargetFromAPrepositionalObject() {
        Annotated doc = Hand.doc("Peru/NNP/2/nsubj protested/VBD/0/root/protest against/IN/4/case Bolivia/NNP/2/obl ././2/punct");
        assertThat(code(doc, Hand.actor(doc, "c1", "Peru", "PER", "Peru"), Hand.actor(doc, "c2", "Bolivia", "BOL", "Bolivia")))
                .extracting(EventCodingTest::dyad).containsExactly("PER>BOL 140");
    }

    @Test
    void readsAParticleVerbAsItsOwnPattern() {
        Annotated doc = Hand.doc("Kenya/NNP/2/nsubj called/VBD/0/root/call for/IN/4/case talks/NNS/2/obl/talk with/IN/6/case Uganda/NNP/4/nmod ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Kenya", "KEN", "Kenya"), Hand.actor(doc, "c2", "Uganda", "UGA", "Uganda"));
        assertThat(events).extracting(EventCodingTest::dyad).containsExactly("KEN>UGA 106");
        assertThat(events.get(0).plover().type()).isEqualTo("REQUEST");
    }

    @Test
    void codesANominalThreatWithItsCompoundSourceAndAgainstTarget() {
        Annotated doc = Hand.doc("He/PRP/2/nsubj mentioned/VBD/0/root/mention"
                + " Fiji/NNP/4/compound threats/NNS/2/obj/threat of/IN/7/case military/JJ/7/amod action/NN/4/nmod against/IN/9/case Tonga/NNP/4/nmod ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Fiji", "FJI", "Fiji"), Hand.actor(doc, "c2", "Tonga", "TON", "Tonga"));
        assertThat(events).extracting(EventCodingTest::dyad).containsExactly("FJI>TON 138");
    }

    @Test
    void resolvesAPossessivePronounSourceOfANominalEvent() {
        Annotated doc = Hand.doc("Laos/NNP/2/nsubj repeated/VBD/0/root/repeat its/PRP$/4/nmod:poss willingness/NN/2/obj for/IN/6/case talks/NNS/4/nmod/talk with/IN/8/case Hanoi/NNP/6/nmod ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Laos", "LAO", "Laos", "its"), Hand.actor(doc, "c2", "Vietnam", "VNMGOV", "Hanoi"));
        assertThat(events).extracting(EventCodingTest::dyad).containsExactly("LAO>VNMGOV 036");
    }

    @Test
    void turnsPassiveAroundWithTheByPhraseAsSource() {
        Annotated doc = Hand.doc("Mali/NNP/3/nsubj:pass was/VBD/3/aux:pass attacked/VBN/0/root/attack by/IN/5/case Niger/NNP/3/obl ././3/punct");
        assertThat(code(doc, Hand.actor(doc, "c1", "Mali", "MLI", "Mali"), Hand.actor(doc, "c2", "Niger", "NER", "Niger")))
                .extracting(EventCodingTest::dyad).containsExactly("NER>MLI 190");
    }

    @Test
    void writesOneEventPerActorOfACompoundSource() {
        Annotated doc = Hand.doc("Chad/NNP/4/nsubj and/CC/3/cc Sudan/NNP/1/conj signed/VBD/0/root/sign an/DT/6/det accord/NN/4/obj ././4/punct");
        assertThat(code(doc, Hand.actor(doc, "c1", "Chad", "TCD", "Chad"), Hand.actor(doc, "c2", "Sudan", "SDN", "Sudan")))
                .extracting(EventCodingTest::dyad).containsExactly("TCD>- 057", "SDN>- 057");
    }

    @Test
    void codesTheThreatNotTheThreatenedActSeparately() {
        Annotated doc = Hand.doc("Oman/NNP/2/nsubj threatened/VBD/0/root/threaten to/TO/4/mark break/VB/2/xcomp relations/NNS/4/obj/relation with/IN/7/case Yemen/NNP/5/nmod ././2/punct");
        assertThat(code(doc, Hand.actor(doc, "c1", "Oman", "OMN", "Oman"), Hand.actor(doc, "c2", "Yemen", "YEM", "Yemen")))
                .extracting(EventCodingTest::dyad).containsExactly("OMN>YEM 1313");
    }

    @Test
    void leavesTheMediatorOutOfTheDyad() {
        Annotated doc = Hand.doc("Cuba/NNP/2/nsubj criticized/VBD/0/root/criticize Spain/NNP/2/obj through/IN/5/case Mexico/NNP/2/obl ././2/punct");
        assertThat(code(doc, Hand.actor(doc, "c1", "Cuba", "CUB", "Cuba"), Hand.actor(doc, "c2", "Spain", "ESP", "Spain"),
                Hand.actor(doc, "c3", "Mexico", "MEX", "Mexico"))).extracting(EventCodingTest::dyad).containsExactly("CUB>ESP 111");
    }

    @Test
    void doesNotCodeAnEventNounWithoutAnActorOfItsOwn() {
        Annotated doc = Hand.doc("The/DT/2/det attack/NN/3/nsubj ended/VBD/0/root/end ././3/punct");
        assertThat(code(doc)).isEmpty();
    }

    @Test
    void fallsBackToWordOrderInAnUnparsedSentence() {
        Annotated doc = Hand.doc("Ghana/NNP/-/ accused/VBD/-//accuse Togo/NNP/-/ ././-/");
        assertThat(code(doc, Hand.actor(doc, "c1", "Ghana", "GHA", "Ghana"), Hand.actor(doc, "c2", "Togo", "TGO", "Togo")))
                .extracting(EventCodingTest::dyad).containsExactly("GHA>TGO 112");
    }

    @Test
    void codesProtestWithoutTargetAgainstTheSourcesOwnCountry() {
        Annotated doc = Hand.doc("Nepalese/JJ/2/amod students/NNS/3/nsubj/student demonstrated/VBD/0/root/demonstrate ././3/punct");
        List<Event> events = code(doc, Hand.actor(doc, "g1", "Nepalese students", "NPLEDU", "Nepalese students"));
        assertThat(events).extracting(EventCodingTest::dyad).containsExactly("NPLEDU>NPL 141");
        assertThat(events.get(0).target().orElseThrow().actor()).isEmpty();
    }

    @Test
    void linksTheQuoteThatHoldsTheEvidence() {
        Annotated doc = Hand.doc("Iraq/NNP/2/nsubj condemned/VBD/0/root/condemn Syria/NNP/2/obj ././2/punct");
        Quote q = new Quote("q1", "Iraq condemned Syria.", Span.of(0, 21), Quote.Kind.DIRECT,
                new Quote.Speaker(Optional.empty(), "officials", Optional.empty(), Optional.empty()), Optional.empty(), List.of());
        List<Event> events = STAGE.code(doc, List.of(Hand.actor(doc, "c1", "Iraq", "IRQ", "Iraq"),
                Hand.actor(doc, "c2", "Syria", "SYR", "Syria")), List.of(q), List.of());
        assertThat(events).singleElement().satisfies(e -> assertThat(e.quote()).contains("q1"));
    }

    @Test
    void takesAFirstPersonSourceInsideAQuoteForItsSpeakerAndAnOfficialsWeForTheState() {
        Actor official = new Actor("p1", "Ali Shamkhani", Actor.Type.PERSON, Optional.of("IRN"), Optional.of("GOV"),
                Optional.of("IRNGOV"), Optional.of("adviser"), List.of());
        Actor iran = new Actor("c1", "Iran", Actor.Type.COUNTRY, Optional.of("IRN"), Optional.empty(), Optional.of("IRN"),
                Optional.empty(), List.of());
        for (String pronoun : List.of("We", "I")) {
            Annotated doc = Hand.doc(pronoun + "/PRP/2/nsubj condemned/VBD/0/root/condemn Syria/NNP/2/obj ././2/punct");
            Quote q = new Quote("q1", doc.text(), Span.of(0, doc.text().length()), Quote.Kind.DIRECT,
                    new Quote.Speaker(Optional.of("p1"), "Ali Shamkhani", Optional.empty(), Optional.empty()), Optional.empty(), List.of());
            List<Event> events = STAGE.code(doc, List.of(official, iran, Hand.actor(doc, "c2", "Syria", "SYR", "Syria")),
                    List.of(q), List.of());
            assertThat(events).extracting(EventCodingTest::dyad).as(pronoun)
                    .containsExactly((pronoun.equals("We") ? "IRN" : "IRNGOV") + ">SYR 111");
        }
    }

    @Test
    void datesTheEventWithTheDateOfItsSentence() {
        Annotated doc = Hand.doc("Iraq/NNP/2/nsubj condemned/VBD/0/root/condemn Syria/NNP/2/obj on/IN/5/case Monday/NNP/2/obl ././2/punct");
        int at = doc.text().indexOf("Monday");
        DateMention monday = new DateMention(new TextSpan(at, at + 6, "Monday"), "2024-03-04");
        List<Event> events = STAGE.code(doc, List.of(Hand.actor(doc, "c1", "Iraq", "IRQ", "Iraq"),
                Hand.actor(doc, "c2", "Syria", "SYR", "Syria")), List.of(), List.of(monday));
        assertThat(events).singleElement().satisfies(e -> assertThat(e.date()).hasValue(java.time.LocalDate.of(2024, 3, 4)));
    }

    @Test
    void keepsAnEventRepeatedInTheArticleOnce() {
        Annotated doc = Hand.doc("Iraq/NNP/2/nsubj condemned/VBD/0/root/condemn Syria/NNP/2/obj ././2/punct",
                "Iraq/NNP/2/nsubj denounced/VBD/0/root/denounce Syria/NNP/2/obj ././2/punct",
                "Syria/NNP/2/nsubj condemned/VBD/0/root/condemn Iraq/NNP/2/obj ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Iraq", "IRQ", "Iraq"), Hand.actor(doc, "c2", "Syria", "SYR", "Syria"));
        assertThat(events).extracting(EventCodingTest::dyad).containsExactly("IRQ>SYR 111", "SYR>IRQ 111");
        assertThat(events).extracting(Event::id).containsExactly("e1", "e2");
    }

    @Test
    void readsAReportedObligationAsTheSpeakersDemand() {
        Annotated doc = Hand.doc("Peru/NNP/2/nsubj said/VBD/0/root/say Chile/NNP/5/nsubj must/MD/5/aux release/VB/2/ccomp/release the/DT/7/det sailors/NNS/5/obj/sailor ././2/punct");
        assertThat(code(doc, Hand.actor(doc, "c1", "Peru", "PER", "Peru"), Hand.actor(doc, "c2", "Chile", "CHL", "Chile")))
                .extracting(EventCodingTest::dyad).containsExactly("PER>CHL 1053");
    }

    @Test
    void readsAStancePassiveAsTheSubjectsOwnAct() {
        Annotated doc = Hand.doc("Chile/NNP/3/nsubj:pass is/VBZ/3/aux:pass opposed/VBN/0/root/oppose to/IN/6/case Peruvian/JJ/6/amod"
                + " mediation/NN/3/obl ././3/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Chile", "CHL", "Chile"), Hand.actor(doc, "c2", "Peru", "PER", "Peruvian"));
        assertThat(events).extracting(EventCodingTest::dyad).containsExactly("CHL>PER 120");
    }

    @Test
    void takesTheOneComplainedAboutBeforeTheOneComplainedTo() {
        Annotated doc = Hand.doc("Nepal/NNP/2/nsubj complained/VBD/0/root/complain to/IN/4/case India/NNP/2/obl over/IN/7/case"
                + " Chinese/JJ/7/amod raids/NNS/2/obl/raid ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Nepal", "NPL", "Nepal"), Hand.actor(doc, "c2", "India", "IND", "India"),
                Hand.actor(doc, "c3", "China", "CHN", "Chinese"));
        assertThat(events).extracting(EventCodingTest::dyad).containsExactly("NPL>CHN 114");
    }

    @Test
    void takesTheObjectOfTheVerbAPurposeClauseServes() {
        Annotated doc = Hand.doc("Ghana/NNP/2/nsubj summoned/VBD/0/root/summon the/DT/5/det Togolese/JJ/5/amod envoy/NN/2/obj"
                + " to/TO/7/mark complain/VB/2/advcl/complain ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Ghana", "GHA", "Ghana"), Hand.actor(doc, "c2", "Togo", "TGO", "Togolese"));
        assertThat(events).extracting(EventCodingTest::dyad).containsExactly("GHA>TGOGOV 114");
    }

    @Test
    void findsTheTargetInTheConditionOfAnInfinitive() {
        Annotated doc = Hand.doc("Iran/NNP/2/nsubj threatened/VBD/0/root/threaten to/TO/4/mark halt/VB/2/xcomp talks/NNS/4/obj/talk"
                + " if/IN/8/mark Iraq/NNP/8/nsubj attacked/VBD/4/advcl/attack ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Iran", "IRN", "Iran"), Hand.actor(doc, "c2", "Iraq", "IRQ", "Iraq"));
        assertThat(events).extracting(e -> e.source().code().orElse("?") + ">" + e.target().flatMap(Event.Party::code).orElse("-"))
                .containsExactly("IRN>IRQ");
    }

    @Test
    void aimsAConcessionWithoutTargetAtTheSourcesOwnCountry() {
        Annotated doc = Hand.doc("Mali/NNP/2/nsubj lifted/VBD/0/root/lift the/DT/4/det curfew/NN/2/obj ././2/punct");
        assertThat(code(doc, Hand.actor(doc, "c1", "Mali", "MLI", "Mali"))).extracting(EventCodingTest::dyad).containsExactly("MLI>MLI 081");
    }

    @Test
    void takesNoWorldRegionForTheTargetOfAnActDoneThere() {
        Annotated doc = Hand.doc("Cuba/NNP/2/nsubj deployed/VBD/0/root/deploy missiles/NNS/2/obj/missile in/IN/6/case the/DT/6/det"
                + " Caribbean/NNP/2/obl ././2/punct");
        int at = doc.text().indexOf("Caribbean");
        Actor caribbean = new Actor("l1", "Caribbean", Actor.Type.LOCATION, Optional.empty(), Optional.empty(), Optional.of("CRB"),
                Optional.empty(), List.of(new TextSpan(at, at + 9, "Caribbean")));
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Cuba", "CUB", "Cuba"), caribbean);
        assertThat(events).isNotEmpty().allSatisfy(e -> assertThat(e.target().flatMap(Event.Party::code)).isNotEqualTo(Optional.of("CRB")));
    }

    @Test
    void codesNoActThatSomeoneSetsOutToPrevent() {
        Annotated doc = Hand.doc("Peru/NNP/2/nsubj acted/VBD/0/root/act to/TO/4/mark forestall/VB/2/advcl/forestall"
                + " attacks/NNS/4/obj/attack on/IN/7/case Chile/NNP/5/nmod ././2/punct");
        assertThat(code(doc, Hand.actor(doc, "c1", "Peru", "PER", "Peru"), Hand.actor(doc, "c2", "Chile", "CHL", "Chile"))).isEmpty();
    }

    @Test
    void codesNoActThatAParticipleOnlyDescribes() {
        Annotated doc = Hand.doc("Peru/NNP/2/nsubj left/VBD/0/root/leave the/DT/5/det occupied/VBN/5/amod/occupy zone/NN/2/obj ././2/punct");
        assertThat(code(doc, Hand.actor(doc, "c1", "Peru", "PER", "Peru"))).extracting(EventCodingTest::dyad).noneMatch(d -> d.endsWith("192"));
    }

    @Test
    void readsAPassiveLightVerbAsAnActOnItsSubjectByTheAuthoritiesOfThePlace() {
        Annotated doc = Hand.doc("A/DT/2/det Chilean/NNP/4/nsubj:pass was/VBD/4/aux:pass put/VBN/0/root/put"
                + " under/IN/6/case investigation/NN/4/obl in/IN/8/case Peru/NNP/4/obl ././4/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Chile", "CHL", "Chilean"), Hand.actor(doc, "c2", "Peru", "PER", "Peru"));
        assertThat(events).extracting(EventCodingTest::dyad).containsExactly("PERGOV>CHL 090");
    }

    @Test
    void readsBeingEngagedInAnActAsDoingIt() {
        Annotated doc = Hand.doc("Chad/NNP/3/nsubj:pass was/VBD/3/aux:pass engaged/VBN/0/root/engage in/IN/5/case fighting/NN/3/obl"
                + " with/IN/7/case Sudan/NNP/5/nmod ././3/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Chad", "TCD", "Chad"), Hand.actor(doc, "c2", "Sudan", "SDN", "Sudan"));
        assertThat(events).extracting(e -> e.source().code().orElse("?") + ">" + e.target().flatMap(Event.Party::code).orElse("-"))
                .containsExactly("TCD>SDN");
    }

    @Test
    void takesThePlaceOfAVisitAsItsTarget() {
        Annotated doc = Hand.doc("Peru/NNP/2/nsubj arrived/VBD/0/root/arrive in/IN/4/case Quito/NNP/2/obl on/IN/7/case a/DT/7/det"
                + " visit/NN/2/obl ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Peru", "PER", "Peru"), Hand.actor(doc, "c2", "Ecuador", "ECUGOV", "Quito"));
        assertThat(events).extracting(EventCodingTest::dyad).containsExactly("PER>ECUGOV 042");
    }

    @Test
    void readsAWordTaggedAsNounWithAnAuxiliaryAsAVerb() {
        Annotated doc = Hand.doc("Peru/NNP/3/nsubj would/MD/3/aux blockade/NN/0/root/blockade Chile/NNP/3/obj ././3/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Peru", "PER", "Peru"), Hand.actor(doc, "c2", "Chile", "CHL", "Chile"));
        assertThat(events).extracting(e -> e.source().code().orElse("?") + ">" + e.target().flatMap(Event.Party::code).orElse("-")
                + " " + e.plover().type()).containsExactly("PER>CHL THREATEN");
    }

    @Test
    void codesBeingPreparedToImposeMartialLawAsAThreat() {
        Annotated doc = Hand.doc("Chad/NNP/3/nsubj is/VBZ/3/cop prepared/JJ/0/root/prepared to/TO/5/mark impose/VB/3/xcomp/impose"
                + " martial/JJ/7/amod law/NN/5/obj ././3/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Chad", "TCD", "Chad"));
        assertThat(events).extracting(e -> e.plover().type() + " " + e.modality()).containsExactly("THREATEN ASSERTED");
    }

    @Test
    void readsTheKindOfProgramAPartOfWhichIsSuspended() {
        Annotated doc = Hand.doc("Peru/NNP/2/nsubj suspended/VBD/0/root/suspend part/NN/2/obj of/IN/7/case an/DT/7/det aid/NN/7/compound"
                + " program/NN/3/nmod for/IN/9/case Chile/NNP/7/nmod ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Peru", "PER", "Peru"), Hand.actor(doc, "c2", "Chile", "CHL", "Chile"));
        assertThat(events).extracting(EventCodingTest::dyad).containsExactly("PER>CHL 162");
    }

    @Test
    void readsAnActAnnouncedUnlessTheOtherSideGivesWayAsAThreat() {
        Annotated doc = Hand.doc("Ghana/NNP/3/nsubj will/MD/3/aux withdraw/VB/0/root/withdraw its/PRP$/5/nmod:poss troops/NNS/3/obj/troop"
                + " from/IN/7/case Togo/NNP/3/obl unless/IN/10/mark talks/NNS/10/nsubj/talk resume/VBP/3/advcl/resume ././3/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Ghana", "GHA", "Ghana", "its"), Hand.actor(doc, "c2", "Togo", "TGO", "Togo"));
        assertThat(events).extracting(e -> dyad(e) + " " + e.plover().type()).containsExactly("GHA>TGO 130 THREATEN");
    }

    @Test
    void takesTheOneAidIsGivenForAsTarget() {
        Annotated doc = Hand.doc("Norway/NNP/2/nsubj provided/VBD/0/root/provide food/NN/4/compound aid/NN/2/obj for/IN/6/case"
                + " Chad/NNP/2/obl ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Norway", "NOR", "Norway"), Hand.actor(doc, "c2", "Chad", "TCD", "Chad"));
        assertThat(events).extracting(e -> e.source().code().orElse("?") + ">" + e.target().flatMap(Event.Party::code).orElse("-"))
                .containsExactly("NOR>TCD");
    }

    @Test
    void codesSendingInspectorsAsAnInvestigationOfAnUncodedSiteInItsCountry() {
        Annotated doc = Hand.doc("Oman/NNP/2/nsubj dispatched/VBD/0/root/dispatch inspectors/NNS/2/obj/inspector to/IN/6/case"
                + " Zarin/NNP/6/compound Works/NNP/2/obl in/IN/8/case Peru/NNP/2/obl ././2/punct");
        Actor works = new Actor("o1", "Zarin Works", Actor.Type.ORGANIZATION, Optional.empty(), Optional.empty(), Optional.empty(),
                Optional.empty(), List.of(new TextSpan(doc.text().indexOf("Zarin"), doc.text().indexOf("Zarin") + 11, "Zarin Works")));
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Oman", "OMN", "Oman"), works, Hand.actor(doc, "c2", "Peru", "PER", "Peru"));
        assertThat(events).extracting(EventCodingTest::dyad).containsExactly("OMN>PER 090");
        assertThat(events.get(0).target().map(Event.Party::name)).contains("Zarin Works");
    }

    @Test
    void codesBeingCommittedToAnActAsIntentToCooperate() {
        Annotated doc = Hand.doc("Laos/NNP/3/nsubj:pass is/VBZ/3/aux:pass committed/VBN/0/root/commit to/TO/5/mark talks/NNS/3/obl/talk"
                + " ././3/punct");
        assertThat(code(doc, Hand.actor(doc, "c1", "Laos", "LAO", "Laos"))).extracting(e -> e.plover().type()).containsExactly("AGREE");
    }

    @Test
    void codesEvacuatingTheWoundedAsHumanitarianAid() {
        Annotated doc = Hand.doc("Fiji/NNP/2/nsubj evacuated/VBD/0/root/evacuate the/DT/4/det wounded/NNS/2/obj/wounded from/IN/6/case"
                + " Tonga/NNP/2/obl ././2/punct");
        List<Event> events = code(doc, Hand.actor(doc, "c1", "Fiji", "FJI", "Fiji"), Hand.actor(doc, "c2", "Tonga", "TON", "Tonga"));
        assertThat(events).extracting(EventCodingTest::dyad).containsExactly("FJI>TON 073");
    }
}
