package io.offerkit.check;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.text.lint.LintSettings;
import io.offerkit.project.LogoSettings;
import io.offerkit.project.Project;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.nio.file.Path;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * The Teams profile's two icons through the one rendering door, judged by the profile's own pixel rule: the colour
 * icon is the logo, the outline icon its mark in white on full transparency; a photo's or a coloured supplied mark's
 * outline is not made, and the check says why.
 */
class TeamsOutlineCheckTest {
    private static final Profile TEAMS = teams();

    private static Profile teams() {
        try {
            return ProfileRegistry.builtIn().get("teams-app");
        } catch (io.offerkit.profile.ProfileException e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    void theOutlineOfALogoOnAColourIsItsMarkInWhiteAndPassesThePixelRule() {
        LogoSet logos = render(LogoSettings.empty().withSource("logo.png"), Map.of("logo.png", logoOnNavy()));
        RenderedSlot outline = logos.slot("outline-32x32").orElseThrow();
        assertThat(outline.image().getWidth()).isEqualTo(32);
        assertThat(outline.image().getRGB(16, 16)).isEqualTo(0xFFFFFFFF);
        assertThat(outline.image().getRGB(0, 0) >>> 24).isZero();
        assertThat(outline.warnings()).singleElement().asString().startsWith("Made from the logo's mark (told apart from the colour #0B1F3A)");
        assertThat(logos.slot("color-192x192").orElseThrow().image().getRGB(2, 2)).isEqualTo(0xFF0B1F3A);

        CheckResult pixels = outlinePixels(logos);
        assertThat(pixels.state()).as(pixels.message()).isEqualTo(CheckState.PASS);
    }

    @Test
    void aPhotoGetsNoOutlineAndTheCheckAsksForAMark() {
        LogoSet logos = render(LogoSettings.empty().withSource("photo.png"), Map.of("photo.png", photo()));
        assertThat(logos.slot("outline-32x32")).isEmpty();
        assertThat(logos.slot("color-192x192")).isPresent();
        assertThat(logos.problems().get("outline-32x32")).contains("cannot be told apart from its background")
                .contains("Give this slot a mark of its own");
        CheckResult pixels = outlinePixels(logos);
        assertThat(pixels.state()).isEqualTo(CheckState.FAIL);
        assertThat(pixels.message()).startsWith("Outline icon: The logo's mark cannot be told apart");
    }

    @Test
    void aMarkSuppliedForTheSlotIsUsedWhenItIsOneColourAndRefusedWhenColoured() {
        LogoSettings logo = LogoSettings.empty().withSource("photo.png").withAlternateSource("outline-32x32", "mark.png");
        Map<String, BufferedImage> files = Map.of("photo.png", photo(), "mark.png", disc(0xFFFFFFFF, null));
        LogoSet logos = render(logo, files);
        assertThat(logos.slot("outline-32x32").orElseThrow().warnings()).singleElement().asString()
                .startsWith("Made from the mark chosen for this slot");
        assertThat(outlinePixels(logos).state()).isEqualTo(CheckState.PASS);

        LogoSet coloured = render(logo, Map.of("photo.png", photo(), "mark.png", disc(0xFF1E88E5, 0xFFFDD835)));
        assertThat(coloured.slot("outline-32x32")).isEmpty();
        assertThat(coloured.problems().get("outline-32x32")).startsWith("The mark chosen for this slot has more than one colour");
    }

    private static LogoSet render(LogoSettings logo, Map<String, BufferedImage> files) {
        return LogoSetRenderer.render(TEAMS, logo, path -> source(files, path));
    }

    private static SourceImage source(Map<String, BufferedImage> files, Path path) throws ImagingException {
        BufferedImage image = files.get(path.toString());
        if (image == null) {
            throw new ImagingException("no such test image: " + path);
        }
        return new SourceImage(image, null);
    }

    private static CheckResult outlinePixels(LogoSet logos) {
        Project project = Project.empty(TEAMS.id());
        return CheckEngine.evaluate(TEAMS, project, logos, null, LintSettings.defaults(), MediaFacts.of(Map.of()))
                .results().stream().filter(r -> r.item().id().equals("outline-pixels")).findFirst().orElseThrow();
    }

    private static BufferedImage logoOnNavy() {
        BufferedImage image = new BufferedImage(400, 400, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(0x0B1F3A));
        g.fillRect(0, 0, 400, 400);
        g.setColor(new Color(0xFFC107));
        g.fill(new Ellipse2D.Double(80, 80, 240, 240));
        g.dispose();
        return image;
    }

    /** A disc on transparency, in one colour, or with a second colour in its right half. */
    private static BufferedImage disc(int colour, Integer second) {
        BufferedImage image = new BufferedImage(200, 200, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(new Color(colour, true));
        g.fill(new Ellipse2D.Double(20, 20, 160, 160));
        if (second != null) {
            g.setColor(new Color(second, true));
            g.fill(new Ellipse2D.Double(100, 20, 80, 160));
        }
        g.dispose();
        return image;
    }

    private static BufferedImage photo() {
        Random random = new Random(11);
        BufferedImage image = new BufferedImage(240, 160, BufferedImage.TYPE_INT_ARGB);
        for (int i = 0; i < 240 * 160; i++) {
            image.setRGB(i % 240, i / 240, 0xFF000000 | random.nextInt(0x1000000));
        }
        return image;
    }
}
