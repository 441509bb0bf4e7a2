package io.offerkit.imaging;

import io.offerkit.profile.ImageSlot;
import io.offerkit.project.Fit;
import io.offerkit.project.SlotSettings;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** Renders one slot from a source: trim, fit, padding, background and alignment; always the slot's exact size. */
public final class SlotRenderer {
    private SlotRenderer() {
    }

    public static RenderedSlot render(SourceImage source, ImageSlot slot, SlotSettings settings) {
        List<String> warnings = new ArrayList<>();
        int w = slot.width();
        int h = slot.height();
        double pad = Math.max(0, Math.min(45, settings.paddingPercent() == null ? 0 : settings.paddingPercent()));
        int inset = (int) Math.round(Math.min(w, h) * pad / 100.0);
        int boxW = Math.max(1, w - 2 * inset);
        int boxH = Math.max(1, h - 2 * inset);
        BufferedImage src = source.pixels();
        double sx = (double) boxW / src.getWidth();
        double sy = (double) boxH / src.getHeight();
        Fit fit = settings.fit() == null ? Fit.CONTAIN : settings.fit();
        double dw;
        double dh;
        switch (fit) {
            case COVER -> {
                double s = Math.max(sx, sy);
                dw = src.getWidth() * s;
                dh = src.getHeight() * s;
            }
            case STRETCH -> {
                dw = boxW;
                dh = boxH;
                if (Math.abs(sx - sy) > 0.01) {
                    warnings.add("Stretched: the logo is distorted to fit " + slot.sizeText() + ".");
                }
            }
            default -> {
                double s = Math.min(sx, sy);
                dw = src.getWidth() * s;
                dh = src.getHeight() * s;
            }
        }
        if (dw > src.getWidth() + 0.5 || dh > src.getHeight() + 0.5) {
            warnings.add("Upscaled: the source (" + src.getWidth() + "x" + src.getHeight()
                    + ") is smaller than this slot, so it will look blurry.");
        }
        double ax = settings.alignment() == null ? 0.5 : settings.alignment().x();
        double ay = settings.alignment() == null ? 0.5 : settings.alignment().y();
        double x = inset + (boxW - dw) * ax;
        double y = inset + (boxH - dh) * ay;
        BufferedImage out = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        try {
            if (!settings.isTransparent()) {
                g.setColor(Color.decode(settings.background()));
                g.fillRect(0, 0, w, h);
            }
            g.setClip(inset, inset, boxW, boxH);
            g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BICUBIC);
            g.setRenderingHint(RenderingHints.KEY_RENDERING, RenderingHints.VALUE_RENDER_QUALITY);
            g.drawImage(src, (int) Math.round(x), (int) Math.round(y), (int) Math.round(dw), (int) Math.round(dh), null);
        } finally {
            g.dispose();
        }
        return new RenderedSlot(slot.id(), out, warnings);
    }
}
