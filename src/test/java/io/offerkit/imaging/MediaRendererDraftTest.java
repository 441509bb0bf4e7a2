package io.offerkit.imaging;

import static org.assertj.core.api.Assertions.assertThat;

import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.project.Crop;
import io.offerkit.project.Fit;
import io.offerkit.project.Framing;
import io.offerkit.project.Redaction;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.List;
import org.junit.jupiter.api.Test;

/** A draft render (a preview during a drag) shows the same crop, in the same place, as the export render. */
class MediaRendererDraftTest {
    @Test
    void theDraftShowsTheCropWhereTheExportDoes() {
        BufferedImage capture = new BufferedImage(1600, 1000, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = capture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 1600, 1000);
        g.setColor(new Color(0x2B579A));
        g.fillRect(300, 200, 400, 250);
        g.setColor(new Color(0xC00000));
        g.fillOval(800, 500, 300, 300);
        g.dispose();
        SourceImage source = new SourceImage(capture, null);
        ImageSlot slot = TestImages.slot(640, 360);
        Framing framing = new Framing(Fit.CONTAIN, null, 0.5, 0.5, new Crop(150, 100, 1200, 675));
        List<Redaction> redactions = List.of(new Redaction(350, 250, 100, 50, Redaction.Style.FILL));

        BufferedImage full = MediaRenderer.render(source, slot, framing, redactions).image();
        BufferedImage draft = MediaRenderer.render(source, slot, framing, redactions, RenderQuality.DRAFT).image();

        assertThat(draft.getWidth()).isEqualTo(full.getWidth());
        assertThat(draft.getHeight()).isEqualTo(full.getHeight());
        assertThat(meanAbsDifference(small(draft), small(full))).isLessThan(3.0);
        assertThat(MediaRenderer.render(source, slot, framing, redactions, RenderQuality.EXPORT).image().getRGB(0, 0,
                640, 360, null, 0, 640)).containsExactly(full.getRGB(0, 0, 640, 360, null, 0, 640));
    }

    private static BufferedImage small(BufferedImage image) {
        BufferedImage small = new BufferedImage(160, 90, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = small.createGraphics();
        g.drawImage(image.getScaledInstance(160, 90, java.awt.Image.SCALE_AREA_AVERAGING), 0, 0, null);
        g.dispose();
        return small;
    }

    private static double meanAbsDifference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                for (int shift = 0; shift < 24; shift += 8) {
                    sum += Math.abs(((p >> shift) & 0xFF) - ((q >> shift) & 0xFF));
                }
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
