package io.offerkit.check;

import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import io.offerkit.text.lint.InvisibleCharactersLint;
import java.util.List;

/**
 * Each entry of a media group has its caption (a video: its name) where the marketplace asks for one, within the
 * group's length limit. Characters are counted as the text fields count them (code points, {@code TextFieldRule});
 * a caption of nothing but blanks and invisible characters is none, and one with a control or invisible character is
 * flagged with the words of the text fields' {@link InvisibleCharactersLint}.
 */
final class MediaCaptionRule extends EachMediaRule {
    @Override
    Verdict judge(CheckContext context, MediaGroup group, MediaItems item) {
        boolean video = group.kind() == MediaKind.VIDEO;
        String text = item.caption().strip();
        int length = text.codePointCount(0, text.length());
        if (invisible(text) && group.captionRequired()) {
            return Verdict.problem(item.label() + " has no " + word(group) + "; the marketplace asks for one"
                    + (video ? " for each video." : " under each screenshot."));
        }
        if (group.captionMaxLength() != null && length > group.captionMaxLength()) {
            return Verdict.problem(item.label() + "'s " + word(group) + " has " + length + " characters; at most "
                    + group.captionMaxLength() + ".");
        }
        if (invisible(text)) {
            return null; // nothing a reader would see is no caption, which this profile allows
        }
        // Pasted captions bring zero-width and bidi characters that disguise text: flagged as in a text field.
        return InvisibleCharactersLint.firstIn(item.caption())
                .map(p -> Verdict.problem(item.label() + "'s " + word(group) + ": " + p.message())).orElse(null);
    }

    @Override
    Verdict passed(MediaGroup group, List<MediaItems> items) {
        if (items.isEmpty()) {
            return Verdict.ok(group.label() + ": none added yet.");
        }
        return Verdict.ok(group.label() + ": every " + word(group) + " is " + (group.captionRequired() ? "given" : "fine")
                + (group.captionMaxLength() != null ? " and within " + group.captionMaxLength() + " characters." : "."));
    }

    private static String word(MediaGroup group) {
        return group.kind() == MediaKind.VIDEO ? "name" : "caption";
    }

    /** Nothing a reader would see: blanks and invisible format characters (zero-width spaces, joiners, bidi marks). */
    private static boolean invisible(String text) {
        return text.codePoints().allMatch(c -> Character.isWhitespace(c) || Character.getType(c) == Character.FORMAT);
    }
}
