package org.wirescope.events.dictionary;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Loads the published CAMEO dictionaries from the shared gold data ({@code ../shared/gold/events/petrarch}
 * seen from the project root, or the directory in system property {@code wirescope.petrarch.dir}).
 * Skipped where that data is not present; nothing of it is copied into the repository.
 */
class RealDictionariesTest {

    private static final Path dir = locate().orElse(null);

    @BeforeEach
    void skipWithoutTheSharedDictionaries() {
        assumeTrue(dir != null, "shared PETRARCH dictionaries not found (looked for shared/gold/events/petrarch above "
                + Path.of("").toAbsolutePath() + "); skipping the real-dictionary checks");
    }

    private static Optional<Path> locate() {
        String configured = System.getProperty("wirescope.petrarch.dir");
        if (configured != null) return Optional.of(Path.of(configured)).filter(Files::isDirectory);
        Path p = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && p != null; up++, p = p.getParent()) {
            Path candidate = p.resolve("shared").resolve("gold").resolve("events").resolve("petrarch");
            if (Files.isRegularFile(candidate.resolve("CAMEO.2.0.txt"))) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    @Test
    void loadsTheCameoVerbDictionary() throws IOException {
        VerbDictionary verbs = VerbDictionary.load(dir.resolve("CAMEO.2.0.txt"));
        System.out.printf("CAMEO.2.0.txt: %d blocks, %d verb forms, %d patterns, %d synsets, %d transformations, %d warnings%n",
                verbs.blocks().size(), verbs.formCount(), verbs.patternCount(), verbs.synsets().size(),
                verbs.transformations().size(), verbs.warnings().size());
        verbs.warnings().forEach(w -> System.out.println("  " + w));
        assertThat(verbs.blocks()).hasSizeGreaterThan(300);
        assertThat(verbs.formCount()).isGreaterThan(5_000);
        assertThat(verbs.patternCount()).isGreaterThan(4_000);
        assertThat(verbs.codeFor("accused")).map(VerbCode::primary).contains(Optional.of("112"));
        assertThat(verbs.synset("&MILITARY")).isPresent();
        assertThat(verbs.warnings()).hasSizeLessThan(50);
    }

    @Test
    void loadsThePhoenixActorDictionaries() throws IOException {
        List<Path> files = List.of(
                dir.resolve("Phoenix.Countries.actors.txt"),
                dir.resolve("Phoenix.International.actors.txt"),
                dir.resolve("Phoenix.MilNonState.actors.txt"));
        ActorDictionary actors = ActorDictionary.load(files);
        int codes = actors.entries().stream().mapToInt(e -> e.codes().size()).sum();
        System.out.printf("Phoenix actors (3 files): %d entries, %d names, %d codes, %d warnings%n",
                actors.entries().size(), actors.nameCount(), codes, actors.warnings().size());
        actors.warnings().forEach(w -> System.out.println("  " + w));
        assertThat(actors.entries()).hasSizeGreaterThan(20_000);
        assertThat(actors.nameCount()).isGreaterThan(30_000);
        assertThat(actors.codeFor("Afghanistan", LocalDate.of(2015, 1, 1))).contains("AFG");
        assertThat(actors.codeFor("Barack Obama", LocalDate.of(2010, 1, 1))).contains("USAGOV");
        assertThat(actors.codeFor("Barack Obama", LocalDate.of(1995, 1, 1))).contains("USAELI");
        assertThat(actors.warnings()).hasSizeLessThan(50);
    }

    @Test
    void loadsThePhoenixAgentsAndDiscards() throws IOException {
        AgentDictionary agents = AgentDictionary.load(dir.resolve("Phoenix.agents.txt"));
        DiscardDictionary discards = DiscardDictionary.load(dir.resolve("Phoenix.discards.txt"));
        System.out.printf("Phoenix.agents.txt: %d entries, %d words, %d warnings%n",
                agents.entries().size(), agents.wordCount(), agents.warnings().size());
        agents.warnings().forEach(w -> System.out.println("  " + w));
        System.out.printf("Phoenix.discards.txt: %d entries, %d warnings%n", discards.entries().size(), discards.warnings().size());
        assertThat(agents.entries()).hasSizeGreaterThan(2_000);
        assertThat(agents.codeFor("presidents")).contains("~GOV");
        assertThat(discards.entries()).hasSizeGreaterThan(400);
    }

    @Test
    void loadsThePetrarchValidationDictionariesWithTheirDeliberateFaults() throws IOException {
        VerbDictionary verbs = VerbDictionary.load(dir.resolve("PETR.Validate.verbs.2.0.txt"));
        ActorDictionary actors = ActorDictionary.load(dir.resolve("PETR.Validate.actors.txt"));
        AgentDictionary agents = AgentDictionary.load(dir.resolve("PETR.Validate.agents.txt"));
        System.out.printf("PETR.Validate: %d verb blocks (%d warnings), %d actors (%d warnings), %d agents (%d warnings)%n",
                verbs.blocks().size(), verbs.warnings().size(), actors.entries().size(), actors.warnings().size(),
                agents.entries().size(), agents.warnings().size());
        assertThat(verbs.blocks()).isNotEmpty();
        assertThat(verbs.warnings()).isNotEmpty();
        assertThat(actors.entries()).isNotEmpty();
        assertThat(agents.entries()).isNotEmpty();
    }
}
