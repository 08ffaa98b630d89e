package org.wirescope.quotes;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Actor;
import org.wirescope.model.Annotated;
import org.wirescope.model.Quote;
import org.wirescope.model.TextSpan;

/** Attribution patterns on made-up sentences parsed by hand (no models loaded). */
class QuoteFinderTest {

    private static List<Quote> quotes(Annotated doc) {
        return QuoteStage.create().extract(doc, List.of());
    }

    private static Quote only(List<Quote> quotes, Quote.Kind kind) {
        List<Quote> of = quotes.stream().filter(q -> q.kind() == kind).toList();
        assertThat(of).as("quotes of kind " + kind + " in " + quotes).hasSize(1);
        return of.get(0);
    }

    @Test
    void attributesADirectQuoteToTheSpeakerAfterIt() {
        Annotated doc = HandParsed.sentence("“/``/5/punct The/DT/3/det bridge/NN/5/nsubj will/MD/5/aux reopen/VB/11/ccomp "
                + ",/,/5/punct ”/''/5/punct Mayor/NNP/10/compound Ona/NNP/10/compound Brill/NNP/11/nsubj said/VBD/0/root/say ././11/punct");
        Quote q = only(quotes(doc), Quote.Kind.DIRECT);
        assertThat(q.text()).isEqualTo("The bridge will reopen ,");
        assertThat(q.speaker().name()).isEqualTo("Mayor Ona Brill");
        assertThat(q.cue()).map(TextSpan::text).contains("said");
    }

    @Test
    void takesTheQuotationAfterAColonAsDirectSpeech() {
        Annotated doc = HandParsed.sentence("Brill/NNP/2/nsubj added/VBD/0/root/add :/:/2/punct “/``/7/punct We/PRP/7/nsubj "
                + "are/VBP/7/cop ready/JJ/2/parataxis ././7/punct ”/''/7/punct");
        Quote q = only(quotes(doc), Quote.Kind.DIRECT);
        assertThat(q.text()).isEqualTo("We are ready .");
        assertThat(q.speaker().name()).isEqualTo("Brill");
        assertThat(q.cue()).map(TextSpan::text).contains("added");
    }

    @Test
    void readsTheThatClauseAsIndirectSpeech() {
        Annotated doc = HandParsed.sentence("Officials/NNS/2/nsubj said/VBD/0/root/say that/IN/7/mark the/DT/5/det port/NN/7/nsubj "
                + "would/MD/7/aux close/VB/2/ccomp ././2/punct");
        Quote q = only(quotes(doc), Quote.Kind.INDIRECT);
        assertThat(q.text()).isEqualTo("the port would close");
        assertThat(q.speaker().name()).isEqualTo("Officials");
        assertThat(q.speaker().actor()).isEmpty();
    }

    @Test
    void readsContentBeforeAnInvertedAttribution() {
        Annotated doc = HandParsed.sentence("The/DT/2/det port/NN/4/nsubj would/MD/4/aux close/VB/7/advcl ,/,/7/punct "
                + "officials/NNS/7/nsubj said/VBD/0/root/say ././7/punct");
        Quote q = only(quotes(doc), Quote.Kind.INDIRECT);
        assertThat(q.text()).isEqualTo("The port would close");
        assertThat(q.speaker().name()).isEqualTo("officials");
    }

    @Test
    void findsAPartialQuotationInsideReportedSpeech() {
        Annotated doc = HandParsed.sentence("Brill/NNP/2/nsubj claimed/VBD/0/root/claim that/IN/6/mark the/DT/5/det plan/NN/6/nsubj "
                + "showed/VBD/2/ccomp “/``/9/punct great/JJ/9/amod courage/NN/6/obj ”/''/9/punct in/IN/13/case "
                + "the/DT/13/det storm/NN/6/obl ././2/punct");
        List<Quote> quotes = quotes(doc);
        Quote partial = only(quotes, Quote.Kind.PARTIAL);
        assertThat(partial.text()).isEqualTo("great courage");
        assertThat(partial.speaker().name()).isEqualTo("Brill");
        assertThat(only(quotes, Quote.Kind.INDIRECT).text()).startsWith("the plan showed");
    }

