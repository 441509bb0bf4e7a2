package io.offerkit.imaging;

import io.offerkit.common.ByteSizes;
import io.offerkit.imaging.source.ImageFacts;
import io.offerkit.profile.MediaGroup;
import io.offerkit.profile.MediaKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Whether an existing image is one of a profile's listing media images (a screenshot, a video's thumbnail): the
 * group's exact size, one of its formats, within its byte limit. A thumbnail must not show a play icon, which no
 * rule can see in pixels: that is said as a reminder on every thumbnail, never as a check passed.
 */
final class MediaMatch {
    static final String SCREENSHOT = "screenshot";
    static final String THUMBNAIL = "video-thumbnail";

    private MediaMatch() {
    }

    /**
     * The group's verdict on the file, when it is worth telling: the file is of the group's size, of its shape, or
     * larger (a capture the screenshot can be made from). A logo-sized file hears nothing of screenshots.
     */
    static Optional<SlotMatch> of(MediaGroup group, ImageFacts facts, long bytes) {
        int w = facts.width();
        int h = facts.height();
        boolean exact = w == group.width() && h == group.height();
        boolean sameShape = (long) w * group.height() == (long) h * group.width();
        boolean larger = w >= group.width() && h >= group.height();
        if (!exact && !sameShape && !larger) {
            return Optional.empty();
        }
        boolean screenshot = group.kind() == MediaKind.SCREENSHOT;
        List<String> problems = new ArrayList<>();
        List<String> notes = new ArrayList<>();
        if (group.formats().stream().noneMatch(f -> f.equalsIgnoreCase(facts.format()))) {
            problems.add("not really a " + String.join(" or ", group.formats()).toUpperCase(Locale.ROOT)
                    + ": the file is " + facts.format());
        }
        if (!exact) {
            problems.add(ImageInspector.WRONG_SIZE + ": " + w + "x" + h + ", needs " + group.sizeText());
            notes.add(larger
                    ? "large enough: offerkit screenshots or the Screenshots & videos section makes it exactly "
                            + group.sizeText() + (sameShape ? "" : ", cropped or padded to its shape")
                    : "right shape but smaller, so it would be upscaled and look blurry: use a larger capture");
        }
        if (group.maxBytes() != null && bytes > group.maxBytes()) {
            problems.add("over the byte limit: " + ByteSizes.text(bytes) + ", the marketplace takes at most "
                    + ByteSizes.text(group.maxBytes()));
        }
        if (!screenshot) {
            notes.add("play icon: OfferKit cannot see whether the image shows one; make sure it does not, the store"
                    + " adds its own");
        }
        return Optional.of(new SlotMatch(screenshot ? SCREENSHOT : THUMBNAIL,
                screenshot ? "Screenshot" : "Video thumbnail", group.sizeText(), problems, notes));
    }
}
