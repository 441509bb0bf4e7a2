package io.offerkit.cli;

import io.offerkit.common.ByteSizes;
import io.offerkit.imaging.ImageDecoder;
import io.offerkit.imaging.MediaRenderer;
import io.offerkit.imaging.RenderedSlot;
import io.offerkit.imaging.png.PngWithinLimit;
import io.offerkit.imaging.render.Finding;
import io.offerkit.imaging.source.ImagingException;
import io.offerkit.imaging.source.SourceImage;
import io.offerkit.profile.ImageSlot;
import io.offerkit.profile.MediaGroup;
import io.offerkit.project.Framing;
import io.offerkit.project.SlotSettings;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes one screenshot's PNG from a capture: decoded by {@link ImageDecoder}, rendered by {@link MediaRenderer} into
 * the group's slot for its place (the one door the app's screenshots go through too), encoded within the group's
 * byte limit. Nothing is
 * written here: {@code screenshots} writes only once every capture has been made.
 */
final class ScreenshotMaker {
    private ScreenshotMaker() {
    }

    /** A screenshot's PNG and what the user should hear about it, in words (each one line). */
    record Shot(byte[] png, List<String> warnings) {
    }

    /**
     * @param settings resolved settings (fit, background, focus); a null background is "auto": the capture's own edge
     *                 colour (the bands then read as part of the capture, not as bars)
     */
    static Shot make(Path capture, MediaGroup group, int index, SlotSettings settings, Path target)
            throws ImagingException {
        SourceImage source = ImageDecoder.read(capture);
        ImageSlot slot = group.slot(index);
        Framing framing = new Framing(settings.fit(), settings.background(), settings.focusX(), settings.focusY(), null);
        RenderedSlot rendered = MediaRenderer.render(source, slot, framing, List.of());
        List<String> warnings = new ArrayList<>();
        if (source.facts() != null && source.facts().note() != null) {
            warnings.add(capture + ": " + source.facts().note() + ".");
        }
        // The renderer is the one judge of upscaling; its wording speaks of logos, so the capture is named here.
        if (rendered.findings().stream().anyMatch(f -> f.kind() == Finding.Kind.UPSCALED)) {
            int width = source.facts() == null ? source.width() : source.facts().width();
            int height = source.facts() == null ? source.height() : source.facts().height();
            warnings.add(capture + " (" + width + "x" + height + ") is smaller than " + slot.sizeText()
                    + ": it was upscaled and will look blurry. Use a larger capture.");
        }
        Integer maxBytes = group.maxBytes();
        // Without a limit this is the lossless PNG, never reduced: the warnings below then cannot apply.
        PngWithinLimit png = PngWithinLimit.encode(rendered.image(), maxBytes == null ? 0 : maxBytes);
        String limit = maxBytes == null ? "" : ByteSizes.text(maxBytes);
        if (!png.withinLimit()) {
            warnings.add(target + " is " + ByteSizes.text(png.bytes().length) + " even with its palette reduced to 16"
                    + " colours, over the marketplace's limit of " + limit + ": it will be refused. Use a capture with"
                    + " less fine detail.");
        } else if (png.reduced()) {
            warnings.add(target + " was over the limit of " + limit + " as a lossless PNG, so its palette was reduced"
                    + " to " + png.colours() + " colours; look at it to be sure the text is still legible.");
        }
        return new Shot(png.bytes(), warnings);
    }
}
