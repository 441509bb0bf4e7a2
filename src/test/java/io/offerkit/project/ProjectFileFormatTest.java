package io.offerkit.project;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A project file written by OfferKit before a slot's settings became typed values (read from a hand-edited file
 * with odd spellings, then saved by that version): it opens, and saving it writes the very same bytes.
 */
class ProjectFileFormatTest {
    private static final String WRITTEN_BEFORE = "written-by-0.x.offerkit";

    @TempDir
    Path dir;

    private byte[] oldBytes() throws Exception {
        try (InputStream in = ProjectFileFormatTest.class.getResourceAsStream(WRITTEN_BEFORE)) {
            return in.readAllBytes();
        }
    }

    @Test
    void aFileWrittenByTheEarlierVersionIsSavedAgainByteForByte() throws Exception {
        byte[] before = oldBytes();
        Path file = Files.write(dir.resolve("offer.offerkit"), before);
        ProjectFiles.write(ProjectFiles.read(file), file);
        assertThat(Files.readAllBytes(file)).isEqualTo(before);
    }

    @Test
    void itsBackgroundsAreReadAsTypedValuesKeepingWhatWasWritten() throws Exception {
        Path file = Files.write(dir.resolve("offer.offerkit"), oldBytes());
        LogoSettings logo = ProjectFiles.read(file).logo();
        assertThat(logo.defaults().background().rgb()).hasValue(0x0E9F8E);
        assertThat(logo.settingsFor("small-40x40").isTransparent()).isTrue();
        assertThat(logo.settingsFor("large-216x216").isTransparent()).isTrue();
        assertThat(logo.settingsFor("medium-90x90").background()).hasToString("#f4efe6");
        assertThat(logo.settingsFor("banner").background().rgb()).hasValue(0x336699);
        SlotBackground teal = logo.settingsFor("wide-255x115").background();
        assertThat(teal.isReadable()).isFalse();
        assertThat(teal).hasToString("teal");
    }
}
