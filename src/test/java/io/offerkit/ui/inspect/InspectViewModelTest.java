package io.offerkit.ui.inspect;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.bundle.BundleLayout;
import io.offerkit.imaging.png.PngEncoder;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.ui.fx.BackgroundWork;
import io.offerkit.ui.fx.StatusMessages;
import io.offerkit.ui.session.ProjectSession;
import java.awt.image.BufferedImage;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.ZipEntry;
import java.util.zip.ZipOutputStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class InspectViewModelTest {
    @TempDir
    Path dir;
    ProjectSession session;
    StatusMessages status = new StatusMessages();
    InspectViewModel model;

    @BeforeEach
    void setUp() {
        session = new ProjectSession(ProfileRegistry.builtIn());
        model = new InspectViewModel(session, BackgroundWork.direct(), status);
    }

    private static byte[] png(int w, int h) {
        BufferedImage image = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        image.setRGB(w / 2, h / 2, 0xFF0E9F8E);
        return PngEncoder.encode(image);
    }

    private Path file(String name, byte[] bytes) throws Exception {
        Files.createDirectories(dir.resolve(name).getParent());
        return Files.write(dir.resolve(name), bytes);
    }

    @Test
    void listsEachFileWithTheSlotItFitsOrExactlyWhyNot() throws Exception {
        Path good = file("small.png", png(40, 40));
        Path wrong = file("medium.png", png(92, 92));
        Path text = file("notes.png", "hello".getBytes());

        model.add(List.of(good, wrong, text));

        assertThat(model.rows()).extracting(InspectRow::name).containsExactly("small.png", "medium.png", "notes.png");
        InspectRow first = model.rows().get(0);
        assertThat(first.ok()).isTrue();
        assertThat(first.verdictText()).isEqualTo("Fits Small logo (40x40)");
        assertThat(first.thumbnail()).isNotNull();

        InspectRow second = model.rows().get(1);
        assertThat(second.ok()).isFalse();
        assertThat(second.verdictText()).isEqualTo("Fits no slot");
        assertThat(second.reasons()).anyMatch(r -> r.contains("wrong size: 92x92, needs 90x90"));
        assertThat(second.factsText()).startsWith("PNG 92x92");

        InspectRow third = model.rows().get(2);
        assertThat(third.reasons()).singleElement().asString().startsWith("Cannot be read: not an image");
    }

    @Test
    void aSquareImageOfNoSlotsSizeIsToldWhyForEverySlotAsTheCommandLineSaysIt() throws Exception {
        model.add(List.of(file("square.png", png(288, 288))));

        InspectRow row = model.rows().get(0);
        assertThat(row.reasons()).contains(
                "no slot is 288x288; the profile needs 40x40, 90x90, 115x115, 255x115",
                "Small logo (40x40): wrong size: 288x288, needs 40x40 (right shape, so it can be resized to 40x40)",
                "Medium logo (90x90): wrong size: 288x288, needs 90x90 (right shape, so it can be resized to 90x90)",
                "Large logo (115x115): wrong size: 288x288, needs 115x115 (right shape, so it can be resized to 115x115)",
                "Wide logo (255x115): wrong size: 288x288, needs 255x115");
    }

    @Test
    void theSummarySaysWhichSlotsAreCoveredAndWhichAreMissing() throws Exception {
        model.add(List.of(file("a.png", png(40, 40)), file("b.png", png(255, 115))));
        assertThat(model.summaryBinding().get()).isEqualTo(
                "Slots covered: 2 of 4; missing: Medium logo (90x90), Large logo (115x115).");
    }

    @Test
    void aFolderIsSearchedForImages() throws Exception {
        file("set/logos/small.png", png(40, 40));
        file("set/logos/large.png", png(115, 115));
        file("set/offer.json", "{}".getBytes());

        model.add(List.of(dir.resolve("set")));

        assertThat(model.rows()).extracting(InspectRow::name)
                .containsExactly("set/logos/large.png", "set/logos/small.png");
    }

    @Test
    void theLogosOfAnExportedBundleZipAreInspected() throws Exception {
        Path zip = dir.resolve("bundle.zip");
        try (OutputStream out = Files.newOutputStream(zip); ZipOutputStream z = new ZipOutputStream(out)) {
            z.putNextEntry(new ZipEntry(BundleLayout.logo("small-40x40")));
            z.write(png(40, 40));
            z.putNextEntry(new ZipEntry(BundleLayout.logo("medium-90x90")));
            z.write(png(80, 80));
            z.putNextEntry(new ZipEntry("offer.json"));
            z.write("{}".getBytes());
        }

        model.add(List.of(zip));

        assertThat(model.rows()).extracting(InspectRow::name)
                .containsExactly("bundle.zip › logos/medium-90x90.png", "bundle.zip › logos/small-40x40.png");
        assertThat(model.rows().get(0).reasons()).anyMatch(r -> r.contains("wrong size: 80x80, needs 90x90"));
        assertThat(model.summaryBinding().get()).startsWith("Slots covered: 1 of 4");
    }

    @Test
    void switchingTheProfileChecksTheSameFilesAgain() throws Exception {
        model.add(List.of(file("big.png", png(300, 300))));
        assertThat(model.rows().get(0).ok()).isFalse();
        session.update(p -> p.withProfileId("partner-center-d365"));
        assertThat(model.rows()).hasSize(1);
        assertThat(model.rows().get(0).ok()).isTrue();
        model.clear();
        assertThat(model.rows()).isEmpty();
    }
}
