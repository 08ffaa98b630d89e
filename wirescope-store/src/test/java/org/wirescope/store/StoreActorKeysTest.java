package org.wirescope.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.wirescope.model.Actor;
import org.wirescope.model.Published;
import org.wirescope.model.Record;

/** An actor's key across articles: its name folded to lower-case ASCII words, then its country. */
class StoreActorKeysTest {

    private static final String FIRST = "Élise Morrow met the U.S. Navy. سارا کریمی spoke. Harbour Radio aired it.";
    private static final String SECOND = "ELISE  MORROW, again. Elise Morrow of Belgium is someone else.";

    @TempDir
    Path dir;

    private Store stored(Record... records) {
        Store store = Store.open(dir.resolve("store.duckdb"));
        store.write(store.beginRun(List.of("keys"), ""), List.of(records), List.of());
        return store;
    }

    private static Record first() {
        String t = FIRST;
        return Newsroom.record("Morrow meets the navy", Published.UNKNOWN, t, List.of(
                Newsroom.actor("p1", "Élise Morrow", Actor.Type.PERSON, "FRA", null, Newsroom.at(t, "Élise Morrow")),
                Newsroom.actor("o1", "U.S. Navy", Actor.Type.ORGANIZATION, "USA", null, Newsroom.at(t, "U.S. Navy")),
                Newsroom.actor("p2", "سارا کریمی", Actor.Type.PERSON, "IRN", null, Newsroom.at(t, "سارا کریمی")),
                Newsroom.actor("m1", "Harbour Radio", Actor.Type.MEDIA, null, null, Newsroom.at(t, "Harbour Radio"))), List.of());
    }

    private static Record second() {
        String t = SECOND;
        return Newsroom.record("Morrow again", Published.UNKNOWN, t, List.of(
                Newsroom.actor("p1", "ELISE  MORROW", Actor.Type.PERSON, "FRA", null, Newsroom.at(t, "ELISE  MORROW")),
                Newsroom.actor("p2", "Elise Morrow", Actor.Type.PERSON, "BEL", null, Newsroom.at(t, "Elise Morrow"))), List.of());
    }

    @Test
    void foldsCaseAccentsAndPunctuationAndAddsTheCountry() {
        Record record = first();
        try (Store store = stored(record)) {
            Map<String, String> keys = store.actorKeys(record.id());

            assertThat(keys).containsEntry("p1", "elise-morrow.fra").containsEntry("o1", "u-s-navy.usa")
                    .containsEntry("m1", "harbour-radio");
            assertThat(keys.get("p2")).matches("n[0-9a-f]{10}\\.irn");
        }
    }

    @Test
    void countsTheSameNameInTheSameCountryAsOneActorAndAnotherCountryAsAnother() {
        try (Store store = stored(first(), second())) {
            List<ActorListing> morrows = store.actorListing(ActorQuery.all(10, 0).withName("morrow"));

            assertThat(morrows).extracting(ActorListing::key).containsExactly("elise-morrow.fra", "elise-morrow.bel");
            assertThat(morrows.get(0).articles()).isEqualTo(2);
            ActorProfile profile = store.actorProfile("elise-morrow.fra", "year").orElseThrow();
            assertThat(profile.names()).extracting(ActorProfile.Tally::value).containsExactlyInAnyOrder("ELISE  MORROW", "Élise Morrow");
            assertThat(profile.articles()).isEqualTo(2);
            assertThat(profile.timeline()).as("undated articles").isEmpty();
        }
    }

    @Test
    void findsNoActorForAKeyNobodyHasOrAMalformedOne() {
        try (Store store = stored(first())) {
            assertThat(store.actorProfile("elise-morrow.deu", "month")).isEmpty();
            assertThat(store.actorProfile("Élise Morrow", "month")).isEmpty();
            assertThat(store.actorKeys("a-0000000000000000")).isEmpty();
        }
    }
}
