package org.wirescope.actors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.wirescope.clean.Cleaner;
import org.wirescope.config.Limits;
import org.wirescope.model.Actor;
import org.wirescope.model.Article;
import org.wirescope.model.RawDocument;
import org.wirescope.model.Source;
import org.wirescope.model.TextSpan;
import org.wirescope.nlp.NlpConfig;
import org.wirescope.nlp.NlpStage;

/**
 * The founding example: the actors of the seed scrape, cleaned and annotated with the real models, must
 * include every required actor of its expected reading and none of its forbidden readings. Skipped (with
 * a message) where {@code ../shared} is absent, as in a fresh clone. What is missing is printed.
 */
@Tag("models")
class SeedActorsTest {

    private static final String SEED = "000_31073af3c65c8448";
    private static final List<List<Actor>> found = new ArrayList<>();
    private static JsonNode expected;

    @BeforeAll
    static void resolveSeed() throws Exception {
        Optional<Path> shared = locateShared();
        assumeTrue(shared.isPresent(), "../shared is absent: seed actors test skipped");
        Path seeds = shared.get().resolve("seeds");
        String raw = Files.readString(seeds.resolve(SEED + ".txt"), StandardCharsets.UTF_8);
        expected = new ObjectMapper().readTree(seeds.resolve(SEED + ".expected.json").toFile()).get("articles");
        List<Article> articles = Cleaner.create(Limits.DEFAULTS)
                .clean(RawDocument.of(Source.of("file:seed.txt", Source.Format.TEXT), raw));
        NlpStage nlp = NlpStage.shared(NlpConfig.DEFAULTS);
        ActorStage stage = ActorStage.create();
        for (Article a : articles) found.add(stage.resolve(nlp.annotate(a)));
    }

    static Optional<Path> locateShared() {
        Path dir = Path.of("").toAbsolutePath();
        for (int up = 0; up < 4 && dir != null; up++, dir = dir.getParent()) {
            Path candidate = dir.resolve("../shared").normalize();
            if (Files.isDirectory(candidate.resolve("seeds"))) return Optional.of(candidate);
        }
        return Optional.empty();
    }

    private static String fold(String s) {
        return s.replace('\u2019', '\'').strip().toLowerCase(Locale.ROOT);
    }

    @Test
    void everyRequiredActorIsFoundWithItsTypeCountryRoleAndAliases() {
        assertThat(found).hasSize(expected.size());
        List<String> problems = new ArrayList<>();
        int checked = 0;
        for (int i = 0; i < expected.size(); i++) {
            List<Actor> actors = found.get(i);
            for (JsonNode want : expected.get(i).path("actors").path("required")) {
                checked++;
                problems.addAll(check(i + 1, want, actors));
            }
        }
        problems.forEach(p -> System.out.println("[seed actors] " + p));
        System.out.println("[seed actors] " + checked + " required actors checked, " + problems.size() + " problems");
        assertThat(problems).isEmpty();
    }

    @Test
    void noForbiddenReadingIsProduced() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            for (JsonNode not : expected.get(i).path("actors").path("not")) {
                String text = fold(not.get("text").asText());
                String wrong = not.get("wrong_type").asText();
                for (Actor a : found.get(i)) {
                    boolean mentions = a.mentions().stream().anyMatch(m -> fold(m.text()).equals(text));
                    if (mentions && matchesType(a.type(), wrong)) {
                        problems.add("article " + (i + 1) + ": '" + not.get("text").asText() + "' read as " + a.type());
                    }
                }
            }
        }
        problems.forEach(p -> System.out.println("[seed actors] " + p));
        assertThat(problems).isEmpty();
    }

    private static boolean matchesType(Actor.Type type, String wrong) {
        return switch (wrong) {
            case "STATE_OR_PROVINCE", "CITY", "LOCATION" -> type == Actor.Type.LOCATION;
            default -> type.name().equals(wrong);
        };
    }

    private static List<String> check(int article, JsonNode want, List<Actor> actors) {
        String name = want.get("name").asText();
        String where = "article " + article + ": " + name;
        Optional<Actor> match = actors.stream().filter(a -> fold(a.name()).equals(fold(name))).findFirst();
        if (match.isEmpty()) {
            match = actors.stream().filter(a -> a.mentions().stream().anyMatch(m -> fold(m.text()).equals(fold(name))))
                    .findFirst();
        }
        if (match.isEmpty()) return List.of(where + ": not found");
        Actor a = match.get();
        List<String> problems = new ArrayList<>();
        if (!fold(a.name()).equals(fold(name))) problems.add(where + ": named '" + a.name() + "'");
        if (!a.type().name().equals(want.get("type").asText())) problems.add(where + ": type " + a.type());
        if (want.has("country") && !a.country().equals(Optional.of(want.get("country").asText()))) {
            problems.add(where + ": country " + a.country().orElse("none"));
        }
        if (want.has("code") && !a.code().equals(Optional.of(want.get("code").asText()))) {
            problems.add(where + ": code " + a.code().orElse("none"));
        }
        if (want.has("role") && !a.role().map(SeedActorsTest::fold).equals(Optional.of(fold(want.get("role").asText())))) {
            problems.add(where + ": role " + a.role().orElse("none"));
        }
        List<String> texts = a.mentions().stream().map(TextSpan::text).map(SeedActorsTest::fold).toList();
        for (JsonNode alias : want.path("aliases_in_text")) {
            if (!texts.contains(fold(alias.asText()))) problems.add(where + ": alias '" + alias.asText() + "' missing from " + texts);
        }
        return problems;
    }
}
