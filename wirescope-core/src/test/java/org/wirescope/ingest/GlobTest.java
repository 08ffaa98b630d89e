package org.wirescope.ingest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class GlobTest {

    @Test
    void singleStarStaysWithinOneDirectory() {
        Glob glob = Glob.compile("*.txt");

        assertThat(glob.matches("a.txt")).isTrue();
        assertThat(glob.matches("sub/a.txt")).isFalse();
        assertThat(glob.maxDepth()).isEqualTo(1);
    }

    @Test
    void doubleStarSlashAlsoMatchesNoDirectory() {
        Glob glob = Glob.compile("**/*.jsonl");

        assertThat(glob.matches("a.jsonl")).isTrue();
        assertThat(glob.matches("x/y/a.jsonl")).isTrue();
        assertThat(glob.matches("x/y/a.jsonl.gz")).isFalse();
        assertThat(glob.maxDepth()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void supportsQuestionMarksClassesAndAlternatives() {
        assertThat(Glob.compile("day-?.txt").matches("day-7.txt")).isTrue();
        assertThat(Glob.compile("day-[0-3].txt").matches("day-4.txt")).isFalse();
        assertThat(Glob.compile("day-[!0-3].txt").matches("day-4.txt")).isTrue();
        assertThat(Glob.compile("*.{txt,jsonl}").matches("a.jsonl")).isTrue();
        assertThat(Glob.compile("*.{txt,jsonl}").matches("a.md")).isFalse();
    }

    @Test
    void treatsRegexCharactersLiterally() {
        assertThat(Glob.compile("a+b (1).txt").matches("a+b (1).txt")).isTrue();
        assertThat(Glob.compile("a.txt").matches("abtxt")).isFalse();
    }

    @Test
    void rejectsAnUnclosedBrace() {
        assertThatThrownBy(() -> Glob.compile("*.{txt")).hasMessageContaining("unclosed");
    }
}
