package org.wirescope.dedup;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.wirescope.dedup.Stories.article;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;
import org.wirescope.model.Article;

class DedupIndexTest {

    private final DedupIndex index = DedupIndex.create(DedupConfig.defaults());

    private final Article original = article("Dock workers strike in Marlow Bay", Stories.ORIGINAL);
    private final Article sentenceAdded = article("Marlow Bay port halted by strike", Stories.SENTENCE_ADDED);
    private final Article wordChanged = article("Guild walks out at Marlow Bay", Stories.WORD_CHANGED);
    private final Article paragraphDropped = article("Grain ships idle as dockers strike", Stories.PARAGRAPH_DROPPED);
    private final Article otherTown = article("Kellerby stevedores walk out over staffing", Stories.OTHER_TOWN);
    private final Article thirdTown = article("Dunholm ferries cancelled as pilots strike", Stories.THIRD_TOWN);

    @Test
    void firstArticleOfAStoryFoundsAClusterNamedByItsOwnId() {
        Verdict v = index.observe(original);

        assertThat(v.duplicateOf()).isEmpty();
        assertThat(v.cluster()).isEqualTo(original.id());
        assertThat(v.signature()).hasValueSatisfying(s -> {
            assertThat(s.articleId()).isEqualTo(original.id());
            assertThat(s.cluster()).isEqualTo(original.id());
            assertThat(s.minHash()).hasSize(DedupConfig.defaults().hashes());
        });
    }

    @Test
    void anArticleObservedAgainKeepsItsClusterAndIsNoCopyOfItself() {
        index.observe(original);
        Verdict member = index.observe(sentenceAdded);

        Verdict again = index.observe(sentenceAdded);

        assertThat(again.duplicateOf()).isEmpty();
        assertThat(again.cluster()).isEqualTo(member.cluster()).isEqualTo(original.id());
        assertThat(again.signature()).isEmpty();
    }

    @Test
    void anIndexRestoredFromEarlierSignaturesPutsLaterNearCopiesInTheEarlierClusters() {
        List<StorySignature> kept = new ArrayList<>();
        for (Article a : List.of(original, otherTown, sentenceAdded)) index.observe(a).signature().ifPresent(kept::add);
        DedupIndex later = DedupIndex.create(DedupConfig.defaults());
        kept.forEach(later::restore);

        assertThat(later.observe(wordChanged).cluster()).isEqualTo(original.id());
        assertThat(later.observe(article("Kellerby again", Stories.OTHER_TOWN + " Talks resume on Monday.")).cluster())
                .isEqualTo(otherTown.id());
        assertThat(later.observe(thirdTown).cluster()).isEqualTo(thirdTown.id());
        Verdict copy = later.observe(article("Retitled copy", Stories.SENTENCE_ADDED));
        assertThat(copy.duplicateOf()).contains(sentenceAdded.id());
        assertThat(copy.cluster()).isEqualTo(original.id());
        assertThat(later.size()).as("three restored, three new bodies, the copy not kept").isEqualTo(6);
    }

    @Test
    void aRestoredSignatureOfAnotherLengthStillFindsExactCopiesButNoNearOnes() {
        StorySignature shorter = new StorySignature(original.id(), index.observe(original).signature().orElseThrow().bodyHash(),
                new int[16], original.id());
        DedupIndex later = DedupIndex.create(DedupConfig.defaults());
        later.restore(shorter);

        assertThat(later.observe(article("Retitled", Stories.ORIGINAL)).duplicateOf()).contains(original.id());
        assertThat(later.observe(sentenceAdded).cluster()).isEqualTo(sentenceAdded.id());
    }

    @Test
    void lightEditsUnderOtherHeadlinesJoinTheClusterOfTheFirstArticle() {
        index.observe(original);

        for (Article edit : List.of(sentenceAdded, wordChanged, paragraphDropped)) {
            Verdict v = index.observe(edit);
            assertThat(v.cluster()).as(edit.title()).isEqualTo(original.id());
            assertThat(v.duplicateOf()).as(edit.title()).isEmpty();
        }
    }

    @Test
    void editOfAnEditStillNamesTheClusterByItsFirstArticle() {
        index.observe(original);
        index.observe(paragraphDropped);

        Verdict v = index.observe(article("Another headline", Stories.PARAGRAPH_DROPPED.replace("Tuesday", "Wednesday")));

        assertThat(v.cluster()).isEqualTo(original.id());
    }

    @Test
    void differentStoriesOnTheSameTopicDoNotCluster() {
        index.observe(original);

        assertThat(index.observe(otherTown).cluster()).isEqualTo(otherTown.id());
        assertThat(index.observe(thirdTown).cluster()).isEqualTo(thirdTown.id());
        assertThat(index.observe(article("Kellerby again", Stories.OTHER_TOWN + " Talks resume on Monday.")).cluster())
                .isEqualTo(otherTown.id());
    }

