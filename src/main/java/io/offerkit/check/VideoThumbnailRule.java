package io.offerkit.check;

import io.offerkit.profile.MediaGroup;
import java.util.List;

/** Each video has an image its thumbnail is made from (the marketplace asks for a PNG of the group's size). */
final class VideoThumbnailRule extends EachMediaRule {
    @Override
    Verdict judge(CheckContext context, MediaGroup group, MediaItems item) {
        if (item.image() != null && !item.image().isBlank()) {
            return null;
        }
        return Verdict.problem(item.label() + " has no thumbnail: add an image for its " + group.sizeText()
                + " PNG thumbnail, without a play icon (the store adds one).");
    }

    @Override
    Verdict passed(MediaGroup group, List<MediaItems> items) {
        return Verdict.ok(items.isEmpty() ? "No videos added (they are optional)." : "Every video has a thumbnail.");
    }
}
