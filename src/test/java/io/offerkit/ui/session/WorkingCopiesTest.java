package io.offerkit.ui.session;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.common.ProgressMonitor;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.imaging.source.SourceImage;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The working copies are a small least-recently-used cache: a full cache drops its oldest copy, not every copy. */
class WorkingCopiesTest {
    @TempDir
    Path dir;

    private List<Path> images(int count) throws Exception {
        List<Path> files = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_ARGB);
            image.setRGB(0, 0, 0xFF000000 | i);
            files.add(Files.write(dir.resolve("capture-" + i + ".png"), PngEncoder.encode(image)));
        }
        return files;
    }

    @Test
    void aFullCacheDropsOnlyTheLeastRecentlyUsedCopy() throws Exception {
        WorkingCopies copies = new WorkingCopies();
        List<Path> files = images(WorkingCopies.MAX_COPIES + 1);
        for (int i = 0; i < WorkingCopies.MAX_COPIES; i++) {
            copies.get(files.get(i), 64);
        }
        copies.get(files.get(0), 64); // used again: now the most recent

        copies.get(files.get(WorkingCopies.MAX_COPIES), 64);

        assertThat(copies.holds(files.get(0), 64)).as("the copy used last but one is kept").isTrue();
        assertThat(copies.holds(files.get(1), 64)).as("the least recently used copy is dropped").isFalse();
        for (int i = 2; i <= WorkingCopies.MAX_COPIES; i++) {
            assertThat(copies.holds(files.get(i), 64)).as("copy %d kept", i).isTrue();
        }
    }

    @Test
    void roomForTheLogosAndEveryScreenshotAndThumbnailAMarketplaceTakes() {
        // a main logo and alternates for its four slots, five screenshots, four (Operations apps: five) thumbnails
        assertThat(WorkingCopies.MAX_COPIES).isGreaterThanOrEqualTo(5 + 5 + 5);
    }

    @Test
    void aCopyPutFromADecodedImageIsHeldAndReturnedWithoutDecodingAgain() throws Exception {
        WorkingCopies copies = new WorkingCopies();
        Path file = images(1).get(0);
        SourceImage decoded = io.offerkit.imaging.ImageDecoder.read(file);
        copies.put(file, 64, decoded, ProgressMonitor.NONE);
        assertThat(copies.holds(file, 64)).isTrue();
        assertThat(copies.get(file, 64).width()).isEqualTo(8);
    }

    @Test
    void aGesturesDraftIsHalfTheCopyReducedFromItOnce() throws Exception {
        WorkingCopies copies = new WorkingCopies();
        BufferedImage wide = new BufferedImage(400, 200, BufferedImage.TYPE_INT_ARGB);
        Path file = Files.write(dir.resolve("wide.png"), PngEncoder.encode(wide));
        SourceImage full = copies.get(file, 256);
        SourceImage draft = copies.draft(file, 256);
        assertThat(full.width() + "x" + full.height()).isEqualTo("256x128");
        assertThat(draft.width() + "x" + draft.height()).isEqualTo("128x64");
        assertThat(draft.facts()).as("the capture's own facts: redactions and crops map from them").isEqualTo(full.facts());
        assertThat(copies.draft(file, 256)).isSameAs(draft);
    }
}
