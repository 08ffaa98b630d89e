package org.wirescope.pipeline;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Actor;
import org.wirescope.model.Quote;
import org.wirescope.model.Record;
import org.wirescope.model.Span;
import org.wirescope.testing.Seed;
import org.wirescope.model.TextSpan;

/**
 * The founding example end to end, through the CoreNLP models: every required actor and quote of
 * the seed's expected reading, none of its "not" items, and at most two statements per article
 * that the expected reading does not list. Skipped where {@code ../shared} is absent.
 *
 * <p>A predicted quote "is" an expected one when its span covers at least half of the expected
 * text's characters in the article (texts are compared after folding ’ to '). Quotes that share a
 * cue with a matched quote (the indirect report around a required partial quotation) are the same
 * statement and are not counted as spurious.
 */
class SeedPipelineTest {

    private static List<Record> records;
    private static JsonNode expected;

    @BeforeAll
    static void runSeed() {
        assumeTrue(Seed.available(), "../shared is absent: seed pipeline test skipped");
        expected = Seed.expectedArticles();
        records = Seed.fullPipeline();
    }

    private static String fold(String s) {
        return s == null ? "" : s.replace('\u2019', '\'').strip().toLowerCase(Locale.ROOT);
    }

    @Test
    void findsEveryRequiredActorWithTypeCountryRoleAndAliases() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            List<Actor> actors = records.get(i).actors();
            for (JsonNode want : expected.get(i).path("actors").path("required")) {
                String name = want.get("name").asText();
                Optional<Actor> got = actors.stream().filter(a -> fold(a.name()).equals(fold(name))).findFirst();
                if (got.isEmpty()) {
                    problems.add("missing actor " + name);
                    continue;
                }
                Actor a = got.get();
                if (!a.type().name().equals(want.get("type").asText())) problems.add(name + ": type " + a.type());
                if (want.has("country") && !a.country().orElse("").equals(want.get("country").asText())) {
                    problems.add(name + ": country " + a.country());
                }
                if (want.has("code") && !a.code().orElse("").equals(want.get("code").asText())) problems.add(name + ": code " + a.code());
                if (want.has("role") && !fold(a.role().orElse(null)).equals(fold(want.get("role").asText()))) {
                    problems.add(name + ": role " + a.role());
                }
                List<String> mentions = a.mentions().stream().map(m -> fold(m.text())).toList();
                for (JsonNode alias : want.path("aliases_in_text")) {
                    if (!mentions.contains(fold(alias.asText()))) problems.add(name + ": alias '" + alias.asText() + "' not among " + mentions);
                }
            }
            for (JsonNode not : expected.get(i).path("actors").path("not")) {
                for (Actor a : actors) {
                    boolean named = a.mentions().stream().anyMatch(m -> fold(m.text()).equals(fold(not.get("text").asText())));
                    if (named && a.type().name().equals(not.get("wrong_type").asText())) problems.add("forbidden: " + not);
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void findsEveryRequiredQuoteWithItsSpeakerKindCueAndRelay() {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < expected.size(); i++) {
            Record r = records.get(i);
            for (JsonNode want : expected.get(i).path("quotes").path("required")) {
                Optional<Quote> got = match(r, want);
                String label = "'" + want.get("text").asText() + "'";
                if (got.isEmpty()) {
                    problems.add("missing quote " + label);
                    continue;
                }
                Quote q = got.get();
                if (!q.kind().name().equalsIgnoreCase(want.get("kind").asText())) problems.add(label + ": kind " + q.kind());
                String speaker = want.get("speaker").asText();
                if (!fold(q.speaker().name()).contains(fold(speaker))) problems.add(label + ": speaker " + q.speaker().name());
                if (want.has("via") && q.via().stream().noneMatch(v -> fold(v.name()).contains(fold(want.get("via").asText())))) {
                    problems.add(label + ": via " + q.via());
                }
                if (want.has("role") && !fold(q.speaker().role().orElse(null)).equals(fold(want.get("role").asText()))) {
                    problems.add(label + ": role " + q.speaker().role());
                }
                if (want.has("cue")) {
                    String firstCueWord = fold(want.get("cue").asText()).split("[ .]")[0];
                    if (!fold(q.cue().map(TextSpan::text).orElse(null)).contains(firstCueWord)) problems.add(label + ": cue " + q.cue());
                }
                if (want.has("speaker_mention")
                        && !fold(q.speaker().mention().map(TextSpan::text).orElse(null)).equals(fold(want.get("speaker_mention").asText()))) {
                    problems.add(label + ": speaker mention " + q.speaker().mention());
                }
            }
        }
        assertThat(problems).isEmpty();
    }

    @Test
    void producesAtMostTwoUnlistedStatementsPerArticle() {
        for (int i = 0; i < expected.size(); i++) {
            Record r = records.get(i);
            List<Quote> listed = new ArrayList<>();
            for (String group : List.of("required", "optional")) {
                for (JsonNode want : expected.get(i).path("quotes").path(group)) match(r, want).ifPresent(listed::add);
            }
            List<String> spurious = new ArrayList<>();
            for (Quote q : r.quotes()) {
                boolean sameStatement = listed.stream().anyMatch(l -> l == q || (l.cue().isPresent() && l.cue().equals(q.cue())));
                if (!sameStatement) spurious.add(q.speaker().name() + ": " + q.text());
            }
            assertThat(spurious).as("statements not in the expected reading of article " + (i + 1)).hasSizeLessThanOrEqualTo(2);
        }
    }

    /** The predicted quote covering most of the expected text (the tightest on a tie), if it covers at least half of it. */
    private static Optional<Quote> match(Record r, JsonNode want) {
        String text = r.article().text().replace('\u2019', '\'');
        String needle = want.get("text").asText().replace('\u2019', '\'').strip();
        int at = text.indexOf(needle);
        if (at < 0) return Optional.empty();
        Span span = Span.of(at, at + needle.length());
        Quote best = null;
        int bestOverlap = 0;
        for (Quote q : r.quotes()) {
            int overlap = Math.max(0, Math.min(q.span().end(), span.end()) - Math.max(q.span().start(), span.start()));
            if (overlap > bestOverlap || overlap == bestOverlap && best != null && q.span().length() < best.span().length()) {
                best = q;
                bestOverlap = overlap;
            }
        }
        return bestOverlap * 2 >= span.length() ? Optional.ofNullable(best) : Optional.empty();
    }
}
