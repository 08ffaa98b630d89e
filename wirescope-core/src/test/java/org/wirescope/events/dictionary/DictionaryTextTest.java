package org.wirescope.events.dictionary;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.StringReader;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class DictionaryTextTest {

    @Test
    void skipsAndReportsAnOverlongLine() throws IOException {
        DictionaryText text = new DictionaryText("long.txt");
        List<String> seen = new ArrayList<>();
        String longLine = "X".repeat(DictionaryText.MAX_LINE_CHARS + 5);
        text.read(new StringReader("A\n" + longLine + "\nB"), (n, line) -> {
            seen.add(n + ":" + line);
            text.used();
        });
        assertThat(seen).containsExactly("1:A", "3:B");
        assertThat(text.finish("test")).singleElement().extracting(DictionaryWarning::line).isEqualTo(2);
    }

    @Test
    void keepsAThousandWarningsAndCountsTheRest() throws IOException {
        DictionaryText text = new DictionaryText("noisy.txt");
        text.used();
        for (int i = 1; i <= DictionaryText.MAX_WARNINGS + 3; i++) text.warn(i, "bad");
        List<DictionaryWarning> warnings = text.finish("test");
        assertThat(warnings).hasSize(DictionaryText.MAX_WARNINGS + 1);
        assertThat(warnings.get(warnings.size() - 1).toString()).isEqualTo("noisy.txt: 3 more warnings not kept");
    }

    @Test
    void stripsHashAndSemicolonComments() {
        assertThat(DictionaryText.stripComment("SCRAP {SCRAPS};shan 8/30/93")).isEqualTo("SCRAP {SCRAPS}");
        assertThat(DictionaryText.stripComment("- * X [010] # note; more")).isEqualTo("- * X [010] ");
    }
}