    @Test
    void makesTheOutletAfterAccordingToARelay() {
        Annotated doc = HandParsed.sentence("He/PRP/2/nsubj added/VBD/0/root/add :/:/2/punct “/``/7/punct We/PRP/7/nsubj "
                + "are/VBP/7/cop ready/JJ/2/parataxis ,/,/7/punct ”/''/7/punct according/VBG/13/case to/IN/10/fixed "
                + "Harbour/NNP/13/compound Radio/NNP/7/obl ././2/punct");
        Quote q = only(quotes(doc), Quote.Kind.DIRECT);
        assertThat(q.speaker().name()).isEqualTo("He");
        assertThat(q.via()).extracting(Quote.Relay::name).containsExactly("Harbour Radio");
    }

    @Test
    void readsQuotedAsSayingAsSpeakerAndRelay() {
        Annotated doc = HandParsed.sentence("Harbour/NNP/2/compound Radio/NNP/3/nsubj quoted/VBD/0/root/quote Brill/NNP/3/obj "
                + "as/IN/6/mark saying/VBG/3/advcl/say that/IN/10/mark the/DT/9/det port/NN/10/nsubj "
                + "closed/VBD/6/ccomp/close ././3/punct");
        Quote q = only(quotes(doc), Quote.Kind.INDIRECT);
        assertThat(q.text()).isEqualTo("the port closed");
        assertThat(q.speaker().name()).isEqualTo("Brill");
        assertThat(q.via()).extracting(Quote.Relay::name).containsExactly("Harbour Radio");
        assertThat(q.cue()).map(TextSpan::text).contains("quoted Brill as saying");
    }

    @Test
    void carriesTheSpeakerOverToAParagraphThatIsAllQuotation() {
        Annotated doc = HandParsed.article(List.of(
                List.of("Brill/NNP/2/nsubj said/VBD/0/root/say :/:/2/punct “/``/7/punct We/PRP/7/nsubj are/VBP/7/cop "
                        + "ready/JJ/2/parataxis ././7/punct ”/''/7/punct"),
                List.of("“/``/4/punct The/DT/3/det ferries/NNS/4/nsubj run/VBP/0/root/run ././4/punct ”/''/4/punct")));
        List<Quote> quotes = quotes(doc);
        assertThat(quotes).hasSize(2);
        assertThat(quotes.get(1).text()).isEqualTo("The ferries run .");
        assertThat(quotes.get(1).speaker().name()).isEqualTo("Brill");
    }

    @Test
    void ignoresSpeechVerbsInsideAQuotation() {
        Annotated doc = HandParsed.sentence("“/``/3/punct Nobody/NN/3/nsubj says/VBZ/8/ccomp/say no/DT/3/obj ,/,/3/punct ”/''/3/punct "
                + "Brill/NNP/8/nsubj said/VBD/0/root/say ././8/punct");
        List<Quote> quotes = quotes(doc);
        assertThat(quotes).singleElement().satisfies(q -> assertThat(q.speaker().name()).isEqualTo("Brill"));
    }

    @Test
    void attributesAQuotationFollowedByADashAndName() {
        Annotated doc = HandParsed.sentence("“/``/4/punct We/PRP/4/nsubj are/VBP/4/cop ready/JJ/0/root ././4/punct ”/''/4/punct "
                + "―/NFP/4/punct Ilse/NNP/9/compound Varga/NNP/4/dep");
        Quote q = only(quotes(doc), Quote.Kind.DIRECT);
        assertThat(q.speaker().name()).isEqualTo("Ilse Varga");
    }

    @Test
    void resolvesTheSpeakerMentionToItsActor() {
        Annotated doc = HandParsed.sentence("Officials/NNS/2/nsubj said/VBD/0/root/say that/IN/7/mark the/DT/5/det port/NN/7/nsubj "
                + "would/MD/7/aux close/VB/2/ccomp ././2/punct");
        Actor officials = new Actor("g1", "Port Alder officials", Actor.Type.GROUP, Optional.empty(), Optional.of("GOV"),
                Optional.empty(), Optional.of("harbour officials"), List.of(new TextSpan(0, 9, "Officials")));
        Quote q = QuoteStage.create().extract(doc, List.of(officials)).get(0);
        assertThat(q.speaker().actor()).contains("g1");
        assertThat(q.speaker().name()).isEqualTo("Port Alder officials");
        assertThat(q.speaker().role()).contains("harbour officials");
        assertThat(q.speaker().mention()).map(TextSpan::text).contains("Officials");
    }

