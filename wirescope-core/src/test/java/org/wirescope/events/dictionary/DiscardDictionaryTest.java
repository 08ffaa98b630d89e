package org.wirescope.events.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;

import org.junit.jupiter.api.Test;

class DiscardDictionaryTest {

    @Test
    void tellsStoryDiscardsFromSentenceDiscards() throws IOException {
        DiscardDictionary d = DiscardDictionary.load(new StringReader("""
                # made-up discards
                +CROQUET_FINAL   # whole story
                CENTURIES AGO    ; sentence only
                """), "test.discards");
        assertThat(d.find("croquet final").orElseThrow().wholeStory()).isTrue();
        assertThat(d.find("Centuries ago").orElseThrow().wholeStory()).isFalse();
        assertThat(d.find("centuries later")).isEmpty();
        assertThat(d.warnings()).isEmpty();
    }

    @Test
    void reportsABarePlus() throws IOException {
        DiscardDictionary d = DiscardDictionary.load(new StringReader("KNITTING\n+\n"), "test.discards");
        assertThat(d.warnings()).singleElement().extracting(DictionaryWarning::line).isEqualTo(2);
    }

    @Test
    void namesAnUnnamedReaderInWarnings() throws IOException {
        DiscardDictionary d = DiscardDictionary.load(new StringReader("KNITTING\n+\n"));
        assertThat(d.warnings()).singleElement().hasToString("<reader>:2: '+' without a phrase; skipped");
    }
}
