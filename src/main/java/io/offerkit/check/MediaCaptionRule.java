package io.offerkit.check;

import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import java.util.ArrayList;
import java.util.List;

/**
 * Each entry of a media group has its caption (a video: its name) where the marketplace asks for one, within the
 * group's length limit. Characters are counted as the text fields count them (code points, {@code TextFieldRule});
 * a caption of nothing but blanks and invisible characters is none.
 */
final class MediaCaptionRule implements Rule {
    @Override
    public Verdict apply(CheckContext context, String target) {
        MediaGroup group = MediaItems.group(context, target).orElse(null);
        if (group == null) {
            return MediaItems.noSuchGroup(target);
        }
        boolean video = group.kind() == MediaKind.VIDEO;
        String caption = video ? "name" : "caption";
        List<MediaItems> items = MediaItems.of(group, context.project());
        List<Verdict> problems = new ArrayList<>();
        for (MediaItems item : items) {
            String text = item.caption().strip();
            int length = text.codePointCount(0, text.length());
            if (invisible(text) && group.captionRequired()) {
                problems.add(Verdict.problem(item.label() + " has no " + caption + "; the marketplace asks for one"
                        + (video ? " for each video." : " under each screenshot.")).at(item.field()));
            } else if (group.captionMaxLength() != null && length > group.captionMaxLength()) {
                problems.add(Verdict.problem(item.label() + "'s " + caption + " has " + length + " characters; at most "
                        + group.captionMaxLength() + ".").at(item.field()));
            }
        }
        Verdict first = MediaItems.first(problems, video ? "video" : "screenshot");
        if (first != null) {
            return first;
        }
        if (items.isEmpty()) {
            return Verdict.ok(group.label() + ": none added yet.");
        }
        return Verdict.ok(group.label() + ": every " + caption + " is " + (group.captionRequired() ? "given" : "fine")
                + (group.captionMaxLength() != null ? " and within " + group.captionMaxLength() + " characters." : "."));
    }

    /** Nothing a reader would see: blanks and invisible format characters (zero-width spaces, joiners, bidi marks). */
    private static boolean invisible(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT);
    }
}
