package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.Actor;
import org.wirescope.model.Published;
import org.wirescope.model.Record;

class StoreActorQueriesTest {

    private static final ActorRow CASTELL = new ActorRow("Oren Castell", "PERSON", Optional.of("NLD"),
            Optional.of("Finance Minister"), 3, 6, 3);
    private static final ActorRow SANDER = new ActorRow("Liv Sander", "PERSON", Optional.of("NLD"),
            Optional.of("harbour master"), 1, 1, 1);
    private static final ActorRow RADIO = new ActorRow("Radio Kestrel", "MEDIA", Optional.empty(),
            Optional.empty(), 2, 2, 0);
    private static final ActorRow TOWN = new ActorRow("Kestrel", "LOCATION", Optional.of("NLD"),
            Optional.empty(), 1, 1, 0);

    @TempDir
    Path dir;

    private Path file;

    @BeforeEach
    void storeTheNewsroom() {
        file = dir.resolve("store.duckdb");
        write(Newsroom.budget(), Newsroom.fares(), Newsroom.docks());
    }

    private void write(Record... records) {
        try (Store store = Store.open(file)) {
            store.write(store.beginRun(List.of("newsroom"), ""), List.of(records), List.of());
        }
    }

    private List<ActorRow> found(ActorQuery query) {
        try (Store store = Store.open(file)) {
            return store.actors(query);
        }
    }

    private static ActorQuery all() {
        return ActorQuery.all(100, 0);
    }

    @Test
    void groupsActorsAcrossArticlesMostQuotedThenMostMentionedFirst() {
        assertThat(found(all())).containsExactly(CASTELL, SANDER, RADIO, TOWN);
    }

    @Test
    void countsArticlesMentionsAndQuotesSpokenOverEveryArticle() {
        ActorRow castell = found(all()).get(0);

        assertThat(castell.articles()).as("articles").isEqualTo(3);
        assertThat(castell.mentions()).as("3 in the budget story, 2 in fares, 1 in docks").isEqualTo(6);
        assertThat(castell.quotes()).as("two in the budget story, one in fares").isEqualTo(3);
    }

    @Test
    void givesTheMostFrequentRole() {
        assertThat(found(all().withName("castell")).get(0).role()).contains("Finance Minister");
    }

    @Test
    void breaksARoleTieAlphabeticallyIgnoringCase() {
        String text = "Castell is on leave.";
        for (String title : List.of("Castell on leave", "Castell still on leave")) {
            write(Newsroom.record(title, Published.UNKNOWN, text, List.of(Newsroom.actor("p1", "Oren Castell",
                    Actor.Type.PERSON, "NLD", "deputy", Newsroom.at(text, "Castell"))), List.of()));
        }

        assertThat(found(all().withName("castell")).get(0).role()).as("deputy 2, Finance Minister 2, minister 1")
                .contains("deputy");
    }

    @Test
    void keepsNamesakesOfAnotherTypeOrCountryApart() {
        String text = "Radio Kestrel of Ghent and Kestrel Radio BV disagreed.";
        write(Newsroom.record("Two Kestrels", Published.UNKNOWN, text, List.of(
                Newsroom.actor("m1", "Radio Kestrel", Actor.Type.MEDIA, "BEL", null, Newsroom.at(text, "Radio Kestrel")),
                Newsroom.actor("o1", "Radio Kestrel", Actor.Type.ORGANIZATION, null, null, Newsroom.at(text, "Kestrel Radio BV"))),
                List.of()));

        assertThat(found(all().withName("radio kestrel"))).containsExactly(RADIO,
                new ActorRow("Radio Kestrel", "MEDIA", Optional.of("BEL"), Optional.empty(), 1, 1, 0),
                new ActorRow("Radio Kestrel", "ORGANIZATION", Optional.empty(), Optional.empty(), 1, 1, 0));
    }

    @Test
    void findsActorsByPartOfTheirNameInAnyCase() {
        assertThat(found(all().withName("KESTREL"))).containsExactly(RADIO, TOWN);
        assertThat(found(all().withName("liv"))).containsExactly(SANDER);
        assertThat(found(all().withName("Tasnim"))).isEmpty();
    }

    @Test
    void findsActorsOfOneTypeOrCountry() {
        assertThat(found(all().withType("media"))).containsExactly(RADIO);
        assertThat(found(all().withType("PERSON"))).containsExactly(CASTELL, SANDER);
        assertThat(found(all().withCountry("nld"))).containsExactly(CASTELL, SANDER, TOWN);
        assertThat(found(all().withCountry("IRN"))).isEmpty();
    }

    @Test
    void combinesFilters() {
        assertThat(found(all().withName("kestrel").withType("LOCATION"))).containsExactly(TOWN);
        assertThat(found(all().withName("kestrel").withCountry("NLD").withType("MEDIA"))).isEmpty();
    }

    @Test
    void matchesNamesOutsideAsciiInAnyCase() {
        String text = "Ærin Østergård spoke.";
        write(Newsroom.record("Østergård", Published.UNKNOWN, text, List.of(
                Newsroom.actor("p1", "Ærin Østergård", Actor.Type.PERSON, "DNK", null, Newsroom.at(text, "Ærin Østergård"))),
                List.of()));

        assertThat(found(all().withName("ØSTERGÅRD"))).extracting(ActorRow::name).containsExactly("Ærin Østergård");
        assertThat(found(all().withName("ærin"))).extracting(ActorRow::name).containsExactly("Ærin Østergård");
    }

    @Test
    void takesPatternCharactersInFiltersLiterally() {
        assertThat(found(all().withName("%"))).isEmpty();
        assertThat(found(all().withType("' OR '1'='1"))).isEmpty();
        assertThat(found(all())).hasSize(4);
    }

    @Test
    void pagesActorsWithLimitAndOffset() {
        assertThat(found(ActorQuery.all(2, 0))).containsExactly(CASTELL, SANDER);
        assertThat(found(ActorQuery.all(2, 2))).containsExactly(RADIO, TOWN);
        assertThat(found(ActorQuery.all(2, 4))).isEmpty();
        assertThat(found(ActorQuery.all(0, 0))).isEmpty();
    }

    @Test
    void rejectsANegativeLimitOrOffset() {
        assertThatThrownBy(() -> ActorQuery.all(-1, 0)).hasMessageContaining("limit");
        assertThatThrownBy(() -> ActorQuery.all(1, -1)).hasMessageContaining("offset");
    }

    @Test
    void findsNoActorsInAnEmptyStore() {
        try (Store store = Store.open(dir.resolve("empty.duckdb"))) {
            assertThat(store.actors(all())).isEmpty();
        }
    }
}
