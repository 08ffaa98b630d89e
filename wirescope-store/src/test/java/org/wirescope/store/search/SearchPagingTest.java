package org.wirescope.store.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.Record;

class SearchPagingTest {

    @TempDir
    Path dir;

    private SearchIndex index;

    @BeforeEach
    void open() throws IOException {
        index = SearchIndex.open(dir.resolve("index"));
    }

    @AfterEach
    void close() throws IOException {
        index.close();
    }

    @Test
    void cursorPagesCoverEveryHitExactlyOnceBestFirst() throws IOException {
        List<Record> logs = Dispatches.lighthouses(57);
        index.addNew(logs);

        List<SearchHit> seen = new ArrayList<>();
        String cursor = null;
        int pages = 0;
        do {
            SearchPage page = index.search(new SearchRequest("lighthouse", Set.of(), 10, cursor));
            assertThat(page.total()).isEqualTo(57);
            seen.addAll(page.hits());
            cursor = page.nextCursor();
            pages++;
        } while (cursor != null);

        assertThat(pages).isEqualTo(6);
        assertThat(seen).extracting(SearchHit::articleId).doesNotHaveDuplicates()
                .containsExactlyInAnyOrderElementsOf(logs.stream().map(Record::id).toList());
        assertThat(seen).extracting(SearchHit::score).isSortedAccordingTo((a, b) -> Float.compare(b, a));
    }

    @Test
    void aPageThatEndsExactlyAtTheLastHitHasNoNextCursor() throws IOException {
        index.addNew(Dispatches.lighthouses(20));

        SearchPage first = index.search(new SearchRequest("lighthouse", Set.of(), 10, null));
        SearchPage second = index.search(new SearchRequest("lighthouse", Set.of(), 10, first.nextCursor()));

        assertThat(first.nextCursor()).isNotNull();
        assertThat(second.hits()).hasSize(10);
        assertThat(second.nextCursor()).isNull();
    }

    @Test
    void pagesOfOneKindCountOnlyThatKind() throws IOException {
        index.addNew(Dispatches.all());

        SearchPage quotes = index.search(new SearchRequest("", Set.of(SearchKind.QUOTE), 2, null));
        SearchPage rest = index.search(new SearchRequest("", Set.of(SearchKind.QUOTE), 2, quotes.nextCursor()));

        assertThat(quotes.total()).isEqualTo(3);
        assertThat(rest.hits()).hasSize(1).allMatch(hit -> hit.kind() == SearchKind.QUOTE);
        assertThat(rest.nextCursor()).isNull();
    }

    @Test
    void addingAnArticleAgainAddsNoDocuments() throws IOException {
        Record threat = Dispatches.threat();
        assertThat(index.addNew(List.of(threat, threat))).isEqualTo(1);

        assertThat(index.addNew(List.of(threat, Dispatches.reply()))).isEqualTo(1);

        assertThat(index.articleCount()).isEqualTo(2);
        assertThat(index.search(SearchRequest.of("speaker:Marren", 10)).total()).isEqualTo(1);
    }

    @Test
    void rebuildReplacesEverythingAndReportsProgress() throws IOException {
        index.addNew(Dispatches.all());
        List<Long> progress = new ArrayList<>();

        long documents = index.rebuild(Dispatches.lighthouses(3).iterator(), progress::add);

        assertThat(documents).isEqualTo(3);
        assertThat(progress).last().isEqualTo(3L);
        assertThat(index.search(SearchRequest.of("harbour", 10)).total()).isZero();
        assertThat(index.search(SearchRequest.of("lighthouse", 10)).total()).isEqualTo(3);
    }

    @Test
    void aRebuildThatFailsLeavesTheOldIndexSearchable() throws IOException {
        index.addNew(Dispatches.all());
        Iterator<Record> failing = new Iterator<>() {
            private int given;

            @Override
            public boolean hasNext() {
                if (given == 2) throw new IllegalStateException("table read failed (simulated)");
                return true;
            }

            @Override
            public Record next() {
                return Dispatches.lighthouses(2).get(given++);
            }
        };

        assertThatThrownBy(() -> index.rebuild(failing, documents -> { }))
                .hasMessageContaining("simulated");

        assertThat(index.search(SearchRequest.of("harbour", 10)).total()).isEqualTo(2);
        assertThat(index.search(SearchRequest.of("lighthouse", 10)).total()).isZero();
        index.addNew(Dispatches.lighthouses(1));
        assertThat(index.articleCount()).isEqualTo(5);
    }

    @Test
    void searchesRunFromSeveralThreadsWhileArticlesAreAdded() throws Exception {
        index.addNew(Dispatches.all());
        AtomicBoolean writing = new AtomicBoolean(true);
        ExecutorService threads = Executors.newFixedThreadPool(4);
        try {
            List<Future<Integer>> searchers = new ArrayList<>();
            for (int t = 0; t < 4; t++) {
                searchers.add(threads.submit(() -> {
                    int searches = 0;
                    long last = 0;
                    while (writing.get() || searches == 0) {
                        long total = index.search(SearchRequest.of("lighthouse OR harbour", 5)).total();
                        assertThat(total).isGreaterThanOrEqualTo(last);
                        last = total;
                        searches++;
                    }
                    return searches;
                }));
            }
            List<Record> logs = Dispatches.lighthouses(60);
            for (int from = 0; from < logs.size(); from += 6) {
                index.addNew(logs.subList(from, from + 6));
            }
            writing.set(false);
            for (Future<Integer> searcher : searchers) {
                assertThat(searcher.get(30, TimeUnit.SECONDS)).isPositive();
            }
        } finally {
            threads.shutdownNow();
        }
        assertThat(index.search(SearchRequest.of("lighthouse OR harbour", 5)).total()).isEqualTo(62);
    }
}
