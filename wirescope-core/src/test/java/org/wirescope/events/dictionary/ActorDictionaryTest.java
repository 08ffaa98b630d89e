package org.wirescope.events.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ActorDictionaryTest {

    /** Invented people and places; the layout is that of the real country files. */
    private static final String MADE_UP = """
            # made-up actors
            FREEDONIA_  [FRD]
            +FREEDONIAN_
            +FREEDONIANS

            RUFUS_FIREFLY_  # head of state, then an elder
            \t[FRDGOV 330101-331231]
            \t[FRDELI 340101-991231]

            TRENTINO_
            +AMBASSADOR_TRENTINO
            \t[SYLGOV 19330101 - 19331231]
            \t[SYL]
            """;

    private static ActorDictionary load(String text) throws IOException {
        return ActorDictionary.load(new StringReader(text), "test.actors");
    }

    @Test
    void readsANameWithItsCodeAndAliases() throws IOException {
        ActorDictionary d = load(MADE_UP);
        ActorEntry e = d.entry("freedonian").orElseThrow();
        assertThat(e.name()).isEqualTo("FREEDONIA");
        assertThat(e.aliases()).containsExactly("FREEDONIAN", "FREEDONIANS");
        assertThat(d.codeFor("Freedonians", LocalDate.of(2020, 1, 1))).contains("FRD");
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void choosesTheCodeWhoseDateRangeHoldsTheDate() throws IOException {
        ActorDictionary d = load(MADE_UP);
        assertThat(d.codeFor("Rufus Firefly", LocalDate.of(1933, 6, 1))).contains("FRDGOV");
        assertThat(d.codeFor("RUFUS_FIREFLY", LocalDate.of(1950, 6, 1))).contains("FRDELI");
        assertThat(d.codeFor("rufus firefly", LocalDate.of(1933, 12, 31))).as("end day is inclusive").contains("FRDGOV");
    }

    @Test
    void givesNoCodeOutsideEveryRangeWhenThereIsNoDefault() throws IOException {
        ActorDictionary d = load(MADE_UP);
        assertThat(d.codeFor("Rufus Firefly", LocalDate.of(1920, 1, 1))).isEmpty();
    }

    @Test
    void fallsBackToTheUnrestrictedCodeOutsideEveryRange() throws IOException {
        ActorDictionary d = load(MADE_UP);
        assertThat(d.codeFor("Ambassador Trentino", LocalDate.of(1933, 3, 3))).contains("SYLGOV");
        assertThat(d.codeFor("Ambassador Trentino", LocalDate.of(1940, 3, 3))).contains("SYL");
    }

    @Test
    void readsTwoDigitYearsUpToThirtyAsThisCentury() throws IOException {
        ActorDictionary d = load("""
                MRS_TEASDALE_
                \t[FRDELI 291231-300101]
                \t[FRDGOV 310101-311231]
                """);
        List<ActorCode> codes = d.entry("MRS TEASDALE").orElseThrow().codes();
        assertThat(codes.get(0).from()).contains(LocalDate.of(2029, 12, 31));
        assertThat(codes.get(0).until()).contains(LocalDate.of(2030, 1, 1));
        assertThat(codes.get(1).from()).contains(LocalDate.of(1931, 1, 1));
    }

    @Test
    void readsOpenEndedRestrictions() throws IOException {
        ActorDictionary d = load("""
                CHICOLINI_
                \t[SYLSPY <330601]
                \t[SYLCRM > 19330602]
                """);
        assertThat(d.codeFor("chicolini", LocalDate.of(1933, 6, 1))).contains("SYLSPY");
        assertThat(d.codeFor("chicolini", LocalDate.of(1933, 6, 2))).contains("SYLCRM");
        assertThat(d.codeFor("chicolini", LocalDate.of(2001, 1, 1))).contains("SYLCRM");
    }

    @Test
    void groupsNamesWithoutACodeWithTheNextCodedEntry() throws IOException {
        ActorDictionary d = load("""
                PINKY_

                HARPO_THE_SILENT
                +THE_HORN_PLAYER
                \t[FRDSPY]
                GROUCHO_ [FRDGOV]
                """);
        ActorEntry e = d.entry("the horn player").orElseThrow();
        assertThat(e.names()).containsExactly("PINKY", "HARPO THE SILENT", "THE HORN PLAYER");
        assertThat(d.codeFor("Pinky", LocalDate.of(2000, 1, 1))).contains("FRDSPY");
        assertThat(d.codeFor("Groucho", LocalDate.of(2000, 1, 1))).contains("FRDGOV");
        assertThat(d.entries()).hasSize(2);
    }

    @Test
    void givesNoCodeForTheNullCode() throws IOException {
        ActorDictionary d = load("""
                ZEPPO_  [---]
                """);
        assertThat(d.entry("zeppo")).isPresent();
        assertThat(d.codeFor("zeppo", LocalDate.of(2000, 1, 1))).isEmpty();
    }

    @Test
    void keepsTheFirstEntryOfADuplicatedName() throws IOException {
        ActorDictionary d = load("""
                SYLVANIA_ [SYL]
                SYLVANIA_ [XXX]
                """);
        assertThat(d.codeFor("Sylvania", LocalDate.of(2000, 1, 1))).contains("SYL");
    }

    @Test
    void reportsAnUnreadableDateWithItsLineNumberAndKeepsTheRest() throws IOException {
        ActorDictionary d = load("""
                VERA_MARCAL_
                \t[SYLELI 1933-1934]
                \t[SYLELI 330101-331340]
                \t[SYLELI 340101-330101]
                \t[SYLGOV 330101-331231]
                """);
        assertThat(d.warnings()).extracting(DictionaryWarning::line).containsExactly(2, 3, 4);
        assertThat(d.warnings().get(0).toString()).startsWith("test.actors:2: date restriction 'SYLELI 1933-1934' not understood");
        assertThat(d.entry("vera marcal").orElseThrow().codes()).singleElement().extracting(ActorCode::code).isEqualTo("SYLGOV");
    }

    @Test
    void reportsAnActorThatNeverGetsACode() throws IOException {
        ActorDictionary d = load("""
                FREEDONIA_ [FRD]
                GUMMO_
                """);
        assertThat(d.warnings()).singleElement().satisfies(w -> {
            assertThat(w.line()).isEqualTo(2);
            assertThat(w.message()).contains("GUMMO").contains("no code");
        });
    }

    @Test
    void reportsStrayLines() throws IOException {
        ActorDictionary d = load("""
                +ORPHAN_ALIAS
                \t[FRD]
                FREEDONIA_ [FRD]
                \tFREEDONIANS
                """);
        assertThat(d.warnings()).extracting(DictionaryWarning::line).containsExactly(1, 2, 4);
        assertThat(d.entries()).hasSize(1);
    }

    @Test
    void stopsReadingAtTheStopMarker() throws IOException {
        ActorDictionary d = load("""
                FREEDONIA_ [FRD]
                ---STOP---
                SYLVANIA_ [SYL]
                """);
        assertThat(d.entry("sylvania")).isEmpty();
    }

    @Test
    void loadsSeveralFilesAsOneWithTheEarlierFileWinning(@TempDir Path dir) throws IOException {
        Path first = Files.writeString(dir.resolve("a.actors.txt"), "FREEDONIA_ [FRD]\n", StandardCharsets.UTF_8);
        Path second = Files.writeString(dir.resolve("b.actors.txt"), "FREEDONIA_ [ZZZ]\nSYLVANIA_ [SYL\n", StandardCharsets.UTF_8);
        ActorDictionary d = ActorDictionary.load(List.of(first, second));
        assertThat(d.codeFor("freedonia", LocalDate.of(2000, 1, 1))).contains("FRD");
        assertThat(d.warnings()).singleElement().hasToString(second + ":2: '[' without ']'; skipped");
    }

    @Test
    void refusesAFileWithNoActorLine(@TempDir Path dir) throws IOException {
        Path junk = Files.writeString(dir.resolve("junk.txt"), "\t[ ]\n\tnot an actor\n", StandardCharsets.UTF_8);
        assertThatThrownBy(() -> ActorDictionary.load(junk)).isInstanceOf(IOException.class).hasMessageContaining("junk.txt");
    }

    @Test
    void checksActorCodeDates() {
        assertThatThrownBy(() -> new ActorCode("X", Optional.of(LocalDate.of(2001, 1, 1)), Optional.of(LocalDate.of(2000, 1, 1))))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(ActorCode.of("X").appliesOn(LocalDate.MIN)).isTrue();
    }
}
