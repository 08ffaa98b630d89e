package org.wirescope.app;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import picocli.CommandLine.TypeConversionException;

class ByteSizeTest {

    @Test
    void readsBinaryUnitsAsPowersOf1024() {
        assertThat(ByteSize.parse("16MiB")).isEqualTo(16L * 1024 * 1024);
        assertThat(ByteSize.parse("2 kib")).isEqualTo(2048);
        assertThat(ByteSize.parse("1GiB")).isEqualTo(1L << 30);
    }

    @Test
    void readsDecimalUnitsAsPowersOf1000() {
        assertThat(ByteSize.parse("100KB")).isEqualTo(100_000);
        assertThat(ByteSize.parse("1.5MB")).isEqualTo(1_500_000);
        assertThat(ByteSize.parse("3gb")).isEqualTo(3_000_000_000L);
    }

    @Test
    void readsABareNumberAsBytes() {
        assertThat(ByteSize.parse("4096")).isEqualTo(4096);
        assertThat(ByteSize.parse("12B")).isEqualTo(12);
    }

    @Test
    void rejectsUnknownUnitsAndNonNumbers() {
        assertThatThrownBy(() -> ByteSize.parse("12 parsecs")).isInstanceOf(TypeConversionException.class)
                .hasMessageContaining("unknown unit");
        assertThatThrownBy(() -> ByteSize.parse("lots")).isInstanceOf(TypeConversionException.class);
        assertThatThrownBy(() -> ByteSize.parse("0")).isInstanceOf(TypeConversionException.class);
    }

    @Test
    void printsSizesForPeople() {
        assertThat(ByteSize.human(512)).isEqualTo("512 B");
        assertThat(ByteSize.human(12_400_000)).isEqualTo("12.4 MB");
    }
}
