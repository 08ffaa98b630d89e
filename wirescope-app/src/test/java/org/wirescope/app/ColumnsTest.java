package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class ColumnsTest {

    @Test
    void padsEachColumnToItsWidestCellCountingCodePoints() {
        List<String> lines = Columns.align(List.of(
                new String[] {"NAME", "N"},
                new String[] {"Østergård", "12"},
                new String[] {"Li", "3"}), false, true);

        assertThat(lines).containsExactly(
                "NAME        N",
                "Østergård  12",
                "Li          3");
    }

    @Test
    void dropsTrailingSpacesOfALeftAlignedLastColumn() {
        assertThat(Columns.align(List.of(new String[] {"a", "long"}, new String[] {"b", "x"}), false, false))
                .containsExactly("a  long", "b  x");
    }
}
