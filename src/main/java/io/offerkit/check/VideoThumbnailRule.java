package io.offerkit.check;

import io.offerkit.profile.MediaGroup;
import java.util.ArrayList;
import java.util.List;

/** Each video has an image its thumbnail is made from (the marketplace asks for a PNG of the group's size). */
final class VideoThumbnailRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        MediaGroup group = MediaItems.group(context, target).orElse(null);
        if (group == null) {
            return MediaItems.noSuchGroup(target);
        }
        List<MediaItems> items = MediaItems.of(group, context.project());
        List<Verdict> problems = new ArrayList<>();
        for (MediaItems item : items) {
            if (item.image() == null || item.image().isBlank()) {
                problems.add(Verdict.problem(item.label() + " has no thumbnail: add an image for its "
                        + group.sizeText() + " PNG thumbnail, without a play icon (the store adds one).")
                        .at(item.field()));
            }
        }
        Verdict first = MediaItems.first(problems, "video");
        if (first != null) {
            return first;
        }
        return Verdict.ok(items.isEmpty() ? "No videos added (they are optional)."
                : "Every video has a thumbnail.");
    }
}