    @Test
    void keepsAReportedRequestInsideTheContentOfTheStatementThatReportsIt() {
        Annotated doc = HandParsed.sentence("Brill/NNP/2/nsubj said/VBD/0/root/say she/PRP/5/nsubj would/MD/5/aux ask/VB/2/ccomp/ask "
                + "the/DT/7/det council/NN/5/obj to/TO/9/mark vote/VB/5/xcomp ././2/punct");
        assertThat(quotes(doc)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("she would ask the council to vote");
            assertThat(q.speaker().name()).isEqualTo("Brill");
        });
    }

    @Test
    void keepsAnAsideOpenedByAConjunctionAsAStatementOfItsOwn() {
        Annotated doc = HandParsed.sentence("Brill/NNP/2/nsubj said/VBD/0/root/say the/DT/4/det plan/NN/5/nsubj failed/VBD/2/ccomp/fail "
                + ",/,/5/punct though/IN/9/mark she/PRP/9/nsubj admitted/VBD/5/advcl/admit it/PRP/12/nsubj was/VBD/12/cop/be "
                + "costly/JJ/9/ccomp ././2/punct");
        List<Quote> quotes = quotes(doc);
        assertThat(quotes).extracting(q -> q.speaker().name() + ": " + q.text()).containsExactlyInAnyOrder(
                "Brill: the plan failed", "she: it was costly");
    }

    @Test
    void readsAPastParticipleAfterANounAsPassiveNotAsACue() {
        Annotated doc = HandParsed.sentence("Kim/NNP/2/nsubj pointed/VBD/0/root/point out/RP/2/compound:prt “/``/6/punct "
                + "serious/JJ/6/amod flaws/NNS/2/obj ”/''/6/punct noted/VBN/6/acl/note in/IN/11/case the/DT/11/det "
                + "report/NN/8/obl ././2/punct");
        assertThat(quotes(doc)).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.Kind.PARTIAL);
            assertThat(q.speaker().name()).isEqualTo("Kim");
        });
    }

    @Test
    void readsAParticipleOfCallAfterANounAsANameNotAStatement() {
        Annotated doc = HandParsed.sentence("The/DT/2/det ferry/NN/7/nsubj ,/,/2/punct called/VBN/2/acl/call "
                + "Lark/NNP/4/obj ,/,/2/punct sails/VBZ/0/root/sail daily/RB/7/advmod ././7/punct");
        assertThat(quotes(doc)).isEmpty();
    }

    @Test
    void keepsASpeechVerbOfARelativeClauseInsideTheReportedContent() {
        Annotated doc = HandParsed.sentence("Roe/NNP/2/nsubj said/VBD/0/root/say it/PRP/6/nsubj was/VBD/6/cop/be the/DT/6/det "
                + "fee/NN/2/ccomp he/PRP/8/nsubj mentioned/VBD/6/acl:relcl/mention ././2/punct");
        assertThat(quotes(doc)).singleElement().satisfies(q -> {
            assertThat(q.text()).isEqualTo("it was the fee he mentioned");
            assertThat(q.speaker().name()).isEqualTo("Roe");
        });
    }

    @Test
    void joinsTheTwoPartsOfAStatementAroundAParentheticalAttribution() {
        Annotated doc = HandParsed.sentence("The/DT/2/det ferry/NN/7/nsubj ,/,/5/punct Brill/NNP/5/nsubj said/VBD/7/parataxis/say "
                + ",/,/5/punct runs/VBZ/0/root/run late/RB/7/advmod ././7/punct");
        List<Quote> quotes = quotes(doc);
        assertThat(quotes).extracting(Quote::text).containsExactly("The ferry", "runs late");
        assertThat(quotes).allSatisfy(q -> {
            assertThat(q.speaker().name()).isEqualTo("Brill");
            assertThat(q.cue()).map(TextSpan::text).contains("said");
        });
    }

    @Test
    void takesAQuotationBeforeTheCueAsContentEvenWhenItHasNoVerb() {
        Annotated doc = HandParsed.sentence("“/``/7/punct A/DT/3/det disgrace/NN/12/ccomp ,/,/3/punct ”/''/12/punct "
                + "Rep./NNP/8/compound Ona/NNP/8/compound Brill/NNP/12/nsubj (/-LRB-/10/punct D/NNP/8/appos )/-RRB-/10/punct "
                + "said/VBD/0/root/say ././12/punct");
        Quote q = only(quotes(doc), Quote.Kind.DIRECT);
        assertThat(q.text()).isEqualTo("A disgrace ,");
        assertThat(q.speaker().name()).isEqualTo("Rep. Ona Brill");
    }

    @Test
    void extendsContentCutShortByAMisparseToTheEndOfTheSentence() {
        Annotated doc = HandParsed.sentence("Brill/NNP/2/nsubj said/VBD/8/csubj/say they/PRP/4/nsubj hoped/VBD/2/ccomp/hope "
                + "the/DT/6/det move/NN/4/obj will/MD/8/aux spur/VB/0/root/spur growth/NN/8/obj ././8/punct");
        Quote q = only(quotes(doc), Quote.Kind.INDIRECT);
        assertThat(q.text()).isEqualTo("they hoped the move will spur growth");
    }

    @Test
    void stopsExtendingContentAtAConjunctionThatOpensAnotherStatement() {
        Annotated doc = HandParsed.sentence("Brill/NNP/2/nsubj urged/VBD/0/root/urge voters/NNS/2/obj to/TO/5/mark wait/VB/2/xcomp "
                + "but/CC/8/cc has/VBZ/8/aux said/VBN/2/conj/say she/PRP/10/nsubj agrees/VBZ/8/ccomp/agree ././2/punct");
        assertThat(quotes(doc)).extracting(Quote::text).contains("voters to wait").doesNotContain("voters to wait but has said she agrees");
    }

    @Test
    void continuesAQuotationAfterAnAttributionWithALongDescriptionOfTheSpeaker() {
        Annotated doc = HandParsed.article(List.of(List.of(
                "“/``/6/punct A/DT/3/det plan/NN/6/ccomp ,/,/3/punct ”/''/6/punct said/VBD/0/root/say Ona/NNP/8/compound "
                        + "Brill/NNP/6/nsubj ,/,/8/punct an/DT/11/det environmentalist/NN/8/appos who/WP/14/nsubj has/VBZ/14/aux "
                        + "fought/VBN/11/acl:relcl/fight the/DT/16/det mine/NN/14/obj for/IN/20/case many/JJ/20/amod "
                        + "long/JJ/20/amod years/NNS/14/obl in/IN/24/case the/DT/24/det crowded/JJ/24/amod courts/NNS/14/obl "
                        + "of/IN/28/case the/DT/28/det mountainous/JJ/28/amod hinterlands/NNS/24/nmod ././6/punct",
                "“/``/3/punct It/PRP/3/nsubj works/VBZ/0/root/work ././3/punct ”/''/3/punct")));
        List<Quote> quotes = quotes(doc);
        assertThat(quotes).extracting(Quote::text).containsExactly("A plan ,", "It works .");
        assertThat(quotes).allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("Ona Brill"));
    }

    @Test
    void attributesEachTurnOfATranscriptToTheSpeakerLabelledInCapitals() {
        Annotated doc = HandParsed.article(List.of(
                List.of("ROE/NNP/0/root :/:/1/punct Is/VBZ/5/cop the/DT/5/det ferry/NN/1/parataxis late/JJ/5/amod ?/./1/punct"),
                List.of("DOE/NNP/0/root :/:/1/punct It/PRP/4/nsubj runs/VBZ/1/parataxis/run on/IN/6/case time/NN/4/obl ././1/punct"),
                List.of("“/``/3/punct (/-LRB-/3/punct CROSSTALK/NN/0/root )/-RRB-/3/punct ”/''/3/punct")));
        assertThat(quotes(doc)).extracting(q -> q.speaker().name() + ": " + q.text())
                .containsExactly("ROE: Is the ferry late ?", "DOE: It runs on time .");
    }

    @Test
    void readsASingleCapitalisedLabelAsAHeadingNotATranscript() {
        Annotated doc = HandParsed.sentence("CORRECTION/NN/0/root :/:/1/punct The/DT/4/det ferry/NN/5/nsubj sails/VBZ/1/parataxis/sail "
                + "daily/RB/5/advmod ././1/punct");
        assertThat(quotes(doc)).isEmpty();
    }

    @Test
    void takesTheNounPhraseAfterACueThatFollowsAQuotationAsItsSpeaker() {
        Annotated doc = HandParsed.sentence("“/``/5/punct Ready/JJ/5/ccomp ,/,/2/punct ”/''/5/punct said/VBD/0/root/say "
                + "the/DT/8/det harbour/NN/8/compound master/NN/5/xcomp ././5/punct");
        assertThat(quotes(doc)).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
            assertThat(q.text()).isEqualTo("Ready ,");
            assertThat(q.speaker().name()).isEqualTo("the harbour master");
        });
    }

    @Test
    void givesAParticipleHangingOffANounTheSubjectOfTheClauseAboveIt() {
        Annotated doc = HandParsed.sentence("Brill/NNP/2/nsubj spoke/VBD/0/root/speak about/IN/5/case the/DT/5/det plan/NN/2/obl "
                + ",/,/7/punct arguing/VBG/5/acl/argue that/IN/10/mark it/PRP/10/nsubj fails/VBZ/7/ccomp/fail ././2/punct");
        Quote q = only(quotes(doc), Quote.Kind.INDIRECT);
        assertThat(q.text()).isEqualTo("it fails");
        assertThat(q.speaker().name()).isEqualTo("Brill");
    }

    @Test
    void takesTheTopicOfACueThatReportsNothingElseAsItsContent() {
        Annotated doc = HandParsed.sentence("Brill/NNP/2/nsubj warned/VBD/0/root/warn against/IN/5/case higher/JJR/5/amod "
                + "tolls/NNS/2/obl ././2/punct");
        Quote q = only(quotes(doc), Quote.Kind.INDIRECT);
        assertThat(q.text()).isEqualTo("higher tolls");
        assertThat(q.speaker().name()).isEqualTo("Brill");
    }

    @Test
    void prefersTheQuotationBeforeTheCueToTheTopicAfterIt() {
        Annotated doc = HandParsed.sentence("“/``/6/punct Fine/JJ/6/ccomp ,/,/2/punct ”/''/6/punct Brill/NNP/6/nsubj "
                + "said/VBD/0/root/say of/IN/9/case the/DT/9/det plan/NN/6/obl ././6/punct");
        assertThat(quotes(doc)).singleElement().satisfies(q -> {
            assertThat(q.kind()).isEqualTo(Quote.Kind.DIRECT);
            assertThat(q.text()).isEqualTo("Fine ,");
        });
    }

    @Test
    void readsANounNamingAStatementWithItsThatClauseAndPossessor() {
        Annotated doc = HandParsed.sentence("Critics/NNS/2/nsubj doubted/VBD/0/root/doubt Brill/NNP/6/nmod:poss 's/POS/3/case "
                + "earlier/JJR/6/amod claim/NN/2/obj that/IN/10/mark the/DT/9/det ferry/NN/10/nsubj sank/VBD/6/acl/sink ././2/punct");
        Quote q = only(quotes(doc), Quote.Kind.INDIRECT);
        assertThat(q.text()).isEqualTo("the ferry sank");
        assertThat(q.speaker().name()).isEqualTo("Brill");
        assertThat(q.cue()).map(TextSpan::text).contains("claim");
    }

    @Test
    void givesAStatementNounAsObjectTheSubjectOfItsVerbAsAuthor() {
        Annotated doc = HandParsed.sentence("The/DT/2/det ministry/NN/3/nsubj issued/VBD/0/root/issue a/DT/5/det warning/NN/3/obj "
                + "about/IN/7/case storms/NNS/5/nmod ././3/punct");
        Quote q = only(quotes(doc), Quote.Kind.INDIRECT);
        assertThat(q.text()).isEqualTo("storms");
        assertThat(q.speaker().name()).isEqualTo("The ministry");
    }

    @Test
    void leavesAStatementNounWithoutContentAlone() {
        Annotated doc = HandParsed.sentence("Brill/NNP/3/nmod:poss 's/POS/1/case statement/NN/4/nsubj came/VBD/0/root/come "
                + "late/RB/4/advmod ././4/punct");
        assertThat(quotes(doc)).isEmpty();
    }

    @Test
    void extendsContentCutShortByAMisparseUpToThePunctuationThatEndsTheClause() {
        Annotated doc = HandParsed.sentence("Brill/NNP/2/nsubj said/VBD/0/root/say she/PRP/4/nsubj feared/VBD/2/ccomp/fear "
                + "tolls/NNS/4/obj were/VBD/8/cop “/``/8/punct unfair/JJ/2/parataxis ”/''/8/punct —/:/11/punct "
                + "drivers/NNS/11/nsubj agreed/VBD/2/parataxis/agree ././2/punct");
        assertThat(quotes(doc)).filteredOn(q -> q.speaker().name().equals("Brill"))
                .extracting(Quote::text).containsExactlyInAnyOrder("she feared tolls were “ unfair", "unfair");
    }

    @Test
    void keepsThePersonWhoReportsAnotherStatementAsItsSpeaker() {
        Annotated doc = HandParsed.sentence("Brill/NNP/2/nsubj said/VBD/0/root/say Roe/NNP/4/nsubj told/VBD/2/ccomp/tell "
                + "voters/NNS/4/obj that/IN/9/mark the/DT/8/det port/NN/9/nsubj closed/VBD/4/ccomp/close ././2/punct");
        assertThat(quotes(doc)).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Brill");
            assertThat(q.text()).isEqualTo("Roe told voters that the port closed");
        });
    }

    @Test
    void makesAnOutletThatReportsAnotherStatementItsRelay() {
        Annotated doc = HandParsed.sentence("Harbour/NNP/2/compound Radio/NNP/3/nsubj said/VBD/0/root/say Roe/NNP/5/nsubj "
                + "told/VBD/3/ccomp/tell voters/NNS/5/obj that/IN/10/mark the/DT/9/det port/NN/10/nsubj closed/VBD/5/ccomp/close "
                + "././3/punct");
        Actor radio = new Actor("m1", "Harbour Radio", Actor.Type.MEDIA, Optional.empty(), Optional.of("MED"),
                Optional.empty(), Optional.empty(), List.of(new TextSpan(0, 13, "Harbour Radio")));
        assertThat(QuoteStage.create().extract(doc, List.of(radio))).singleElement().satisfies(q -> {
            assertThat(q.speaker().name()).isEqualTo("Roe");
            assertThat(q.text()).isEqualTo("the port closed");
            assertThat(q.via()).extracting(Quote.Relay::name).containsExactly("Harbour Radio");
        });
    }

    @Test
    void givesAParticipleSetOffByACommaInsideAStatementThatStatementsSpeaker() {
        Annotated doc = HandParsed.sentence("Brill/NNP/2/nsubj said/VBD/0/root/say fares/NNS/4/nsubj rose/VBD/2/ccomp/rise "
                + ",/,/6/punct arguing/VBG/4/dep/argue that/IN/9/mark costs/NNS/9/nsubj grew/VBD/6/ccomp/grow ././2/punct");
        assertThat(quotes(doc)).extracting(q -> q.speaker().name() + ": " + q.text())
                .containsExactlyInAnyOrder("Brill: fares rose", "Brill: costs grew");
    }

    @Test
    void keepsTheAddresseeOfAnAppealToActInTheContent() {
        Annotated doc = HandParsed.sentence("Brill/NNP/2/nsubj urged/VBD/0/root/urge drivers/NNS/2/obj to/TO/5/mark slow/VB/2/xcomp "
                + "down/RP/5/compound:prt ././2/punct");
        assertThat(only(quotes(doc), Quote.Kind.INDIRECT).text()).isEqualTo("drivers to slow down");
    }

    @Test
    void readsAPassiveCueAsAStatementOfItsAgent() {
        Annotated doc = HandParsed.sentence("The/DT/2/det closure/NN/5/nsubj:pass was/VBD/5/aux:pass first/RB/5/advmod "
                + "reported/VBN/0/root/report by/IN/8/case Harbour/NNP/8/compound Radio/NNP/5/obl:agent ././5/punct");
        Quote q = only(quotes(doc), Quote.Kind.INDIRECT);
        assertThat(q.text()).isEqualTo("The closure was first reported");
        assertThat(q.speaker().name()).isEqualTo("Harbour Radio");
    }

    @Test
    void keepsAPassiveStatementWithoutAgentUnattributed() {
        Annotated doc = HandParsed.sentence("The/DT/2/det mayor/NN/4/nsubj:pass was/VBD/4/aux:pass accused/VBN/0/root/accuse "
                + "of/IN/6/mark lying/VBG/4/advcl/lie ././4/punct");
        Quote q = only(quotes(doc), Quote.Kind.INDIRECT);
        assertThat(q.text()).isEqualTo("The mayor was accused of lying");
        assertThat(q.speaker().name()).isEmpty();
        assertThat(q.speaker().mention()).isEmpty();
    }

    @Test
    void doesNotReadTheAddresseeOfAPassiveTellAsAStatement() {
        Annotated doc = HandParsed.sentence("Drivers/NNS/3/nsubj:pass were/VBD/3/aux:pass told/VBN/0/root/tell to/TO/5/mark "
                + "wait/VB/3/xcomp ././3/punct");
        assertThat(quotes(doc)).isEmpty();
    }

    @Test
    void takesThePronounBetweenTheHalvesOfASplitQuotationAsSpeakerEvenWhenTheParserDoesNot() {
        Annotated doc = HandParsed.sentence("“/``/2/punct That/DT/9/nsubj ,/,/2/punct ”/''/2/punct he/PRP/6/dep added/VBD/9/parataxis/add "
                + ",/,/6/punct “/``/9/punct helps/VBZ/0/root/help ././9/punct ”/''/9/punct");
        assertThat(quotes(doc)).isNotEmpty().allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("he"));
    }

    @Test
    void takesTheNounPhraseBetweenCommasBeforeTheCueAsSpeaker() {
        Annotated doc = HandParsed.sentence("It/PRP/6/nsubj was/VBD/9/cop ,/,/6/punct the/DT/5/det mayor/NN/6/dep said/VBD/9/parataxis/say "
                + ",/,/6/punct a/DT/9/det mistake/NN/0/root ././9/punct");
        assertThat(quotes(doc)).isNotEmpty().allSatisfy(q -> assertThat(q.speaker().name()).isEqualTo("the mayor"));
    }

    @Test
    void takesTheSubjectBeforeAParentheticalSpeakerAsTheFirstPartOfTheStatement() {
        Annotated doc = HandParsed.sentence("The/DT/3/det new/JJ/3/amod tolls/NNS/7/nsubj ,/,/3/punct Mayor/NNP/6/compound "
                + "Brill/NNP/3/appos said/VBD/0/root/say ,/,/7/punct would/MD/10/aux pay/VB/7/dep/pay off/RP/10/compound:prt "
                + "././7/punct");
        assertThat(quotes(doc)).extracting(q -> q.speaker().name() + ": " + q.text())
                .containsExactlyInAnyOrder("Mayor Brill: The new tolls", "Mayor Brill: would pay off");
    }

    @Test
    void leavesAScenesettingPhraseBeforeTheSpeakerOutOfTheStatement() {
        Annotated doc = HandParsed.sentence("In/IN/2/case 2014/CD/5/obl ,/,/2/punct Brill/NNP/5/nsubj said/VBD/0/root/say "
                + "tolls/NNS/7/nsubj rose/VBD/5/ccomp/rise ././5/punct");
        assertThat(quotes(doc)).extracting(Quote::text).containsExactly("tolls rose");
    }

    @Test
    void quoteSpansRoundTripToTheirText() {
        Annotated doc = HandParsed.sentence("Brill/NNP/2/nsubj claimed/VBD/0/root/claim that/IN/6/mark the/DT/5/det plan/NN/6/nsubj "
                + "showed/VBD/2/ccomp “/``/9/punct great/JJ/9/amod courage/NN/6/obj ”/''/9/punct ././2/punct");
        for (Quote q : quotes(doc)) assertThat(q.span().in(doc.text())).isEqualTo(q.text());
    }
}
