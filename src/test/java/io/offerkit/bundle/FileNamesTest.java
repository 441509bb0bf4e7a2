package io.offerkit.bundle;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FileNamesTest {
    @Test
    void namesKeepOnlyLettersDigitsDashesAndUnderscores() {
        assertThat(FileNames.safe("Contoso Route Planner™ (beta)", "x")).isEqualTo("contoso-route-planner-beta");
        assertThat(FileNames.safe("Café déjà vu", "x")).isEqualTo("cafe-deja-vu");
        assertThat(FileNames.safe("../../etc/passwd", "x")).isEqualTo("etc-passwd");
        assertThat(FileNames.safe("日本語", "offer")).isEqualTo("offer");
        assertThat(FileNames.extension("a.PDF")).isEqualTo("pdf");
        assertThat(FileNames.extension("noext")).isEqualTo("bin");
    }
}
