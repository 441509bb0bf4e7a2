package io.offerkit.check;

import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.project.Crop;
import io.offerkit.project.Fit;
import io.offerkit.project.Framing;
import java.nio.file.Path;
import java.util.List;

/**
 * Each capture (a video's thumbnail source) is large enough for the group's size, so it is not upscaled ("blurry
 * images will cause your submission to be rejected"), and near its aspect, so contain adds no wide bands and cover
 * cuts little away. The output is always the exact size: what is judged is how it is made from the capture.
 */
final class MediaSizeRule extends EachMediaRule {
    /** Further from the group's aspect than this share, contain's bands or cover's cut are worth a look. */
    static final double ASPECT_TOLERANCE = 0.10;

    @Override
    Verdict judge(CheckContext context, MediaGroup group, MediaItems item) {
        if (item.image() == null) {
            return null; // a video without a thumbnail is the thumbnail rule's
        }
        MediaFacts.Read read = context.mediaFacts().of(item.image());
        if (read.facts() == null) {
            String message = item.label() + ": " + Path.of(item.image()).getFileName() + " " + read.problem() + ".";
            // Unreadable is not only a size question: the export cannot make this image at all (MediaFiles leaves it
            // out), so it fails whatever the item's severity.
            return read.pending() ? Verdict.problem(message) : Verdict.blocking(message);
        }
        return judge(group, item, read.facts());
    }

    @Override
    Verdict passed(MediaGroup group, List<MediaItems> items) {
        String what = group.kind() == MediaKind.VIDEO ? "thumbnail" : "screenshot";
        return Verdict.ok(group.label() + ": " + (items.isEmpty() ? "none added yet."
                : "every " + what + " is made from a large enough image of about the right shape."));
    }

    private static Verdict judge(MediaGroup group, MediaItems item, ImageFacts facts) {
        Framing framing = item.framing();
        Crop crop = framing.crop();
        double shownW = crop == null ? facts.width() : Math.min(crop.width(), facts.width());
        double shownH = crop == null ? facts.height() : Math.min(crop.height(), facts.height());
        double sx = group.width() / shownW;
        double sy = group.height() / shownH;
        double scale = crop != null ? Math.min(sx, sy) : framing.fit() == Fit.COVER ? Math.max(sx, sy) : Math.min(sx, sy);
        String shown = crop == null ? "the capture" : "the crop";
        String size = (int) Math.round(shownW) + "x" + (int) Math.round(shownH);
        if (scale > 1 + 1e-9) {
            return Verdict.problem(item.label() + ": " + shown + " (" + size + ") is smaller than "
                    + group.sizeText() + ", so it is upscaled and will look blurry; the marketplace rejects blurry"
                    + " images. Use a larger capture.");
        }
        if (crop != null) {
            return null; // a crop is always of the group's aspect
        }
        double ratio = (shownW / shownH) / ((double) group.width() / group.height());
        double share = 1 - Math.min(ratio, 1 / ratio);
        if (share > ASPECT_TOLERANCE) {
            int percent = (int) Math.round(share * 100);
            String effect = framing.fit() == Fit.COVER
                    ? "cover cuts away " + percent + " % of it"
                    : "contain adds bands of " + percent + " % of the image";
            return Verdict.advisory(item.label() + ": the capture (" + size + ") is far from "
                    + group.sizeText() + "'s shape, so " + effect + ". Crop it, or use a capture of that shape.");
        }
        return null;
    }
}