    @Test
    void exactCopyUnderAnotherTitleIsDuplicateOfTheFirst() {
        index.observe(original);

        Verdict v = index.observe(article("Retitled: strike at the docks", Stories.ORIGINAL));

        assertThat(v.duplicateOf()).contains(original.id());
        assertThat(v.cluster()).isEqualTo(original.id());
    }

    @Test
    void copyDifferingOnlyInCaseAndSpacingIsExact() {
        index.observe(original);

        Verdict v = index.observe(article("t", "  " + Stories.ORIGINAL.toUpperCase().replace(" ", "   ")));

        assertThat(v.duplicateOf()).contains(original.id());
    }

    @Test
    void exactCopyOfAClusterMemberPointsAtTheMemberAndTheCluster() {
        index.observe(original);
        index.observe(wordChanged);

        Verdict v = index.observe(article("copy", Stories.WORD_CHANGED));

        assertThat(v.duplicateOf()).contains(wordChanged.id());
        assertThat(v.cluster()).isEqualTo(original.id());
    }

    @Test
    void sameSequenceGivesSameVerdicts() {
        List<Article> corpus = corpus();
        DedupIndex other = DedupIndex.create(DedupConfig.defaults());

        List<Verdict> first = corpus.stream().map(index::observe).toList();
        List<Verdict> second = corpus.stream().map(other::observe).toList();

        assertThat(second).isEqualTo(first);
    }

    @Test
    void observingFromFourThreadsGivesTheSameGroups() throws Exception {
        List<Article> corpus = new ArrayList<>();
        for (int round = 0; round < 25; round++) {
            for (Article a : corpus()) {
                corpus.add(article(a.title() + " #" + round, a.text() + " Update " + round + " filed."));
            }
        }
        DedupIndex sequential = DedupIndex.create(DedupConfig.defaults());
        Map<String, Verdict> expected = new HashMap<>();
        for (Article a : corpus) expected.put(a.id(), sequential.observe(a));

        ExecutorService pool = Executors.newFixedThreadPool(4);
        Map<String, Verdict> actual = new java.util.concurrent.ConcurrentHashMap<>();
        try {
            List<Future<?>> futures = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                int offset = t;
                futures.add(pool.submit(() -> {
                    for (int i = offset; i < corpus.size(); i += 4) {
                        actual.put(corpus.get(i).id(), index.observe(corpus.get(i)));
                    }
                }));
            }
            for (Future<?> f : futures) f.get();
        } finally {
            pool.shutdownNow();
        }

        assertThat(groups(corpus, actual)).isEqualTo(groups(corpus, expected));
        assertThat(index.size()).isEqualTo(sequential.size());
    }

    @Test
    void bodyWithoutWordsClustersWithNothingButIsAnExactCopyOfAnotherWordlessBody() {
        index.observe(original);
        Article dots = article("a", "...");

        assertThat(index.observe(dots).cluster()).isEqualTo(dots.id());
        assertThat(index.observe(article("b", "-- !!")).duplicateOf()).contains(dots.id());
    }

    @Test
    void configRejectsBandsThatDoNotDivideHashes() {
        assertThatThrownBy(() -> new DedupConfig(5, 128, 30, 0.6)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new DedupConfig(5, 128, 32, 0)).isInstanceOf(IllegalArgumentException.class);
    }

    private List<Article> corpus() {
        return List.of(original, otherTown, sentenceAdded, thirdTown, wordChanged,
                article("Copy", Stories.ORIGINAL), paragraphDropped);
    }

    /**
     * Articles grouped by story: an article's group is the set of articles linked to it by a cluster
     * or duplicate verdict, so the groups do not depend on which article happened to come first.
     */
    private static Set<Set<String>> groups(List<Article> corpus, Map<String, Verdict> verdicts) {
        Map<String, String> parent = new HashMap<>();
        for (Article a : corpus) parent.put(a.id(), a.id());
        for (Article a : corpus) {
            Verdict v = verdicts.get(a.id());
            union(parent, a.id(), v.cluster());
            v.duplicateOf().ifPresent(d -> union(parent, a.id(), d));
        }
        Map<String, Set<String>> byRoot = new HashMap<>();
        for (Article a : corpus) byRoot.computeIfAbsent(find(parent, a.id()), k -> new HashSet<>()).add(a.id());
        return new HashSet<>(byRoot.values());
    }

    private static String find(Map<String, String> parent, String id) {
        while (!parent.get(id).equals(id)) id = parent.get(id);
        return id;
    }

    private static void union(Map<String, String> parent, String a, String b) {
        parent.put(find(parent, a), find(parent, b));
    }
}
