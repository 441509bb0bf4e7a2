package io.offerkit.check;

import io.offerkit.profile.MediaGroup;
import io.offerkit.project.VideoAddress;
import java.util.List;

/** Each video's address is one the marketplace plays: an https YouTube watch page or Vimeo page ({@link VideoAddress}). */
final class VideoAddressRule extends EachMediaRule {
    @Override
    Verdict judge(CheckContext context, MediaGroup group, MediaItems item) {
        VideoAddress.Parsed parsed = VideoAddress.parse(item.video() == null ? null : item.video().address());
        return parsed.isValid() ? null : Verdict.problem(item.label() + ": " + parsed.problem());
    }

    @Override
    Verdict passed(MediaGroup group, List<MediaItems> items) {
        return Verdict.ok(items.isEmpty() ? "No videos added (they are optional)."
                : "Every video's address is an https YouTube or Vimeo page.");
    }
}
