package org.wirescope.events.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.net.URISyntaxException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.events.dictionary.PatternElement.Group;
import org.wirescope.events.dictionary.PatternElement.GroupKind;
import org.wirescope.events.dictionary.PatternElement.Slot;
import org.wirescope.events.dictionary.PatternElement.SlotKind;
import org.wirescope.events.dictionary.PatternElement.SynsetRef;
import org.wirescope.events.dictionary.PatternElement.Word;

class VerbDictionaryTest {

    private static VerbDictionary load(String text) throws IOException {
        return VerbDictionary.load(new StringReader(text), "test.verbs");
    }

    @Test
    void readsAVerbBlockWithItsVerbsAndCode() throws IOException {
        VerbDictionary d = load("""
                --- SCOLD   [111] ---
                SCOLD
                BERATE
                """);
        assertThat(d.blocks()).singleElement().satisfies(b -> {
            assertThat(b.name()).isEqualTo("SCOLD");
            assertThat(b.code()).isEqualTo(new VerbCode(Optional.of("111"), Optional.empty()));
            assertThat(b.verbs()).extracting(VerbEntry::lemma).containsExactly("SCOLD", "BERATE");
        });
        assertThat(d.codeFor("berated")).map(VerbCode::primary).contains(Optional.of("111"));
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void generatesRegularFormsWhenNoneAreListed() throws IOException {
        VerbDictionary d = load("""
                --- PLEDGE [030] ---
                PLEDGE
                RALLY
                WATCH
                """);
        assertThat(d.verb("PLEDGE").orElseThrow().forms()).containsExactly("PLEDGE", "PLEDGES", "PLEDGED", "PLEDGING");
        assertThat(d.verb("RALLY").orElseThrow().forms()).containsExactly("RALLY", "RALLIES", "RALLIED", "RALLYING");
        assertThat(d.verb("WATCH").orElseThrow().forms()).containsExactly("WATCH", "WATCHES", "WATCHED", "WATCHING");
    }

    @Test
    void usesTheListedFormsOfAnIrregularVerbInstead() throws IOException {
        VerbDictionary d = load("""
                --- FLEE [0874] ---
                FLEE {FLEES FLED FLEEING}
                """);
        assertThat(d.verb("fled").orElseThrow().forms()).containsExactly("FLEE", "FLEES", "FLED", "FLEEING");
        assertThat(d.verb("FLEED")).isEmpty();
    }

    @Test
    void letsAVerbOverrideTheBlockCode() throws IOException {
        VerbDictionary d = load("""
                --- GRUMBLE [110] ---
                GRUMBLE
                DENOUNCE [111]
                MUSE [---]
                """);
        assertThat(d.codeFor("grumbles")).map(VerbCode::primary).contains(Optional.of("110"));
        assertThat(d.codeFor("denounced")).map(VerbCode::primary).contains(Optional.of("111"));
        assertThat(d.codeFor("mused")).contains(VerbCode.NONE);
        assertThat(d.codeFor("whistled")).isEmpty();
    }

    @Test
    void inflectsTheMarkedWordOfAMultiWordVerb() throws IOException {
        VerbDictionary d = load("""
                --- SEAL [191] ---
                +SEAL_OFF
                RE_+TAKE {RE_+TAKES RE_+TOOK RE_+TAKEN RE_+TAKING} [192]
                """);
        VerbEntry sealOff = d.verb("sealed off").orElseThrow();
        assertThat(sealOff.lemma()).isEqualTo("SEAL OFF");
        assertThat(sealOff.isMultiWord()).isTrue();
        assertThat(sealOff.forms()).containsExactly("SEAL OFF", "SEALS OFF", "SEALED OFF", "SEALING OFF");
        assertThat(d.codeFor("RE_TOOK")).map(VerbCode::primary).contains(Optional.of("192"));
    }

    @Test
    void parsesAPatternWithSlotsGroupsAndItsCode() throws IOException {
        VerbDictionary d = load("""
                --- STORM [190] ---
                STORM
                - $ * (INTO {RIVAL CAMP}) WITH_TANKS +   [193]   # made up
                """);
        VerbPattern p = d.patternsFor("stormed").get(0);
        assertThat(p.before()).containsExactly(new Slot(SlotKind.SOURCE));
        assertThat(p.after()).containsExactly(
                new Group(GroupKind.PREPOSITIONAL_PHRASE, List.of(
                        new Word("INTO"),
                        new Group(GroupKind.NOUN_PHRASE, List.of(new Word("RIVAL"), new Word("CAMP"))))),
                new Word("WITH TANKS"),
                new Slot(SlotKind.TARGET));
        assertThat(p.code().primary()).contains("193");
        assertThat(p.line()).isEqualTo(3);
    }

    @Test
    void readsCompoundAndSkipSlots() throws IOException {
        VerbDictionary d = load("""
                --- HUDDLE [040] ---
                HUDDLE
                - % * (IN ^) [044]
                """);
        VerbPattern p = d.patternsFor("HUDDLE").get(0);
        assertThat(p.before()).containsExactly(new Slot(SlotKind.COMPOUND));
        assertThat(p.after()).containsExactly(new Group(GroupKind.PREPOSITIONAL_PHRASE, List.of(new Word("IN"), new Slot(SlotKind.SKIP))));
    }

    @Test
    void keepsBothHalvesOfAPairedCode() throws IOException {
        VerbDictionary d = load("""
                --- CALL_IN [---] ---
                +CALL_IN
                - * (ON +) [042:043]
                - * (AT COURT) [:173]
                """);
        List<VerbPattern> ps = d.patternsFor("called in");
        assertThat(ps.get(0).code()).isEqualTo(new VerbCode(Optional.of("042"), Optional.of("043")));
        assertThat(ps.get(1).code()).isEqualTo(new VerbCode(Optional.empty(), Optional.of("173")));
        assertThat(d.codeFor("CALL IN")).contains(VerbCode.NONE);
    }

    @Test
    void keepsSynsetReferencesAndExpandsThemWithPlurals() throws IOException {
        VerbDictionary d = load("""
                &GADGET
                +DRONE
                +SPY_BALLOON
                +FERRY
                +BUS

                --- LAUNCH [150] ---
                LAUNCH
                - * &GADGET [1384]
                """);
        VerbPattern p = d.patternsFor("launched").get(0);
        assertThat(p.after()).containsExactly(new SynsetRef("&GADGET"));
        assertThat(d.expand(new SynsetRef("&GADGET")))
                .containsExactly("DRONE", "DRONES", "SPY BALLOON", "SPY BALLOONS", "FERRY", "FERRIES", "BUS", "BUSES");
        assertThat(d.synset("gadget")).isPresent();
    }

    @Test
    void keepsSynsetMembersSingularWhenMarkedWithUnderscore() throws IOException {
        VerbDictionary d = load("""
                &LOOT
                +CASH_
                +GOLD_BAR

                &AUXILIARY_
                +WAS
                +HAS
                """);
        assertThat(d.synset("&LOOT").orElseThrow().forms()).containsExactly("CASH", "GOLD BAR", "GOLD BARS");
        assertThat(d.synset("&AUXILIARY").orElseThrow().forms()).containsExactly("WAS", "HAS");
        assertThat(d.synset("&AUXILIARY_")).isPresent();
    }

    @Test
    void dropsAPatternThatNamesAnUndefinedSynset() throws IOException {
        VerbDictionary d = load("""
                --- SEND [070] ---
                SEND {SENDS SENT SENDING}
                - * &PARCEL [071]
                - * &LETTER (TO +) [072]

                &LETTER
                +POSTCARD
                """);
        assertThat(d.patternsFor("sent")).extracting(VerbPattern::line).containsExactly(4);
        assertThat(d.warnings()).singleElement().hasToString("test.verbs:3: pattern names synonym set &PARCEL, which is never defined; skipped");
    }

    @Test
    void ignoresCommentLinesAndTrailingComments() throws IOException {
        VerbDictionary d = load("""
                # a made-up verb file
                ####### VERB PATTERNS #######
                --- NAG [110] ---   # header note
                NAG {NAGS NAGGED NAGGING} ; old-style note
                # - * IGNORED [999]
                - * (ABOUT TAXES) [1042]   # pattern note
                """);
        assertThat(d.blocks()).singleElement().satisfies(b -> {
            assertThat(b.verbs()).singleElement().satisfies(v -> assertThat(v.forms()).contains("NAGGED"));
            assertThat(b.patterns()).hasSize(1);
        });
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void reportsMalformedLinesWithTheirLineNumbersAndGoesOn() throws IOException {
        VerbDictionary d = load("""
                --- PROD [100] ---
                PROD
                - * (HARD [101]
                - * GENTLY [10x]
                - SOFTLY [102]
                - * FIRMLY [103]
                """);
        assertThat(d.patternsFor("prods")).extracting(VerbPattern::line).containsExactly(6);
        assertThat(d.warnings()).extracting(DictionaryWarning::line).containsExactly(3, 4, 5);
        assertThat(d.warnings().get(0).toString()).startsWith("test.verbs:3: pattern has an unclosed '('");
        assertThat(d.warnings().get(2).message()).contains("no verb marker");
    }

    @Test
    void reportsTabariAlternativesInAPattern() throws IOException {
        VerbDictionary d = load("""
                --- POKE [100] ---
                POKE
                - * {FUN | JOKES} [100]
                """);
        assertThat(d.patternsFor("poked")).isEmpty();
        assertThat(d.warnings()).singleElement().extracting(DictionaryWarning::message).asString().contains("alternatives");
    }

    @Test
    void reportsAVerbOutsideAnyBlock() throws IOException {
        VerbDictionary d = load("""
                WANDER
                --- ROAM [---] ---
                ROAM
                """);
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(1);
            assertThat(w.message()).contains("before any");
        });
        assertThat(d.verb("WANDER")).isEmpty();
    }

