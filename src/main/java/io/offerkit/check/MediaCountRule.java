package io.offerkit.check;

import io.offerkit.profile.MediaGroup;
import java.util.Locale;

/** A media group holds as many entries as the marketplace takes: at least its minimum, at most its maximum. */
final class MediaCountRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        MediaGroup group = MediaItems.group(context, target).orElse(null);
        if (group == null) {
            return MediaItems.noSuchGroup(target);
        }
        int count = MediaItems.of(group, context.project()).size();
        String what = group.label().toLowerCase(Locale.ROOT);
        if (count < group.minCount()) {
            return Verdict.problem(group.label() + ": " + count + " added; the marketplace needs at least "
                    + group.minCount() + ". Add " + (group.minCount() - count) + " more.");
        }
        if (count > group.maxCount()) {
            return Verdict.problem(group.label() + ": " + count + " added; the marketplace takes at most "
                    + group.maxCount() + ". Remove " + (count - group.maxCount()) + ".")
                    .at(MediaItems.of(group, context.project()).get(group.maxCount()).field());
        }
        return Verdict.ok(group.label() + ": " + count + " added (" + group.countText() + " " + what + ").");
    }
}
