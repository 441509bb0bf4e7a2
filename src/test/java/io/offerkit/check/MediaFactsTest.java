package io.offerkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.png.PngEncoder;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class MediaFactsTest {
    @TempDir
    Path dir;

    private Path png(String name, int width, int height) throws Exception {
        Path file = dir.resolve(name);
        Files.write(file, PngEncoder.encode(new BufferedImage(width, height, BufferedImage.TYPE_INT_ARGB)));
        return file;
    }

    @Test
    void aCaptureIsDecodedOnceAcrossEvaluationsAndAgainWhenItChanges() throws Exception {
        Path capture = png("capture.png", 320, 180);
        MediaFacts facts = MediaFacts.fromDisk();

        MediaFacts.Read first = facts.of(capture.toString());
        assertThat(first.facts().width()).isEqualTo(320);
        assertThat(facts.of(capture.toString())).as("the same reading, not a second decode").isSameAs(first);

        Files.write(capture, PngEncoder.encode(new BufferedImage(1280, 720, BufferedImage.TYPE_INT_ARGB)));
        Files.setLastModifiedTime(capture, FileTime.fromMillis(Files.getLastModifiedTime(capture).toMillis() + 5000));
        assertThat(facts.of(capture.toString()).facts().width()).isEqualTo(1280);
    }

    @Test
    void aMissingCaptureIsSaidSoAndReadOnceItIsThere() throws Exception {
        Path capture = dir.resolve("later.png");
        MediaFacts facts = MediaFacts.fromDisk();

        assertThat(facts.of(capture.toString()).problem()).startsWith("could not be read");

        png("later.png", 64, 36);
        assertThat(facts.of(capture.toString()).facts().height()).isEqualTo(36);
    }
}
