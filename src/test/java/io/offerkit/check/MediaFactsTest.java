package io.offerkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Media;
import io.offerkit.project.Project;
import io.offerkit.project.Screenshot;
import java.awt.image.BufferedImage;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.util.List;
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

    @Test
    void whatIsKnownSoFarReadsNothingAndSaysAnUnreadCaptureIsBeingRead() throws Exception {
        Path read = png("read.png", 320, 180);
        Path unread = png("unread.png", 640, 360);
        MediaFacts facts = MediaFacts.fromDisk();
        MediaFacts.Read first = facts.of(read.toString());
        MediaFacts known = facts.knownSoFar();

        assertThat(known.of(read.toString())).as("a reading taken, the file unchanged").isSameAs(first);
        MediaFacts.Read pending = known.of(unread.toString());
        assertThat(pending.pending()).isTrue();
        assertThat(pending.facts()).isNull();
        assertThat(pending.problem()).isEqualTo("is being read");
        assertThat(facts.of(unread.toString()).facts().width()).as("the full facts still read it").isEqualTo(640);
        assertThat(known.of(unread.toString()).facts().width()).as("and the view sees the reading").isEqualTo(640);

        Files.write(read, PngEncoder.encode(new BufferedImage(1280, 720, BufferedImage.TYPE_INT_ARGB)));
        Files.setLastModifiedTime(read, FileTime.fromMillis(Files.getLastModifiedTime(read).toMillis() + 5000));
        assertThat(known.of(read.toString()).pending()).as("a changed file is not known").isTrue();
    }

    @Test
    void readAllTakesEveryScreenshotTheProfileAsksAboutSoTheyAreKnownAfterwards() throws Exception {
        Path first = png("first.png", 1280, 720);
        Path second = png("second.png", 640, 360);
        Project project = Project.empty("appsource-d365-ce-2019").withMedia(new Media(
                List.of(Screenshot.of(first.toString()), Screenshot.of(second.toString())), List.of()));
        Profile profile = ProfileRegistry.builtIn().defaultProfile();
        MediaFacts facts = MediaFacts.fromDisk();

        facts.readAll(profile, project);

        MediaFacts known = facts.knownSoFar();
        assertThat(known.of(first.toString()).facts().width()).isEqualTo(1280);
        assertThat(known.of(second.toString()).facts().height()).isEqualTo(360);
    }
}
