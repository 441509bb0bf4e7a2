package io.offerkit.bench;

import io.offerkit.imaging.LogoSet;
import io.offerkit.imaging.LogoSetRenderer;
import io.offerkit.imaging.WorkingCopy;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.Profile;
import io.offerkit.profile.ProfileRegistry;
import io.offerkit.project.LogoSettings;
import io.offerkit.project.SlotSettings;
import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.geom.RoundRectangle2D;
import java.awt.image.BufferedImage;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * What one control change costs in the Logo studio: all four slots of the default profile rendered from the
 * working copy (twice the largest slot) of a 4096x4096 source, as {@code LiveLogoSet} does. Goal: at most 16 ms,
 * one frame. Each invocation changes the padding, as a slider drag does.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class LiveRenderBenchmark {
    private Profile profile;
    private SourceImage workingCopy;
    private LogoSettings logo;
    private int step;

    @Setup
    public void setUp() {
        profile = ProfileRegistry.builtIn().defaultProfile();
        BufferedImage big = logo(4096);
        SourceImage full = new SourceImage(big, new ImageFacts("PNG", 4096, 4096, "RGBA", 8, true, true, null, 0));
        int largest = profile.imageSlots().stream().mapToInt(s -> Math.max(s.width(), s.height())).max().orElseThrow();
        workingCopy = WorkingCopy.of(full, largest * 2);
        logo = LogoSettings.empty().withSource("/in-memory/logo.png");
    }

    @Benchmark
    public LogoSet renderAllSlotsAfterAPaddingChange() throws Exception {
        step = (step + 1) % 30;
        LogoSettings changed = logo.withDefaults(SlotSettings.defaults().withPaddingPercent((double) step));
        return LogoSetRenderer.render(profile, changed, path -> workingCopy);
    }

    private static BufferedImage logo(int side) {
        BufferedImage image = new BufferedImage(side, side, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = image.createGraphics();
        try {
            g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
            g.setPaint(new GradientPaint(0, 0, new Color(0x0E, 0x9F, 0x8E), side, side, new Color(0x7B, 0x2D, 0x8A)));
            g.fill(new RoundRectangle2D.Double(side * 0.08, side * 0.08, side * 0.84, side * 0.84, side * 0.2, side * 0.2));
            g.setColor(new Color(0xFF, 0xC8, 0x3D));
            g.fill(new Ellipse2D.Double(side * 0.55, side * 0.2, side * 0.25, side * 0.25));
        } finally {
            g.dispose();
        }
        return image;
    }
}
