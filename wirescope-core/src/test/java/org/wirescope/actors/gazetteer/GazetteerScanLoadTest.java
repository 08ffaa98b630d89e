package org.wirescope.actors.gazetteer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/** Sanity checks that scanning stays cheap and gives the same answer on several threads; not a benchmark. */
class GazetteerScanLoadTest {

    private static final String[] SUBJECTS = {"Officials in Tehran", "The Kremlin", "South Korea's military", "Lawmakers in Seoul",
            "The UN Security Council", "North Korean state media", "Iranian Foreign Minister Abbas Araghchi", "US troops",
            "The Pentagon", "Protesters in Caracas", "A spokesman for the IAEA", "Emirati diplomats", "Reuters",
            "Israeli soldiers", "The European Union", "Turkish President Recep Tayyip Erdogan", "Xinhua news agency"};
    private static final String[] VERBS = {"said", "warned", "told reporters", "accused", "denied claims by", "met with",
            "urged", "threatened", "praised", "called on"};
    private static final String[] OBJECTS = {"Washington", "the North", "Beijing", "NATO allies", "rebels in Sudan",
            "the Islamic Republic", "Palestinian militants", "Japanese fishermen", "the World Bank", "Ukrainian forces",
            "the Saudi crown prince", "the opposition leader", "Amnesty International", "Indian police", "Brazil"};

    private static List<String> sentences(int count, long seed) {
        Random r = new Random(seed);
        List<String> out = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            out.add(SUBJECTS[r.nextInt(SUBJECTS.length)] + " " + VERBS[r.nextInt(VERBS.length)] + " "
                    + OBJECTS[r.nextInt(OBJECTS.length)] + " on Friday, according to a statement.");
        }
        return out;
    }

    @Test
    void scansTenThousandSentencesQuickly() {
        Gazetteer g = Gazetteer.standard();
        List<String> sentences = sentences(10_000, 42);
        int[] found = {0};
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (String s : sentences) {
                found[0] += g.findAll(s).size();
            }
        });
        assertThat(found[0]).isGreaterThan(20_000);
    }

    @Test
    void scansAFiveThousandCharacterArticle() {
        Gazetteer g = Gazetteer.standard();
        String article = String.join(" ", sentences(80, 7));
        assertThat(article.length()).isGreaterThan(5_000);
        List<Match> first = g.findAll(article);
        assertTimeoutPreemptively(Duration.ofSeconds(20), () -> {
            for (int i = 0; i < 500; i++) {
                g.findAll(article);
            }
        });
        assertThat(first).hasSizeGreaterThan(150);
    }

    @Test
    void givesTheSameMatchesOnSeveralThreads() throws Exception {
        Gazetteer g = Gazetteer.standard();
        List<String> sentences = sentences(2_000, 99);
        List<List<Match>> expected = sentences.stream().map(g::findAll).toList();
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Future<List<List<Match>>>> runs = new ArrayList<>();
            for (int k = 0; k < 4; k++) {
                runs.add(pool.submit(() -> sentences.stream().map(g::findAll).toList()));
            }
            for (Future<List<List<Match>>> run : runs) {
                assertThat(run.get()).isEqualTo(expected);
            }
        } finally {
            pool.shutdownNow();
        }
    }
}
