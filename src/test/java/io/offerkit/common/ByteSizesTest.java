package io.offerkit.common;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.common.ByteSizes.Unit;
import org.junit.jupiter.api.Test;

class ByteSizesTest {
    @Test
    void sizesReadAsPeopleReadThem() {
        assertThat(ByteSizes.text(0)).isEqualTo("0 bytes");
        assertThat(ByteSizes.text(812)).isEqualTo("812 bytes");
        assertThat(ByteSizes.text(1023)).isEqualTo("1023 bytes");
        assertThat(ByteSizes.text(1024)).isEqualTo("1.0 KB");
        assertThat(ByteSizes.text(14_540)).isEqualTo("14.2 KB");
        assertThat(ByteSizes.text(1024 * 1024 - 1)).isEqualTo("1024.0 KB");
        assertThat(ByteSizes.text(1024 * 1024)).isEqualTo("1.0 MB");
        assertThat(ByteSizes.text(1_258_291)).isEqualTo("1.2 MB");
        assertThat(ByteSizes.text(100L * 1024 * 1024)).isEqualTo("100.0 MB");
    }

    @Test
    void theAmountNamesItsUnitForCallersWithTheirOwnWords() {
        assertThat(ByteSizes.amount(812)).isEqualTo(new ByteSizes.Amount(Unit.BYTES, "812"));
        assertThat(ByteSizes.amount(870_400)).isEqualTo(new ByteSizes.Amount(Unit.KILOBYTES, "850.0"));
        assertThat(ByteSizes.amount(3L * 1024 * 1024 / 2)).isEqualTo(new ByteSizes.Amount(Unit.MEGABYTES, "1.5"));
    }

    @Test
    void limitsAreStatedInWholeUnits() {
        assertThat(ByteSizes.wholeMegabytes(512L * 1024 * 1024)).isEqualTo("512 MB");
        assertThat(ByteSizes.wholeMegabytes(1024 * 1024)).isEqualTo("1 MB");
        assertThat(ByteSizes.wholeKilobytes(1_048_576)).isEqualTo("1024 KB");
        assertThat(ByteSizes.wholeKilobytes(10_000)).isEqualTo("9 KB");
    }
}
