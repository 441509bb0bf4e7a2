package io.offerkit.check;

import io.offerkit.profile.MediaGroup;
import io.offerkit.project.VideoAddress;
import java.util.ArrayList;
import java.util.List;

/** Each video's address is one the marketplace plays: an https YouTube watch page or Vimeo page ({@link VideoAddress}). */
final class VideoAddressRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        MediaGroup group = MediaItems.group(context, target).orElse(null);
        if (group == null) {
            return MediaItems.noSuchGroup(target);
        }
        List<MediaItems> items = MediaItems.of(group, context.project());
        List<Verdict> problems = new ArrayList<>();
        for (MediaItems item : items) {
            VideoAddress.Parsed parsed = VideoAddress.parse(item.video() == null ? null : item.video().address());
            if (!parsed.isValid()) {
                problems.add(Verdict.problem(item.label() + ": " + parsed.problem()).at(item.field()));
            }
        }
        Verdict first = MediaItems.first(problems, "video");
        if (first != null) {
            return first;
        }
        return Verdict.ok(items.isEmpty() ? "No videos added (they are optional)."
                : "Every video's address is an https YouTube or Vimeo page.");
    }
}