    @Test
    void keepsTransformationsAsWritten() throws IOException {
        VerbDictionary d = load("""
                --- SAY [010] ---
                SAY {SAYS SAID SAYING}
                ~ a (a b RAID) SAY = a b 015
                """);
        assertThat(d.transformations()).singleElement()
                .isEqualTo(new VerbDictionary.Transformation("a (a b RAID) SAY = a b 015", 3));
    }

    @Test
    void toleratesWindowsLineEndsAndAByteOrderMark() throws IOException {
        VerbDictionary d = load("\uFEFF--- HAIL [051] ---\r\nHAIL\r\n- * + [051]\r\n");
        assertThat(d.blocks()).singleElement().extracting(VerbBlock::name).isEqualTo("HAIL");
        assertThat(d.patternsFor("hailed")).hasSize(1);
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void refusesInputWithoutASingleVerbDictionaryLine() {
        assertThatThrownBy(() -> load("""
                - this is not
                - a verb dictionary
                """)).isInstanceOf(IOException.class).hasMessageContaining("test.verbs").hasMessageContaining("no verb dictionary entry");
    }

    @Test
    void acceptsAnEmptyFile() throws IOException {
        assertThat(load("").blocks()).isEmpty();
    }

    @Test
    void loadsAMadeUpFileFromDisk() throws IOException, URISyntaxException {
        Path file = Path.of(getClass().getResource("made-up.verbs.txt").toURI());
        VerbDictionary d = VerbDictionary.load(file);
        assertThat(d.source()).endsWith("made-up.verbs.txt");
        assertThat(d.blocks()).extracting(VerbBlock::name).containsExactly("PESTER", "PAT_ON_BACK");
        assertThat(d.codeFor("pestered")).map(VerbCode::primary).contains(Optional.of("110"));
        assertThat(d.patternsFor("PESTERS")).hasSize(2);
        assertThat(d.warnings()).singleElement().extracting(DictionaryWarning::line).isEqualTo(17);
    }

    @Test
    void namesTheFileItCannotRead(@TempDir Path dir) {
        Path missing = dir.resolve("absent.verbs.txt");
        assertThatThrownBy(() -> VerbDictionary.load(missing))
                .isInstanceOf(IOException.class).hasMessageContaining("absent.verbs.txt");
    }
}
