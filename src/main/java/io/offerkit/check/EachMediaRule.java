package io.offerkit.check;

import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import java.util.ArrayList;
import java.util.List;

/**
 * A rule that judges each entry of a media group on its own (a caption, a capture's size, a video's address): the
 * verdict is the first problem, else the first advisory, leading to its entry and saying how many more entries need
 * a look ("Screenshot 2 has no caption... 1 more screenshot has a problem too.").
 */
abstract class EachMediaRule implements Rule {
    @Override
    public final Verdict apply(CheckContext context, String target) {
        MediaGroup group = MediaItems.group(context, target).orElse(null);
        if (group == null) {
            return MediaItems.noSuchGroup(target);
        }
        List<MediaItems> items = MediaItems.of(group, context.project());
        List<Verdict> problems = new ArrayList<>();
        List<Verdict> advisories = new ArrayList<>();
        for (MediaItems item : items) {
            Verdict verdict = judge(context, group, item);
            if (verdict != null) {
                (verdict.kind() == Verdict.Kind.ADVISORY ? advisories : problems).add(verdict.at(item.field()));
            }
        }
        String what = group.kind() == MediaKind.VIDEO ? "video" : "screenshot";
        // A blocking problem (an image the export cannot read) leads, so the item fails whatever its severity.
        problems.sort((a, b) -> Boolean.compare(a.kind() != Verdict.Kind.BLOCKING, b.kind() != Verdict.Kind.BLOCKING));
        List<Verdict> worst = problems.isEmpty() ? advisories : problems;
        if (worst.isEmpty()) {
            return passed(group, items);
        }
        Verdict first = worst.get(0);
        int more = worst.size() - 1;
        return more == 0 ? first : new Verdict(first.kind(), first.message() + " " + more + " more " + what
                + (more == 1 ? " has" : "s have") + " a problem too.", first.location());
    }

    /** What is wrong with one entry (a problem or an advisory), or null when nothing is. */
    abstract Verdict judge(CheckContext context, MediaGroup group, MediaItems item);

    /** The verdict when no entry has anything wrong (also when there are none). */
    abstract Verdict passed(MediaGroup group, List<MediaItems> items);
}
