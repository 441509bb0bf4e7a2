package io.offerkit.check;

import io.offerkit.profile.FieldKind;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.project.Framing;
import io.offerkit.project.Project;
import io.offerkit.project.Screenshot;
import io.offerkit.project.Video;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * A media group's entries in a project, alike for the rules: a screenshot's capture and caption, a video's thumbnail
 * and name. Each is named and located as {@code MediaGroup.slot} names it ("Screenshot 2", "media:screenshot-02"),
 * also past the group's limit, so a sixth screenshot can be pointed at.
 *
 * @param index   from 1, in listing order
 * @param caption the caption, or the video's name
 * @param image   the capture or the thumbnail's source; null when none
 */
record MediaItems(int index, String label, String caption, String image, Framing framing, Video video) {

    /** The group a checklist item targets, by id. */
    static Optional<MediaGroup> group(CheckContext context, String target) {
        return context.profile().media().stream().filter(g -> g.id().equals(target)).findFirst();
    }

    static Verdict noSuchGroup(String target) {
        return Verdict.problem("The profile defines no media group '" + target + "'.");
    }

    static List<MediaItems> of(MediaGroup group, Project project) {
        List<MediaItems> items = new ArrayList<>();
        if (group.kind() == MediaKind.SCREENSHOT) {
            List<Screenshot> shots = project.media().screenshots();
            for (int i = 0; i < shots.size(); i++) {
                Screenshot s = shots.get(i);
                items.add(new MediaItems(i + 1, "Screenshot " + (i + 1), s.caption(), s.source(), s.framing(), null));
            }
        } else {
            List<Video> videos = project.media().videos();
            for (int i = 0; i < videos.size(); i++) {
                Video v = videos.get(i);
                String label = "Video " + (i + 1) + (v.name().isBlank() ? "" : " (" + v.name().strip() + ")");
                items.add(new MediaItems(i + 1, label, v.name(), v.thumbnail(), v.framing(), v));
            }
        }
        return items;
    }

    /** Where this entry is fixed: "media:screenshot-02", "media:video-01". */
    String field() {
        String number = String.format(Locale.ROOT, "%02d", index);
        return FieldKind.MEDIA.field((video == null ? "screenshot-" : "video-") + number);
    }
}
