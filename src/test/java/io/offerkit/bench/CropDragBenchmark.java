package io.offerkit.bench;

import io.offerkit.imaging.MediaRenderer;
import io.offerkit.imaging.RenderQuality;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.imaging.WorkingCopy;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.Crop;
import io.offerkit.project.Fit;
import io.offerkit.project.Framing;
import io.offerkit.project.Redaction;
import java.awt.Color;
import java.awt.Font;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * One step of a crop drag in the Screenshots section: the preview (the slot's exact 1280x720) rendered by
 * {@link MediaRenderer} from the working copy of a 3700x2150 HiDPI capture, with the crop moved by a few pixels and
 * two redactions (one filled, one pixelated). Goal: at most 16 ms, one frame. {@code maxSide} is the working copy's
 * longer side: 2560 is twice the slot's longer side (the section's working copy), 1280 the slot's own.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class CropDragBenchmark {
    private static final int WIDTH = 3700;
    private static final int HEIGHT = 2150;

    @Param({"2560", "1280"})
    public int maxSide;

    private SourceImage workingCopy;
    private ImageSlot slot;
    private Crop crop;
    private List<Redaction> redactions;
    private int step;

    @Setup
    public void setUp() {
        MediaGroup group = ProfileRegistry.builtIn().defaultProfile().mediaGroup(MediaKind.SCREENSHOT).orElseThrow();
        slot = group.slot(1);
        SourceImage full = new SourceImage(capture(), new ImageFacts("PNG", WIDTH, HEIGHT, "RGB", 8, false, false, null,
                0));
        workingCopy = WorkingCopy.of(full, maxSide);
        // A crop of two thirds of the capture, in the capture's own pixels as the project keeps it.
        crop = Crop.largest(WIDTH, HEIGHT, (double) slot.width() / slot.height(), 0.5, 0.5);
        crop = new Crop(crop.x() + crop.width() / 6, crop.y() + crop.height() / 6, crop.width() * 2 / 3,
                crop.height() * 2 / 3);
        redactions = List.of(new Redaction(1500, 400, 600, 60, Redaction.Style.FILL),
                new Redaction(1500, 900, 900, 120, Redaction.Style.PIXELATE));
    }

    @Benchmark
    public RenderedSlot renderThePreviewAfterACropMove() {
        step = (step + 1) % 40;
        Crop moved = crop.moved(step - 20, (step - 20) / 2.0, WIDTH, HEIGHT);
        return MediaRenderer.render(workingCopy, slot, new Framing(Fit.CONTAIN, null, 0.5, 0.5, moved), redactions);
    }

    /** The same step as a live preview renders it while the drag is under way. */
    @Benchmark
    public RenderedSlot renderTheDraftPreviewAfterACropMove() {
        step = (step + 1) % 40;
        Crop moved = crop.moved(step - 20, (step - 20) / 2.0, WIDTH, HEIGHT);
        return MediaRenderer.render(workingCopy, slot, new Framing(Fit.CONTAIN, null, 0.5, 0.5, moved), redactions,
                RenderQuality.DRAFT);
    }

    private static BufferedImage capture() {
        BufferedImage image = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_TEXT_ANTIALIASING, RenderingHints.VALUE_TEXT_ANTIALIAS_ON);
            g.setColor(new Color(0xF3F3F3));
            g.fillRect(0, 0, WIDTH, HEIGHT);
            g.setColor(new Color(0x2B579A));
            g.fillRect(0, 0, WIDTH, 90);
            g.setColor(new Color(0xE6E6E6));
            g.fillRect(0, 90, 640, HEIGHT);
            g.setColor(new Color(0x333333));
            g.setFont(new Font(Font.SANS_SERIF, Font.PLAIN, 30));
            for (int i = 0; i < 26; i++) {
                g.drawString("WO-" + (1000 + i) + "  Contoso Ltd.  Repair HVAC unit, floor " + (i % 9 + 1) + "  Open",
                        720, 200 + i * 72);
            }
        } finally {
            g.dispose();
        }
        return image;
    }
}
